import { frozen } from '../internal/frozen';
import type { ClassFacts, CodeFacts } from './types';

const rfc9110 = (section: string) => `RFC 9110, Section ${section}`;

/**
 * HTTP status codes: every code of the IANA HTTP Status Code Registry, with the RFC 9110 names, and the
 * unofficial codes that are common enough on the wire to deserve a name (flagged `official: false`).
 */
export const httpCodes = frozen({
  // 1xx Informational
  100: { key: 'CONTINUE', reference: rfc9110('15.2.1'), official: true },
  101: { key: 'SWITCHING_PROTOCOLS', reference: rfc9110('15.2.2'), official: true },
  102: { key: 'PROCESSING', reference: 'RFC 2518, Section 10.1', official: true, deprecated: true },
  103: { key: 'EARLY_HINTS', reference: 'RFC 8297', official: true },
  // Registered temporarily by IANA for the resumable uploads draft.
  104: {
    key: 'UPLOAD_RESUMPTION_SUPPORTED',
    reference: 'draft-ietf-httpbis-resumable-upload (IANA temporary registration)',
    official: true,
  },

  // 2xx Successful
  200: { key: 'OK', reference: rfc9110('15.3.1'), official: true },
  201: { key: 'CREATED', reference: rfc9110('15.3.2'), official: true },
  202: { key: 'ACCEPTED', reference: rfc9110('15.3.3'), official: true },
  203: { key: 'NON_AUTHORITATIVE_INFORMATION', reference: rfc9110('15.3.4'), official: true },
  204: { key: 'NO_CONTENT', reference: rfc9110('15.3.5'), official: true },
  205: { key: 'RESET_CONTENT', reference: rfc9110('15.3.6'), official: true },
  206: { key: 'PARTIAL_CONTENT', reference: rfc9110('15.3.7'), official: true },
  207: { key: 'MULTI_STATUS', reference: 'RFC 4918, Section 11.1', official: true },
  208: { key: 'ALREADY_REPORTED', reference: 'RFC 5842, Section 7.1', official: true },
  218: { key: 'THIS_IS_FINE', reference: 'Apache HTTP Server (unofficial)', official: false, source: 'Apache' },
  226: { key: 'IM_USED', reference: 'RFC 3229, Section 10.4.1', official: true },

  // 3xx Redirection
  300: { key: 'MULTIPLE_CHOICES', reference: rfc9110('15.4.1'), official: true },
  301: { key: 'MOVED_PERMANENTLY', reference: rfc9110('15.4.2'), official: true },
  302: { key: 'FOUND', reference: rfc9110('15.4.3'), official: true },
  303: { key: 'SEE_OTHER', reference: rfc9110('15.4.4'), official: true },
  304: { key: 'NOT_MODIFIED', reference: rfc9110('15.4.5'), official: true },
  305: { key: 'USE_PROXY', reference: rfc9110('15.4.6'), official: true, deprecated: true },
  306: { key: 'UNUSED', reference: rfc9110('15.4.7'), official: true, obsolete: true },
  307: { key: 'TEMPORARY_REDIRECT', reference: rfc9110('15.4.8'), official: true },
  308: { key: 'PERMANENT_REDIRECT', reference: rfc9110('15.4.9'), official: true },

  // 4xx Client Error
  400: { key: 'BAD_REQUEST', reference: rfc9110('15.5.1'), official: true },
  401: { key: 'UNAUTHORIZED', reference: rfc9110('15.5.2'), official: true },
  402: { key: 'PAYMENT_REQUIRED', reference: rfc9110('15.5.3'), official: true },
  403: { key: 'FORBIDDEN', reference: rfc9110('15.5.4'), official: true },
  404: { key: 'NOT_FOUND', reference: rfc9110('15.5.5'), official: true },
  405: { key: 'METHOD_NOT_ALLOWED', reference: rfc9110('15.5.6'), official: true },
  406: { key: 'NOT_ACCEPTABLE', reference: rfc9110('15.5.7'), official: true },
  407: { key: 'PROXY_AUTHENTICATION_REQUIRED', reference: rfc9110('15.5.8'), official: true },
  408: { key: 'REQUEST_TIMEOUT', reference: rfc9110('15.5.9'), official: true },
  409: { key: 'CONFLICT', reference: rfc9110('15.5.10'), official: true },
  410: { key: 'GONE', reference: rfc9110('15.5.11'), official: true },
  411: { key: 'LENGTH_REQUIRED', reference: rfc9110('15.5.12'), official: true },
  412: { key: 'PRECONDITION_FAILED', reference: rfc9110('15.5.13'), official: true },
  413: { key: 'CONTENT_TOO_LARGE', reference: rfc9110('15.5.14'), official: true },
  414: { key: 'URI_TOO_LONG', reference: rfc9110('15.5.15'), official: true },
  415: { key: 'UNSUPPORTED_MEDIA_TYPE', reference: rfc9110('15.5.16'), official: true },
  416: { key: 'RANGE_NOT_SATISFIABLE', reference: rfc9110('15.5.17'), official: true },
  417: { key: 'EXPECTATION_FAILED', reference: rfc9110('15.5.18'), official: true },
  // RFC 9110 reserves 418 as "(Unused)" because of the April Fools' RFC 2324 ("I'm a teapot").
  418: { key: 'IM_A_TEAPOT', reference: rfc9110('15.5.19'), official: true, obsolete: true },
  419: { key: 'PAGE_EXPIRED', reference: 'Laravel (unofficial)', official: false, source: 'Laravel' },
  420: { key: 'ENHANCE_YOUR_CALM', reference: 'Twitter API v1 (unofficial)', official: false, source: 'Twitter' },
  421: { key: 'MISDIRECTED_REQUEST', reference: rfc9110('15.5.20'), official: true },
  422: { key: 'UNPROCESSABLE_CONTENT', reference: rfc9110('15.5.21'), official: true },
  423: { key: 'LOCKED', reference: 'RFC 4918, Section 11.3', official: true },
  424: { key: 'FAILED_DEPENDENCY', reference: 'RFC 4918, Section 11.4', official: true },
  425: { key: 'TOO_EARLY', reference: 'RFC 8470, Section 5.2', official: true },
  426: { key: 'UPGRADE_REQUIRED', reference: rfc9110('15.5.22'), official: true },
  428: { key: 'PRECONDITION_REQUIRED', reference: 'RFC 6585, Section 3', official: true },
  429: { key: 'TOO_MANY_REQUESTS', reference: 'RFC 6585, Section 4', official: true },
  430: {
    key: 'SHOPIFY_SECURITY_REJECTION',
    reference: 'Shopify (unofficial)',
    official: false,
    source: 'Shopify',
  },
  431: { key: 'REQUEST_HEADER_FIELDS_TOO_LARGE', reference: 'RFC 6585, Section 5', official: true },
  440: { key: 'LOGIN_TIME_OUT', reference: 'Microsoft IIS (unofficial)', official: false, source: 'Microsoft IIS' },
  444: { key: 'NO_RESPONSE', reference: 'nginx (unofficial)', official: false, source: 'nginx' },
  449: { key: 'RETRY_WITH', reference: 'Microsoft IIS (unofficial)', official: false, source: 'Microsoft IIS' },
  450: {
    key: 'BLOCKED_BY_PARENTAL_CONTROLS',
    reference: 'Microsoft Windows (unofficial)',
    official: false,
    source: 'Microsoft',
  },
  451: { key: 'UNAVAILABLE_FOR_LEGAL_REASONS', reference: 'RFC 7725, Section 3', official: true },
  460: {
    key: 'CLIENT_CLOSED_CONNECTION_BEFORE_IDLE_TIMEOUT',
    reference: 'AWS Elastic Load Balancing (unofficial)',
    official: false,
    source: 'AWS Elastic Load Balancing',
  },
  463: {
    key: 'TOO_MANY_FORWARDED_IP_ADDRESSES',
    reference: 'AWS Elastic Load Balancing (unofficial)',
    official: false,
    source: 'AWS Elastic Load Balancing',
  },
  494: { key: 'REQUEST_HEADER_TOO_LARGE', reference: 'nginx (unofficial)', official: false, source: 'nginx' },
  495: { key: 'SSL_CERTIFICATE_ERROR', reference: 'nginx (unofficial)', official: false, source: 'nginx' },
  496: { key: 'SSL_CERTIFICATE_REQUIRED', reference: 'nginx (unofficial)', official: false, source: 'nginx' },
  497: {
    key: 'HTTP_REQUEST_SENT_TO_HTTPS_PORT',
    reference: 'nginx (unofficial)',
    official: false,
    source: 'nginx',
  },
  498: { key: 'INVALID_TOKEN', reference: 'Esri ArcGIS Server (unofficial)', official: false, source: 'Esri' },
  499: { key: 'CLIENT_CLOSED_REQUEST', reference: 'nginx (unofficial)', official: false, source: 'nginx' },

  // 5xx Server Error
  500: { key: 'INTERNAL_SERVER_ERROR', reference: rfc9110('15.6.1'), official: true },
  501: { key: 'NOT_IMPLEMENTED', reference: rfc9110('15.6.2'), official: true },
  502: { key: 'BAD_GATEWAY', reference: rfc9110('15.6.3'), official: true },
  503: { key: 'SERVICE_UNAVAILABLE', reference: rfc9110('15.6.4'), official: true },
  504: { key: 'GATEWAY_TIMEOUT', reference: rfc9110('15.6.5'), official: true },
  505: { key: 'HTTP_VERSION_NOT_SUPPORTED', reference: rfc9110('15.6.6'), official: true },
  506: { key: 'VARIANT_ALSO_NEGOTIATES', reference: 'RFC 2295, Section 8.1', official: true },
  507: { key: 'INSUFFICIENT_STORAGE', reference: 'RFC 4918, Section 11.5', official: true },
  508: { key: 'LOOP_DETECTED', reference: 'RFC 5842, Section 7.2', official: true },
  509: {
    key: 'BANDWIDTH_LIMIT_EXCEEDED',
    reference: 'Apache HTTP Server / cPanel (unofficial)',
    official: false,
    source: 'Apache / cPanel',
  },
  // IANA marks 510 obsolete since RFC 2774 was moved to Historic status.
  510: { key: 'NOT_EXTENDED', reference: 'RFC 2774, Section 7', official: true, obsolete: true },
  511: { key: 'NETWORK_AUTHENTICATION_REQUIRED', reference: 'RFC 6585, Section 6', official: true },
  520: { key: 'WEB_SERVER_UNKNOWN_ERROR', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  521: { key: 'WEB_SERVER_IS_DOWN', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  522: { key: 'CONNECTION_TIMED_OUT', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  523: { key: 'ORIGIN_IS_UNREACHABLE', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  524: { key: 'A_TIMEOUT_OCCURRED', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  525: { key: 'SSL_HANDSHAKE_FAILED', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  526: { key: 'INVALID_SSL_CERTIFICATE', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  527: {
    key: 'RAILGUN_ERROR',
    reference: 'Cloudflare (unofficial)',
    official: false,
    source: 'Cloudflare',
    obsolete: true,
  },
  529: { key: 'SITE_IS_OVERLOADED', reference: 'Qualys SSL Labs (unofficial)', official: false, source: 'Qualys' },
  530: { key: 'ORIGIN_DNS_ERROR', reference: 'Cloudflare (unofficial)', official: false, source: 'Cloudflare' },
  561: {
    key: 'UNAUTHORIZED_BY_LOAD_BALANCER',
    reference: 'AWS Elastic Load Balancing (unofficial)',
    official: false,
    source: 'AWS Elastic Load Balancing',
  },
} as const satisfies Record<number, CodeFacts>);

/** Every HTTP status code the catalog documents. */
export type HttpCode = keyof typeof httpCodes;

/** The HTTP classes (RFC 9110, Section 15): the first digit decides how a client treats an unknown code. */
export const httpClasses = frozen({
  '1xx': { min: 100, max: 199 },
  '2xx': { min: 200, max: 299 },
  '3xx': { min: 300, max: 399 },
  '4xx': { min: 400, max: 499 },
  '5xx': { min: 500, max: 599 },
} as const satisfies Record<string, ClassFacts>);

export type HttpClassKey = keyof typeof httpClasses;
