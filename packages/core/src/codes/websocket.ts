import { frozen } from '../internal/frozen';
import type { ClassFacts, CodeFacts } from './types';

const rfc6455 = 'RFC 6455, Section 7.4.1';
// 1012-1014 were registered after RFC 6455 was published; its text does not describe them.
const ianaOnly = 'IANA WebSocket Close Code Number Registry (registered by IANA, not in the text of RFC 6455)';

/**
 * WebSocket close codes: every code of the IANA WebSocket Close Code Number Registry (RFC 6455, Section
 * 11.7). `sendable` says whether an endpoint may put the code in a Close frame (RFC 6455, Section 7.4.1).
 */
export const websocketCodes = frozen({
  1000: { key: 'NORMAL_CLOSURE', reference: rfc6455, official: true, sendable: true },
  1001: { key: 'GOING_AWAY', reference: rfc6455, official: true, sendable: true },
  1002: { key: 'PROTOCOL_ERROR', reference: rfc6455, official: true, sendable: true },
  1003: { key: 'UNSUPPORTED_DATA', reference: rfc6455, official: true, sendable: true },
  // Reserved with no meaning yet: sending it would tell the peer nothing it can act on.
  1004: { key: 'RESERVED', reference: rfc6455, official: true, sendable: false },
  // 1005, 1006 and 1015 only report locally what happened; RFC 6455 forbids them in a Close frame.
  1005: { key: 'NO_STATUS_RECEIVED', reference: rfc6455, official: true, sendable: false },
  1006: { key: 'ABNORMAL_CLOSURE', reference: rfc6455, official: true, sendable: false },
  1007: { key: 'INVALID_FRAME_PAYLOAD_DATA', reference: rfc6455, official: true, sendable: true },
  1008: { key: 'POLICY_VIOLATION', reference: rfc6455, official: true, sendable: true },
  1009: { key: 'MESSAGE_TOO_BIG', reference: rfc6455, official: true, sendable: true },
  1010: { key: 'MANDATORY_EXTENSION', reference: rfc6455, official: true, sendable: true },
  1011: { key: 'INTERNAL_ERROR', reference: rfc6455, official: true, sendable: true },
  1012: { key: 'SERVICE_RESTART', reference: ianaOnly, official: true, sendable: true },
  1013: { key: 'TRY_AGAIN_LATER', reference: ianaOnly, official: true, sendable: true },
  1014: { key: 'BAD_GATEWAY', reference: ianaOnly, official: true, sendable: true },
  1015: { key: 'TLS_HANDSHAKE', reference: rfc6455, official: true, sendable: false },
} as const satisfies Record<number, CodeFacts>);

/** Every WebSocket close code the catalog documents. */
export type WebSocketCode = keyof typeof websocketCodes;

/** The close code ranges of RFC 6455, Section 7.4.2: who may define and use the codes in each. */
export const websocketClasses = frozen({
  '0-999': { min: 0, max: 999 },
  '1000-2999': { min: 1000, max: 2999 },
  '3000-3999': { min: 3000, max: 3999 },
  '4000-4999': { min: 4000, max: 4999 },
} as const satisfies Record<string, ClassFacts>);

export type WebSocketClassKey = keyof typeof websocketClasses;
