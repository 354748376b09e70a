import { frozen } from '../internal/frozen';
import type { ClassFacts, CodeFacts } from './types';

const rfc959 = 'RFC 959, Section 4.2.2';
const rfc2228 = 'RFC 2228, Section 5.1';
// The 6yz "protected reply" type has its own subsection in RFC 2228.
const rfc2228Protected = 'RFC 2228, Section 5.2';

/**
 * FTP reply codes: every reply of RFC 959 (the numeric list of Section 4.2.2), the security replies of
 * RFC 2228, the extended passive/port replies of RFC 2428 and the long passive reply of RFC 1639.
 */
export const ftpCodes = frozen({
  // 1yz Positive Preliminary
  110: { key: 'RESTART_MARKER_REPLY', reference: rfc959, official: true },
  120: { key: 'SERVICE_READY_IN_MINUTES', reference: rfc959, official: true },
  125: { key: 'DATA_CONNECTION_ALREADY_OPEN_TRANSFER_STARTING', reference: rfc959, official: true },
  150: { key: 'FILE_STATUS_OK_OPENING_DATA_CONNECTION', reference: rfc959, official: true },

  // 2yz Positive Completion
  200: { key: 'COMMAND_OK', reference: rfc959, official: true },
  202: { key: 'COMMAND_NOT_IMPLEMENTED_SUPERFLUOUS', reference: rfc959, official: true },
  211: { key: 'SYSTEM_STATUS', reference: rfc959, official: true },
  212: { key: 'DIRECTORY_STATUS', reference: rfc959, official: true },
  213: { key: 'FILE_STATUS', reference: rfc959, official: true },
  214: { key: 'HELP_MESSAGE', reference: rfc959, official: true },
  215: { key: 'SYSTEM_TYPE', reference: rfc959, official: true },
  220: { key: 'SERVICE_READY_FOR_NEW_USER', reference: rfc959, official: true },
  221: { key: 'SERVICE_CLOSING_CONTROL_CONNECTION', reference: rfc959, official: true },
  225: { key: 'DATA_CONNECTION_OPEN_NO_TRANSFER', reference: rfc959, official: true },
  226: { key: 'CLOSING_DATA_CONNECTION', reference: rfc959, official: true },
  227: { key: 'ENTERING_PASSIVE_MODE', reference: rfc959, official: true },
  // RFC 1639 is Experimental; LPSV saw little use and EPSV (229) took its place.
  228: { key: 'ENTERING_LONG_PASSIVE_MODE', reference: 'RFC 1639, Section 3', official: true },
  229: { key: 'ENTERING_EXTENDED_PASSIVE_MODE', reference: 'RFC 2428, Section 3', official: true },
  230: { key: 'USER_LOGGED_IN', reference: rfc959, official: true },
  232: { key: 'USER_LOGGED_IN_AUTHORIZED_BY_SECURITY_DATA', reference: rfc2228, official: true },
  234: { key: 'SECURITY_DATA_EXCHANGE_COMPLETE', reference: rfc2228, official: true },
  235: { key: 'SECURITY_DATA_EXCHANGE_SUCCESSFUL', reference: rfc2228, official: true },
  250: { key: 'REQUESTED_FILE_ACTION_OK', reference: rfc959, official: true },
  257: { key: 'PATHNAME_CREATED', reference: rfc959, official: true },

  // 3yz Positive Intermediate
  331: { key: 'USER_NAME_OKAY_NEED_PASSWORD', reference: rfc959, official: true },
  332: { key: 'NEED_ACCOUNT_FOR_LOGIN', reference: rfc959, official: true },
  334: { key: 'SECURITY_MECHANISM_OK', reference: rfc2228, official: true },
  335: { key: 'SECURITY_DATA_ACCEPTABLE_MORE_REQUIRED', reference: rfc2228, official: true },
  336: { key: 'USER_NAME_OKAY_NEED_PASSWORD_CHALLENGE', reference: rfc2228, official: true },
  350: { key: 'REQUESTED_FILE_ACTION_PENDING', reference: rfc959, official: true },

  // 4yz Transient Negative Completion
  421: { key: 'SERVICE_NOT_AVAILABLE', reference: rfc959, official: true },
  425: { key: 'CANNOT_OPEN_DATA_CONNECTION', reference: rfc959, official: true },
  426: { key: 'CONNECTION_CLOSED_TRANSFER_ABORTED', reference: rfc959, official: true },
  431: { key: 'NEED_UNAVAILABLE_SECURITY_RESOURCE', reference: rfc2228, official: true },
  450: { key: 'FILE_TEMPORARILY_UNAVAILABLE', reference: rfc959, official: true },
  451: { key: 'LOCAL_ERROR_IN_PROCESSING', reference: rfc959, official: true },
  452: { key: 'INSUFFICIENT_STORAGE_SPACE', reference: rfc959, official: true },

  // 5yz Permanent Negative Completion
  500: { key: 'SYNTAX_ERROR_COMMAND_UNRECOGNIZED', reference: rfc959, official: true },
  501: { key: 'SYNTAX_ERROR_IN_PARAMETERS', reference: rfc959, official: true },
  502: { key: 'COMMAND_NOT_IMPLEMENTED', reference: rfc959, official: true },
  503: { key: 'BAD_SEQUENCE_OF_COMMANDS', reference: rfc959, official: true },
  504: { key: 'COMMAND_NOT_IMPLEMENTED_FOR_PARAMETER', reference: rfc959, official: true },
  522: { key: 'NETWORK_PROTOCOL_NOT_SUPPORTED', reference: 'RFC 2428, Section 2', official: true },
  530: { key: 'NOT_LOGGED_IN', reference: rfc959, official: true },
  532: { key: 'NEED_ACCOUNT_FOR_STORING_FILES', reference: rfc959, official: true },
  533: { key: 'COMMAND_PROTECTION_LEVEL_DENIED', reference: rfc2228, official: true },
  534: { key: 'REQUEST_DENIED_FOR_POLICY_REASONS', reference: rfc2228, official: true },
  535: { key: 'FAILED_SECURITY_CHECK', reference: rfc2228, official: true },
  536: { key: 'PROTECTION_LEVEL_NOT_SUPPORTED', reference: rfc2228, official: true },
  537: { key: 'COMMAND_PROTECTION_LEVEL_NOT_SUPPORTED', reference: rfc2228, official: true },
  550: { key: 'FILE_UNAVAILABLE', reference: rfc959, official: true },
  551: { key: 'PAGE_TYPE_UNKNOWN', reference: rfc959, official: true },
  552: { key: 'EXCEEDED_STORAGE_ALLOCATION', reference: rfc959, official: true },
  553: { key: 'FILE_NAME_NOT_ALLOWED', reference: rfc959, official: true },

  // 6yz Protected
  631: { key: 'INTEGRITY_PROTECTED_REPLY', reference: rfc2228Protected, official: true },
  632: { key: 'CONFIDENTIALITY_AND_INTEGRITY_PROTECTED_REPLY', reference: rfc2228Protected, official: true },
  633: { key: 'CONFIDENTIALITY_PROTECTED_REPLY', reference: rfc2228Protected, official: true },
} as const satisfies Record<number, CodeFacts>);

/** Every FTP reply code the catalog documents. */
export type FtpCode = keyof typeof ftpCodes;

/**
 * The FTP reply classes: the first digit says whether the command succeeded, failed for now or failed for
 * good (RFC 959, Section 4.2); 6yz, added by RFC 2228, wraps a protected reply.
 */
export const ftpClasses = frozen({
  '1xx': { min: 100, max: 199 },
  '2xx': { min: 200, max: 299 },
  '3xx': { min: 300, max: 399 },
  '4xx': { min: 400, max: 499 },
  '5xx': { min: 500, max: 599 },
  '6xx': { min: 600, max: 699, reference: rfc2228Protected },
} as const satisfies Record<string, ClassFacts>);

export type FtpClassKey = keyof typeof ftpClasses;
