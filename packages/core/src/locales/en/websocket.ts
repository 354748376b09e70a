import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/** English titles and descriptions of WebSocket close codes and ranges. */
export const websocket = {
  '0-999': {
    title: 'Not Used',
    description: 'Close codes below 1000 are not used. An endpoint must not send them.',
  },
  '1000-2999': {
    title: 'Reserved for the Protocol',
    description:
      'Reserved for the WebSocket protocol, its future revisions and extensions with a public specification. Codes ' +
      'in this range that are not registered yet must not be used.',
  },
  '3000-3999': {
    title: 'Libraries, Frameworks and Applications',
    description:
      'For use by libraries, frameworks and applications. Codes are registered with IANA on a first come, first ' +
      'served basis, and their meaning is set by whoever registered them.',
  },
  '4000-4999': {
    title: 'Private Use',
    description:
      'For private use by applications, with a meaning agreed between both endpoints. These codes cannot be ' +
      'registered.',
  },

  1000: {
    title: 'Normal Closure',
    description: 'The connection was closed normally: the purpose it was opened for has been fulfilled.',
  },
  1001: {
    title: 'Going Away',
    description:
      'The endpoint is going away, for example because the server is shutting down or the browser has navigated ' +
      'away from the page.',
  },
  1002: {
    title: 'Protocol Error',
    description: 'The connection was closed because the other endpoint violated the WebSocket protocol.',
  },
  1003: {
    title: 'Unsupported Data',
    description:
      'The endpoint received a type of data it cannot accept, for example a binary message when it only handles text.',
  },
  1004: {
    title: 'Reserved',
    description: 'Reserved; a meaning may be defined in the future. It should not be sent.',
  },
  1005: {
    title: 'No Status Received',
    description:
      'Reported locally when a Close frame arrived without a status code. It must never be sent in a Close frame.',
  },
  1006: {
    title: 'Abnormal Closure',
    description:
      'Reported locally when the connection was lost without a Close frame, for example because the network ' +
      'dropped. It must never be sent in a Close frame.',
  },
  1007: {
    title: 'Invalid Frame Payload Data',
    description:
      'The endpoint received data that does not match the message type, for example bytes that are not valid UTF-8 ' +
      'in a text message.',
  },
  1008: {
    title: 'Policy Violation',
    description:
      'The endpoint received a message that violates its policy. This generic code is used when no more specific ' +
      'code (such as 1003 or 1009) fits, or when the details of the policy should stay hidden.',
  },
  1009: {
    title: 'Message Too Big',
    description: 'The endpoint received a message that is too big for it to process.',
  },
  1010: {
    title: 'Mandatory Extension',
    description:
      'The client closed the connection because the server did not agree to one or more extensions the client ' +
      'requires. The missing extensions should be listed in the close reason.',
  },
  1011: {
    title: 'Internal Error',
    description:
      'The server closed the connection because an unexpected condition prevented it from fulfilling the request.',
  },
  1012: {
    title: 'Service Restart',
    description:
      'The server closed the connection because it is restarting. The client may reconnect after a randomized ' +
      'delay; 5 to 30 seconds is suggested.',
  },
  1013: {
    title: 'Try Again Later',
    description:
      'The server closed the connection because of a temporary condition, for example overload. The client may ' +
      'connect again later.',
  },
  1014: {
    title: 'Bad Gateway',
    description:
      'The server, acting as a gateway or proxy, received an invalid response from the upstream server. It is the ' +
      'WebSocket counterpart of HTTP 502.',
  },
  1015: {
    title: 'TLS Handshake',
    description:
      'Reported locally when the connection was closed because the TLS handshake failed, for example because the ' +
      'server certificate could not be verified. It must never be sent in a Close frame.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
