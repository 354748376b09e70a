import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/**
 * 简体中文：WebSocket 关闭码及其范围的标题和说明。措辞来自种子文档；与标准不符之处按标准改写，并记录在
 * docs/seed-notes.md 中。
 */
export const websocket = {
  '0-999': {
    title: '未使用',
    description: '保留段, 未使用。',
  },
  '1000-2999': {
    title: '协议保留',
    description:
      '保留给 WebSocket 协议本身：1000–1015 为已定义的关闭码；1016–1999 由 WebSocket 标准保留以便未来使用。2000–2999 由 WebSocket 拓展保留使用。',
  },
  '3000-3999': {
    title: '库、框架和应用',
    description: '可以由库、框架和应用使用。 可以在 IANA 注册, 先到先得。',
  },
  '4000-4999': {
    title: '私有使用',
    description: '可以由应用使用。其含义由通信双方事先约定，这些关闭码不能注册。',
  },

  1000: {
    title: '正常关闭',
    description: '正常关闭; 无论为何目的而创建, 该链接都已成功完成任务。',
  },
  1001: {
    title: '终端离开',
    description: '终端离开, 可能因为服务端正在关闭, 也可能因为浏览器正从打开连接的页面跳转离开。',
  },
  1002: {
    title: '协议错误',
    description: '由于协议错误而中断连接。',
  },
  1003: {
    title: '不支持的数据',
    description: '由于接收到不允许的数据类型而断开连接 (如仅接收文本数据的终端接收到了二进制数据)。',
  },
  1004: {
    title: '保留',
    description: '保留。 其意义可能会在未来定义。不应在关闭帧中发送。',
  },
  1005: {
    title: '未收到状态码',
    description: '保留。  表示没有收到预期的状态码。仅在本地报告（收到的关闭帧不含状态码），不得在关闭帧中发送。',
  },
  1006: {
    title: '连接异常关闭',
    description:
      '保留。 用于期望收到状态码时连接非正常关闭 (也就是说, 没有发送关闭帧)。仅在本地报告，不得在关闭帧中发送。',
  },
  1007: {
    title: '无效的帧载荷数据',
    description: '由于收到了格式不符的数据而断开连接 (如文本消息中包含了非 UTF-8 数据)。',
  },
  1008: {
    title: '违反策略',
    description:
      '由于收到违反其策略的消息而断开连接。 这是一个通用状态码, 用于没有更合适的状态码 (如 1003 或 1009) 或需要隐藏策略细节的场景。',
  },
  1009: {
    title: '消息过大',
    description: '由于收到过大的数据帧而断开连接。更确切地说，是收到的消息过大，超出了终端能够处理的范围。',
  },
  1010: {
    title: '缺少必需的扩展',
    description:
      '客户端期望服务器商定一个或多个拓展, 但服务器没有处理, 因此客户端断开连接。即服务器没有在握手响应中确认这些扩展；所需的扩展应列在关闭原因中。',
  },
  1011: {
    title: '内部错误',
    description: '服务端由于遇到没有预料的情况而无法完成请求, 因此断开连接。',
  },
  1012: {
    title: '服务重启',
    description: '服务器由于重启而断开连接。客户端可以在随机延迟（建议 5 到 30 秒）后重新连接。',
  },
  1013: {
    title: '稍后重试',
    description: '服务器由于临时原因断开连接, 如服务器过载因此断开一部分客户端连接。客户端可以稍后再连接。',
  },
  1014: {
    title: '网关错误',
    description: '服务器作为网关或代理时从上游服务器收到了无效响应, 因此断开连接。类似于 HTTP 502。',
  },
  1015: {
    title: 'TLS 握手失败',
    description:
      '保留。 表示连接由于无法完成 TLS 握手而关闭 (例如无法验证服务器证书)。仅在本地报告，不得在关闭帧中发送。',
  },
} as const satisfies Partial<Record<WebSocketCode | WebSocketClassKey, Message>>;
