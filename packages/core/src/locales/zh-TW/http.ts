import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/** Traditional Chinese (Taiwan) titles and descriptions of HTTP status codes and classes. */
export const http = {
  // 1xx Informational
  '1xx': {
    title: '資訊回應',
    description: '這類狀態碼表示請求已經收到，仍在處理中。它們是最終回應之前的暫時回應。',
  },
  100: {
    title: '繼續',
    description: '伺服器已收到請求的開頭部分，用戶端應繼續傳送其餘內容；如果請求已經傳送完畢，可以忽略這個回應。',
  },
  101: {
    title: '切換協定',
    description: '伺服器同意用戶端在 Upgrade 標頭中提出的要求，將在目前的連線上改用指定的協定（例如 WebSocket）。',
  },
  102: {
    title: '處理中',
    description:
      '伺服器已收到請求並正在處理，但還沒有可用的回應，用來避免用戶端在耗時較長的 WebDAV 操作中逾時。這個狀態碼已不建議使用。',
  },
  103: {
    title: '早期提示',
    description: '伺服器在最終回應之前先送出部分標頭（通常是 Link），讓瀏覽器可以提早預先載入需要的資源。',
  },
  104: {
    title: '支援續傳上傳',
    description:
      '伺服器支援可續傳的上傳，並在最終回應之前告訴用戶端上傳資源的網址，以便中斷後接續上傳。這是 IANA 為一份草案暫時登記的狀態碼。',
  },

  // 2xx Successful
  '2xx': {
    title: '成功',
    description: '這類狀態碼表示伺服器已成功收到、理解並接受請求。',
  },
  200: {
    title: '請求成功',
    description: '請求已成功。回應的內容視請求方法而定，例如 GET 請求會傳回所要求的資源。',
  },
  201: {
    title: '已建立',
    description: '請求已成功，並因此建立了新的資源。新資源的網址通常放在 Location 標頭中。',
  },
  202: {
    title: '已接受',
    description: '伺服器已接受請求，但尚未處理完成，最後可能成功也可能失敗。常用於批次或非同步作業。',
  },
  203: {
    title: '非權威資訊',
    description: '請求已成功，但傳回的內容經過中間代理伺服器轉換，與原始伺服器的回應不同。',
  },
  204: {
    title: '沒有內容',
    description: '伺服器已成功處理請求，但沒有需要傳回的內容。',
  },
  205: {
    title: '重設內容',
    description: '伺服器已成功處理請求，用戶端應重設文件檢視，例如清除剛送出的表單。',
  },
  206: {
    title: '部分內容',
    description: '伺服器已成功處理範圍請求（Range 標頭），只傳回資源的一部分。',
  },
  207: {
    title: '多重狀態',
    description: '回應本文分別列出多項操作的狀態，用於 WebDAV 中一次涉及多個資源的請求。',
  },
  208: {
    title: '已回報',
    description: '在 WebDAV 的多重狀態回應中，這個繫結的成員已在前面列出，此處不再重複。',
  },
  218: {
    title: '一切正常',
    description:
      '非官方狀態碼，由 Apache HTTP 伺服器使用：啟用 ProxyErrorOverride 時，作為通用的錯誤狀態，讓後端傳回的內容原封不動地送到用戶端。',
  },
  226: {
    title: '已套用執行個體操作',
    description: '伺服器已完成對資源的 GET 請求，回應是對目前執行個體套用一項或多項操作（例如差異編碼）後的結果。',
  },

  // 3xx Redirection
  '3xx': {
    title: '重新導向',
    description: '這類狀態碼表示用戶端還需要採取進一步的動作才能完成請求，通常是前往另一個網址。',
  },
  300: {
    title: '多種選擇',
    description: '要求的資源有多種表示形式，用戶端或使用者可以從中選擇一種。',
  },
  301: {
    title: '永久移動',
    description: '要求的資源已永久移到 Location 標頭所列的新網址，之後請改用新網址存取。',
  },
  302: {
    title: '暫時移動',
    description: '要求的資源暫時位於 Location 標頭所列的另一個網址，之後仍應使用原本的網址。',
  },
  303: {
    title: '參見其他位置',
    description: '伺服器引導用戶端以 GET 請求前往另一個網址取得結果，常用於送出表單之後。',
  },
  304: {
    title: '未修改',
    description: '資源自上次請求後沒有變更，用戶端可以繼續使用快取的副本。這是對條件式請求的回應，不含回應本文。',
  },
  305: {
    title: '使用代理伺服器',
    description: '要求的資源必須透過指定的代理伺服器存取。基於安全考量，這個狀態碼已被棄用。',
  },
  306: {
    title: '未使用',
    description: '這個狀態碼曾在舊版規格中使用，現已停用，但仍保留不再分配。',
  },
  307: {
    title: '暫時重新導向',
    description: '要求的資源暫時位於另一個網址，用戶端應以相同的方法與本文向該網址重新送出請求。',
  },
  308: {
    title: '永久重新導向',
    description: '要求的資源已永久移到新網址，用戶端應以相同的方法與本文向新網址重新送出請求。',
  },

  // 4xx Client Error
  '4xx': {
    title: '用戶端錯誤',
    description: '這類狀態碼表示請求本身有誤，例如語法錯誤、缺少授權或資源不存在，伺服器無法或不會處理。',
  },
  400: {
    title: '錯誤的請求',
    description: '由於用戶端的錯誤，例如請求語法錯誤或訊息格式無效，伺服器無法或不會處理這個請求。',
  },
  401: {
    title: '未經授權',
    description: '這個請求需要身分驗證，但沒有附上有效的憑證。請登入後再試一次。',
  },
  402: {
    title: '需要付款',
    description: '這個狀態碼保留供日後使用，部分服務用它表示必須付費才能存取。',
  },
  403: {
    title: '禁止存取',
    description: '伺服器理解這個請求，但拒絕執行。不允許存取此資源。',
  },
  404: {
    title: '找不到',
    description: '伺服器找不到要求的資源。它可能從未存在、已被刪除，或是連結有誤。',
  },
  405: {
    title: '不允許的方法',
    description: '目標資源不支援請求所用的方法，伺服器應在回應的 Allow 標頭中列出允許的方法。',
  },
  406: {
    title: '無法接受',
    description: '伺服器無法提供符合請求中 Accept 等標頭要求的表示形式。',
  },
  407: {
    title: '需要代理伺服器驗證',
    description: '用戶端必須先通過代理伺服器的身分驗證。代理伺服器會在 Proxy-Authenticate 標頭中說明驗證方式。',
  },
  408: {
    title: '請求逾時',
    description: '伺服器在等待時間內沒有收到完整的請求，用戶端可以稍後重新送出。',
  },
  409: {
    title: '衝突',
    description: '請求與目標資源目前的狀態衝突，例如多人同時編輯造成的版本衝突。',
  },
  410: {
    title: '已移除',
    description: '要求的資源已永久移除，而且沒有新的網址。這個狀況被視為永久性的。',
  },
  411: {
    title: '需要內容長度',
    description: '伺服器要求請求必須帶有 Content-Length 標頭，否則拒絕處理。',
  },
  412: {
    title: '先決條件失敗',
    description: '請求標頭中的一個或多個條件（例如 If-Match、If-Unmodified-Since）在伺服器上檢查時不成立。',
  },
  413: {
    title: '內容過大',
    description: '請求的內容超過伺服器願意或能夠處理的大小。請減少資料量後再試一次。',
  },
  414: {
    title: 'URI 過長',
    description: '請求的 URI 超過伺服器願意處理的長度。',
  },
  415: {
    title: '不支援的媒體類型',
    description: '伺服器不支援請求內容的媒體類型或編碼方式。',
  },
  416: {
    title: '範圍無法滿足',
    description: '請求的 Range 標頭所指定的範圍與資源的實際大小不符，伺服器無法傳回。',
  },
  417: {
    title: '預期失敗',
    description: '伺服器無法滿足請求的 Expect 標頭所提出的預期條件。',
  },
  418: {
    title: '我是茶壺',
    description: '這個狀態碼出自 1998 年的愚人節玩笑 RFC 2324，目前在標準中保留但不使用。',
  },
  419: {
    title: '頁面已過期',
    description: '非官方狀態碼，由 Laravel 框架使用：表單的 CSRF 權杖遺失或已過期。請重新整理頁面後再送出。',
  },
  420: {
    title: '請冷靜',
    description: '非官方狀態碼，由舊版 Twitter API（v1）使用：用戶端請求過於頻繁而遭到限速。標準做法是使用 429。',
  },
  421: {
    title: '錯誤導向的請求',
    description: '請求被送到無法為它產生回應的伺服器，例如重複使用了指向其他主機的連線。用戶端可以透過新的連線重試。',
  },
  422: {
    title: '無法處理的內容',
    description: '請求的格式正確，但內容有語意錯誤，伺服器無法處理。',
  },
  423: {
    title: '已鎖定',
    description: '目前的資源已被鎖定，必須等鎖定解除後才能修改。',
  },
  424: {
    title: '相依性失敗',
    description: '由於先前某個相依的請求失敗，導致目前的請求也無法完成。',
  },
  425: {
    title: '太早',
    description:
      '太早（Too Early），伺服器不願冒險處理可能被重送的請求，例如在 TLS 早期資料中送出的請求。用戶端可以在交握完成後重試。',
  },
  426: {
    title: '需要升級',
    description: '伺服器拒絕以目前的協定處理請求，用戶端應改用回應的 Upgrade 標頭所列的協定後再重試。',
  },
  428: {
    title: '需要先決條件',
    description: '伺服器要求這個請求必須是條件式請求（例如帶有 If-Match 標頭），以免更新衝突造成資料遺失。',
  },
  429: {
    title: '請求過多',
    description: '用戶端在一段時間內送出太多請求，已遭到限速。請稍後再試，等待時間可能列在 Retry-After 標頭中。',
  },
  430: {
    title: '安全性拒絕',
    description: '非官方狀態碼，由 Shopify 使用：請求被判定為惡意或有安全疑慮，因此遭到拒絕。',
  },
  431: {
    title: '請求標頭欄位太大',
    description:
      '請求的標頭過大（單一欄位或全部欄位的總和），伺服器拒絕處理。縮小標頭（例如刪除多餘的 Cookie）後可以重試。',
  },
  440: {
    title: '登入逾時',
    description: '非官方狀態碼，由 Microsoft IIS 使用：用戶端的工作階段已過期，需要重新登入。',
  },
  444: {
    title: '沒有回應',
    description:
      '非官方狀態碼，由 nginx 使用：伺服器沒有傳回任何內容就關閉連線，通常用來拒絕惡意請求。它只會出現在伺服器記錄檔中。',
  },
  449: {
    title: '請重試',
    description: '非官方狀態碼，由 Microsoft IIS 使用：請求缺少必要的資訊，用戶端應補齊這些資訊後重試。',
  },
  450: {
    title: '遭家長監護封鎖',
    description: '非官方狀態碼，由 Microsoft 使用：Windows 家長監護功能封鎖了對這個網頁的存取。',
  },
  451: {
    title: '因法律原因無法提供',
    description: '伺服器因法律要求而拒絕提供這個資源，例如政府審查或法院命令。這個狀態碼由 RFC 7725 於 2016 年定義。',
  },
  460: {
    title: '用戶端提早關閉連線',
    description: '非官方狀態碼，由 AWS Elastic Load Balancing 使用：用戶端在負載平衡器的閒置逾時之前就關閉了連線。',
  },
  463: {
    title: '轉送的 IP 位址過多',
    description:
      '非官方狀態碼，由 AWS Elastic Load Balancing 使用：請求的 X-Forwarded-For 標頭中包含超過 30 個 IP 位址。',
  },
  494: {
    title: '請求標頭過大',
    description: '非官方狀態碼，由 nginx 使用：請求標頭或其中某一行超出伺服器的限制。它比標準的 431 更早出現。',
  },
  495: {
    title: 'SSL 憑證錯誤',
    description: '非官方狀態碼，由 nginx 使用：用戶端提供的憑證無效，驗證失敗。',
  },
  496: {
    title: '需要 SSL 憑證',
    description: '非官方狀態碼，由 nginx 使用：伺服器要求用戶端憑證，但用戶端沒有提供。',
  },
  497: {
    title: 'HTTP 請求送到 HTTPS 連接埠',
    description: '非官方狀態碼，由 nginx 使用：用戶端向只接受 HTTPS 的連接埠送出一般的 HTTP 請求。',
  },
  498: {
    title: '權杖無效',
    description: '非官方狀態碼，由 Esri ArcGIS Server 使用：請求中的權杖已過期或無效。',
  },
  499: {
    title: '用戶端關閉請求',
    description: '非官方狀態碼，由 nginx 使用：伺服器傳回回應之前，用戶端就關閉了連線。它只會出現在伺服器記錄檔中。',
  },

  // 5xx Server Error
  '5xx': {
    title: '伺服器錯誤',
    description: '這類狀態碼表示伺服器在處理請求時發生錯誤或異常，或是伺服器發現以目前的軟硬體資源無法完成這個請求。',
  },
  500: {
    title: '內部伺服器錯誤',
    description: '伺服器遇到未預期的狀況，無法完成請求。',
  },
  501: {
    title: '未實作',
    description: '伺服器不支援完成請求所需的功能，例如無法辨識請求的方法。',
  },
  502: {
    title: '錯誤的閘道',
    description: '伺服器作為閘道或代理伺服器時，從上游伺服器收到無效的回應。',
  },
  503: {
    title: '服務無法使用',
    description: '伺服器因暫時過載或維護而無法處理請求，可能在 Retry-After 標頭所指的時間之後恢復。',
  },
  504: {
    title: '閘道逾時',
    description: '伺服器作為閘道或代理伺服器時，沒有及時從上游伺服器收到回應。',
  },
  505: {
    title: '不支援的 HTTP 版本',
    description: '伺服器不支援請求所使用的 HTTP 協定版本。',
  },
  506: {
    title: '變體也在協商',
    description: '伺服器設定有誤：被選中的變體本身也設定為參與內容協商，因此無法作為協商的終點。',
  },
  507: {
    title: '儲存空間不足',
    description: '伺服器無法儲存完成請求所需的內容。這個狀況被視為暫時性的。',
  },
  508: {
    title: '偵測到迴圈',
    description: '伺服器在處理請求時偵測到無窮迴圈，因此終止了操作。這是 WebDAV 的狀態碼。',
  },
  509: {
    title: '超過頻寬限制',
    description: '非官方狀態碼，但使用相當普遍：Apache 和 cPanel 等虛擬主機環境在網站用完分配的頻寬時傳回它。',
  },
  510: {
    title: '未擴充',
    description: '請求未滿足存取資源所需的擴充政策。定義它的 RFC 2774 已列為歷史文件，IANA 將這個狀態碼標示為過時。',
  },
  511: {
    title: '需要網路驗證',
    description: '用戶端必須先完成身分驗證才能使用網路，通常由公共 Wi-Fi 等場所的強制登入頁面（captive portal）傳回。',
  },
  520: {
    title: '原始伺服器傳回未知錯誤',
    description: '非官方狀態碼，由 Cloudflare 使用：原始伺服器傳回了空白、未知或非預期的回應。',
  },
  521: {
    title: '網頁伺服器已關閉',
    description: '非官方狀態碼，由 Cloudflare 使用：原始伺服器拒絕了 Cloudflare 的連線，可能已停止運作。',
  },
  522: {
    title: '連線逾時',
    description: '非官方狀態碼，由 Cloudflare 使用：Cloudflare 無法在時限內與原始伺服器建立 TCP 連線。',
  },
  523: {
    title: '無法連上原始伺服器',
    description:
      '非官方狀態碼，由 Cloudflare 使用：Cloudflare 無法連上原始伺服器，常見原因是 DNS 記錄錯誤或網路路由問題。',
  },
  524: {
    title: '發生逾時',
    description:
      '非官方狀態碼，由 Cloudflare 使用：Cloudflare 已連上原始伺服器，但原始伺服器沒有在逾時前傳回 HTTP 回應。',
  },
  525: {
    title: 'SSL 交握失敗',
    description: '非官方狀態碼，由 Cloudflare 使用：Cloudflare 與原始伺服器之間的 SSL/TLS 交握失敗。',
  },
  526: {
    title: 'SSL 憑證無效',
    description: '非官方狀態碼，由 Cloudflare 使用：Cloudflare 無法驗證原始伺服器的 SSL 憑證。',
  },
  527: {
    title: 'Railgun 錯誤',
    description:
      '非官方狀態碼，由 Cloudflare 使用：Cloudflare 與 Railgun 服務之間的連線中斷。Railgun 已停止服務，這個狀態碼已過時。',
  },
  529: {
    title: '網站過載',
    description: '非官方狀態碼，由 Qualys SSL Labs 使用：網站負載過重，暫時無法處理請求。',
  },
  530: {
    title: '原始伺服器 DNS 錯誤',
    description: '非官方狀態碼，由 Cloudflare 使用，通常會附帶一個 1xxx 錯誤，例如無法解析原始伺服器的 DNS 記錄。',
  },
  561: {
    title: '負載平衡器未授權',
    description: '非官方狀態碼，由 AWS Elastic Load Balancing 使用：負載平衡器透過身分識別提供者驗證使用者時失敗。',
  },
} as const satisfies Partial<Record<HttpCode | HttpClassKey, Message>>;
