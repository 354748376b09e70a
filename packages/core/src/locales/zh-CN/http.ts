import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/**
 * Simplified Chinese titles and descriptions of HTTP status codes and classes. The wording of 422–510 and of the
 * 5xx class comes from the seed document; where the seed contradicts the current standard (425, 426, 501, 503,
 * 504) the text follows the standard, and docs/seed-notes.md records why.
 */
export const http = {
  // 1xx Informational
  '1xx': {
    title: '信息响应',
    description: '这类状态码代表请求已被接收，处理仍在继续。它们是最终响应之前的临时响应。',
  },
  100: {
    title: '继续',
    description: '服务器已收到请求的开头部分，客户端应当继续发送请求的其余部分；如果请求已经发送完毕，可以忽略此响应。',
  },
  101: {
    title: '切换协议',
    description: '服务器同意客户端在 Upgrade 头中提出的请求，将在当前连接上切换到指定的协议（例如 WebSocket）。',
  },
  102: {
    title: '处理中',
    description:
      '服务器已收到请求并正在处理，但还没有可用的响应，用于避免客户端在耗时较长的 WebDAV 操作中超时。该状态码已不再推荐使用。',
  },
  103: {
    title: '早期提示',
    description: '服务器在最终响应之前先发送部分头信息（通常是 Link 头），让浏览器可以提前预加载所需的资源。',
  },
  104: {
    title: '支持恢复上传',
    description:
      '服务器支持可恢复的上传，并在最终响应之前告知客户端上传资源的地址，以便中断后继续上传。这是 IANA 为一份草案临时登记的状态码。',
  },

  // 2xx Successful
  '2xx': {
    title: '成功',
    description: '这类状态码代表请求已被服务器成功接收、理解并接受。',
  },
  200: {
    title: '请求成功',
    description: '请求已成功。响应的内容取决于请求方法，例如 GET 请求会返回所请求的资源。',
  },
  201: {
    title: '已创建',
    description: '请求已成功，并因此创建了新的资源。新资源的地址通常在 Location 头中给出。',
  },
  202: {
    title: '已接受',
    description: '服务器已接受请求，但尚未处理完成，最终可能成功也可能失败。常用于批处理或异步任务。',
  },
  203: {
    title: '非权威信息',
    description: '请求已成功，但返回的内容经过了中间代理的转换，与源服务器的原始响应不同。',
  },
  204: {
    title: '无内容',
    description: '服务器已成功处理请求，但没有需要返回的内容。',
  },
  205: {
    title: '重置内容',
    description: '服务器已成功处理请求，客户端应当重置文档视图，例如清空刚刚提交的表单。',
  },
  206: {
    title: '部分内容',
    description: '服务器成功处理了范围请求（Range 头），只返回了资源的一部分。',
  },
  207: {
    title: '多状态',
    description: '响应体中分别列出了多个操作的状态，用于 WebDAV 中一次涉及多个资源的请求。',
  },
  208: {
    title: '已报告',
    description: '在 WebDAV 的多状态响应中，该绑定的成员已经在前面列出，这里不再重复。',
  },
  218: {
    title: '一切正常',
    description:
      '非官方状态码，由 Apache HTTP 服务器使用：启用 ProxyErrorOverride 时，它作为通用的错误状态，让后端返回的内容原样传给客户端。',
  },
  226: {
    title: '已使用实例操作',
    description: '服务器已完成对资源的 GET 请求，响应是对当前实例应用了一个或多个实例操作（例如增量编码）后的结果。',
  },

  // 3xx Redirection
  '3xx': {
    title: '重定向',
    description: '这类状态码代表客户端需要采取进一步的操作才能完成请求，通常是访问另一个地址。',
  },
  300: {
    title: '多种选择',
    description: '请求的资源有多种表示形式，客户端或用户可以从中选择一种。',
  },
  301: {
    title: '永久移动',
    description: '请求的资源已被永久移动到 Location 头给出的新地址，今后应使用新地址访问。',
  },
  302: {
    title: '临时移动',
    description: '请求的资源暂时位于 Location 头给出的另一个地址，今后仍应使用原来的地址。',
  },
  303: {
    title: '查看其他位置',
    description: '服务器引导客户端用 GET 请求访问另一个地址来获取结果，常用于提交表单之后。',
  },
  304: {
    title: '未修改',
    description: '资源自上次请求以来没有变化，客户端可以继续使用缓存的副本。这是对条件请求的响应，不包含响应体。',
  },
  305: {
    title: '使用代理',
    description: '请求的资源必须通过指定的代理访问。出于安全考虑，该状态码已被弃用。',
  },
  306: {
    title: '未使用',
    description: '该状态码曾在旧版规范中使用，现已不再使用，但仍被保留。',
  },
  307: {
    title: '临时重定向',
    description: '请求的资源暂时位于另一个地址，客户端应当使用相同的方法和请求体向该地址重新发送请求。',
  },
  308: {
    title: '永久重定向',
    description: '请求的资源已被永久移动到新地址，客户端应当使用相同的方法和请求体向新地址重新发送请求。',
  },

  // 4xx Client Error
  '4xx': {
    title: '客户端错误',
    description: '这类状态码代表了请求本身有错误，例如语法错误、缺少授权或资源不存在，服务器无法或不会处理该请求。',
  },
  400: {
    title: '错误请求',
    description: '由于客户端的错误，例如请求语法错误或消息格式无效，服务器无法或不会处理该请求。',
  },
  401: {
    title: '未授权',
    description: '请求需要身份验证，但没有附带有效的凭据。请登录后重试。',
  },
  402: {
    title: '需要付款',
    description: '该状态码保留供将来使用，部分服务用它表示需要付费才能访问。',
  },
  403: {
    title: '禁止访问',
    description: '服务器理解该请求，但拒绝执行。不允许访问此资源。',
  },
  404: {
    title: '未找到',
    description: '服务器找不到请求的资源。它可能从未存在、已被删除，或者链接有误。',
  },
  405: {
    title: '方法不允许',
    description: '目标资源不支持请求所用的方法，服务器应在响应的 Allow 头中列出允许的方法。',
  },
  406: {
    title: '无法接受',
    description: '服务器无法提供符合请求中 Accept 等头信息要求的表示形式。',
  },
  407: {
    title: '需要代理身份验证',
    description: '客户端必须先通过代理服务器的身份验证。代理会在 Proxy-Authenticate 头中说明验证方式。',
  },
  408: {
    title: '请求超时',
    description: '服务器在等待时间内没有收到完整的请求，客户端可以稍后重新发送。',
  },
  409: {
    title: '冲突',
    description: '请求与目标资源的当前状态冲突，例如多人同时编辑造成的版本冲突。',
  },
  410: {
    title: '已删除',
    description: '请求的资源已被永久删除，且没有新的地址。这个状况被认为是永久性的。',
  },
  411: {
    title: '需要内容长度',
    description: '服务器要求请求带有 Content-Length 头，否则拒绝处理。',
  },
  412: {
    title: '前提条件失败',
    description: '请求头中给出的一个或多个条件（例如 If-Match、If-Unmodified-Since）在服务器上检查时不成立。',
  },
  413: {
    title: '内容过大',
    description: '请求的内容超过了服务器愿意或能够处理的大小。请减少数据量后重试。',
  },
  414: {
    title: 'URI 过长',
    description: '请求的 URI 超过了服务器愿意处理的长度。',
  },
  415: {
    title: '不支持的媒体类型',
    description: '服务器不支持请求内容的媒体类型或编码方式。',
  },
  416: {
    title: '范围无法满足',
    description: '请求的 Range 头所指定的范围与资源的实际大小不符，服务器无法返回。',
  },
  417: {
    title: '期望失败',
    description: '服务器无法满足请求的 Expect 头中提出的期望。',
  },
  418: {
    title: '我是茶壶',
    description: '该状态码出自 1998 年的愚人节玩笑 RFC 2324，目前在标准中被保留但未使用。',
  },
  419: {
    title: '页面已过期',
    description: '非官方状态码，由 Laravel 框架使用：表单的 CSRF 令牌缺失或已过期。请刷新页面后重新提交。',
  },
  420: {
    title: '请冷静',
    description: '非官方状态码，由旧版 Twitter API（v1）使用：客户端请求过于频繁而被限速。标准的做法是使用 429。',
  },
  421: {
    title: '错误定向的请求',
    description: '请求被发送到了无法为它生成响应的服务器，例如复用了指向其他主机的连接。客户端可以通过新的连接重试。',
  },
  422: {
    title: '无法处理的内容',
    description: '请求格式正确，但是由于含有语义错误，无法响应。',
  },
  423: {
    title: '已锁定',
    description: '当前资源被锁定。需要等待锁被释放后才能修改它。',
  },
  424: {
    title: '依赖失败',
    description: '由于之前的某个请求发生的错误，导致当前请求失败。',
  },
  // Seed: "无序的集合。" (an abandoned WebDAV draft); RFC 8470 registered 425 as Too Early.
  425: {
    title: '太早',
    description:
      '太早（Too Early），服务器不愿冒险处理可能被重放的请求，例如在 TLS 早期数据中发送的请求。客户端可以在握手完成后重试。',
  },
  // Seed: "客户端应当切换到TLS/1.0。"; RFC 9110 is not tied to TLS/1.0.
  426: {
    title: '需要升级',
    description: '服务器拒绝使用当前协议处理请求，客户端应当切换到响应的 Upgrade 头中列出的协议后重试。',
  },
  428: {
    title: '需要前提条件',
    description: '服务器要求该请求必须是条件请求（例如带有 If-Match 头），以免更新冲突导致数据丢失。',
  },
  429: {
    title: '请求过多',
    description: '客户端在一定时间内发送了太多请求，已被限速。请稍后重试，等待时间可能在 Retry-After 头中给出。',
  },
  430: {
    title: '安全拒绝',
    description: '非官方状态码，由 Shopify 使用：请求被判定为恶意或存在安全风险，因而被拒绝。',
  },
  431: {
    title: '请求头字段太大',
    description:
      '请求的头信息过大（某个字段或全部字段的总和），服务器拒绝处理。缩小头信息（例如删除多余的 Cookie）后可以重试。',
  },
  440: {
    title: '登录超时',
    description: '非官方状态码，由 Microsoft IIS 使用：客户端的会话已过期，需要重新登录。',
  },
  444: {
    title: '无响应',
    description:
      '非官方状态码，由 nginx 使用：服务器没有返回任何内容就关闭了连接，通常用来拒绝恶意请求。它只出现在服务器日志中。',
  },
  449: {
    title: '请重试',
    description: '非官方状态码，由 Microsoft IIS 使用：请求缺少必要的信息，客户端应当补充这些信息后重试。',
  },
  450: {
    title: '被家长控制阻止',
    description: '非官方状态码，由 Microsoft 使用：Windows 家长控制阻止了对该网页的访问。',
  },
  451: {
    title: '因法律原因不可用',
    description: '（由IETF在2015核准后新增加）该访问因法律的要求而被拒绝。例如政府审查或法院命令要求屏蔽该资源。',
  },
  460: {
    title: '客户端提前关闭连接',
    description: '非官方状态码，由 AWS Elastic Load Balancing 使用：客户端在负载均衡器的空闲超时之前就关闭了连接。',
  },
  463: {
    title: '转发的 IP 地址过多',
    description:
      '非官方状态码，由 AWS Elastic Load Balancing 使用：请求的 X-Forwarded-For 头中包含超过 30 个 IP 地址。',
  },
  494: {
    title: '请求头过大',
    description: '非官方状态码，由 nginx 使用：请求头或其中某一行超出了服务器的限制。它出现在标准的 431 之前。',
  },
  495: {
    title: 'SSL 证书错误',
    description: '非官方状态码，由 nginx 使用：客户端提供的证书无效，验证失败。',
  },
  496: {
    title: '需要 SSL 证书',
    description: '非官方状态码，由 nginx 使用：服务器要求提供客户端证书，但客户端没有提供。',
  },
  497: {
    title: 'HTTP 请求发送到了 HTTPS 端口',
    description: '非官方状态码，由 nginx 使用：客户端向只接受 HTTPS 的端口发送了普通的 HTTP 请求。',
  },
  498: {
    title: '令牌无效',
    description: '非官方状态码，由 Esri ArcGIS Server 使用：请求中的令牌已过期或无效。',
  },
  499: {
    title: '客户端关闭请求',
    description: '非官方状态码，由 nginx 使用：服务器返回响应之前，客户端就关闭了连接。它只出现在服务器日志中。',
  },

  // 5xx Server Error
  '5xx': {
    title: '服务器错误',
    description:
      '这类状态码代表了服务器在处理请求的过程中有错误或者异常状态发生，也有可能是服务器意识到以当前的软硬件资源无法完成对请求的处理。',
  },
  500: {
    title: '内部服务器错误',
    description: '内部服务器错误。服务器遇到了意外情况，无法完成请求。',
  },
  // Seed: "尚未实施，页眉值指定了未实现的配置。" reads an IIS sub-status; RFC 9110 is broader.
  501: {
    title: '尚未实施',
    description: '尚未实施，服务器不支持完成请求所需的功能，例如无法识别请求的方法。',
  },
  502: {
    title: '错误网关',
    description: '错误网关，Web 服务器用作网关或代理服务器时收到了无效响应。',
  },
  // Seed: "服务不可用，这个错误代码为 IIS 6.0 所专用。"; 503 is a generic RFC 9110 status.
  503: {
    title: '服务不可用',
    description: '服务不可用，服务器因临时过载或维护而暂时无法处理请求，可能在 Retry-After 头指明的时间之后恢复。',
  },
  // Seed says the gateway did not receive a "request" (请求) in time; RFC 9110 says a response.
  504: {
    title: '网关超时',
    description: '网关超时，服务器作为网关或代理，未及时从上游服务器收到响应。',
  },
  505: {
    title: 'HTTP 版本不受支持',
    description: 'HTTP 版本不受支持，服务器不支持请求中所使用的 HTTP 协议版本。',
  },
  506: {
    title: '变体也在协商',
    description: '服务器没有正确配置。被选中的变体本身也被设置为参与内容协商，因此无法作为协商的终点。',
  },
  507: {
    title: '存储空间不足',
    description: '存储空间不足。服务器无法存储完成请求所必须的内容。这个状况被认为是临时的。',
  },
  508: {
    title: '检测到循环',
    description: '服务器在处理请求时检测到无限循环，因此终止了操作。这是 WebDAV 的状态码。',
  },
  509: {
    title: '带宽超过限制',
    description:
      '带宽超过限制。这不是一个官方的状态码，但是仍被广泛使用。Apache 和 cPanel 等虚拟主机环境在网站用完所分配的带宽时返回它。',
  },
  510: {
    title: '没有扩展',
    description:
      '没有扩展，获取资源所需要的策略并没有被满足。定义它的 RFC 2774 已被列为历史文档，IANA 将该状态码标记为过时。',
  },
  511: {
    title: '需要网络身份验证',
    description: '客户端需要先完成身份验证才能访问网络，通常由公共 Wi-Fi 等场所的强制登录页面（captive portal）返回。',
  },
  520: {
    title: '源服务器返回未知错误',
    description: '非官方状态码，由 Cloudflare 使用：源服务器返回了空的、未知的或意外的响应。',
  },
  521: {
    title: 'Web 服务器已关闭',
    description: '非官方状态码，由 Cloudflare 使用：源服务器拒绝了 Cloudflare 的连接，可能已停止运行。',
  },
  522: {
    title: '连接超时',
    description: '非官方状态码，由 Cloudflare 使用：Cloudflare 在规定时间内无法与源服务器建立 TCP 连接。',
  },
  523: {
    title: '源服务器无法访问',
    description:
      '非官方状态码，由 Cloudflare 使用：Cloudflare 无法连接到源服务器，常见原因是 DNS 记录错误或网络路由问题。',
  },
  524: {
    title: '发生超时',
    description:
      '非官方状态码，由 Cloudflare 使用：Cloudflare 已连接到源服务器，但源服务器没有在超时之前返回 HTTP 响应。',
  },
  525: {
    title: 'SSL 握手失败',
    description: '非官方状态码，由 Cloudflare 使用：Cloudflare 与源服务器之间的 SSL/TLS 握手失败。',
  },
  526: {
    title: 'SSL 证书无效',
    description: '非官方状态码，由 Cloudflare 使用：Cloudflare 无法验证源服务器的 SSL 证书。',
  },
  527: {
    title: 'Railgun 错误',
    description:
      '非官方状态码，由 Cloudflare 使用：Cloudflare 与 Railgun 服务之间的连接中断。Railgun 已停用，该状态码已过时。',
  },
  529: {
    title: '网站过载',
    description: '非官方状态码，由 Qualys SSL Labs 使用：网站过载，暂时无法处理请求。',
  },
  530: {
    title: '源服务器 DNS 错误',
    description: '非官方状态码，由 Cloudflare 使用，通常附带一个 1xxx 错误，例如无法解析源服务器的 DNS 记录。',
  },
  561: {
    title: '负载均衡器未授权',
    description: '非官方状态码，由 AWS Elastic Load Balancing 使用：负载均衡器通过身份提供商验证用户时失败。',
  },
} as const satisfies Partial<Record<HttpCode | HttpClassKey, Message>>;
