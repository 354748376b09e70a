import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/** English titles and descriptions of HTTP status codes and classes. */
export const http = {
  // 1xx Informational
  '1xx': {
    title: 'Informational',
    description:
      'An interim response: the request was received and is still being processed, and a final response will ' +
      'follow. A client that does not recognize a 1xx code treats it like 100 Continue (RFC 9110, Section 15).',
  },
  100: {
    title: 'Continue',
    description:
      'The first part of the request was received and the client can send the rest, such as a request body ' +
      'announced with Expect: 100-continue.',
  },
  101: {
    title: 'Switching Protocols',
    description:
      "The server accepts the client's Upgrade request and switches this connection to another protocol, " +
      'such as WebSocket.',
  },
  102: {
    title: 'Processing',
    description:
      'The server has accepted the request and is still working on it, so no final response is available yet. ' +
      'Defined for WebDAV by RFC 2518; deprecated, as RFC 4918 no longer includes it.',
  },
  103: {
    title: 'Early Hints',
    description:
      'An interim response with headers, usually Link headers, that lets the client start loading resources ' +
      'while the server prepares the final response.',
  },
  104: {
    title: 'Upload Resumption Supported',
    description:
      'The server supports resumable uploads and tells the client where an interrupted upload can be ' +
      'continued. Registered temporarily for the IETF resumable uploads draft.',
  },

  // 2xx Successful
  '2xx': {
    title: 'Successful',
    description:
      'The request was received, understood and accepted. A client that does not recognize a 2xx code treats ' +
      'it like 200 OK (RFC 9110, Section 15).',
  },
  200: {
    title: 'OK',
    description:
      'The request succeeded. What the response contains depends on the method, for example the requested ' +
      'resource for GET.',
  },
  201: {
    title: 'Created',
    description:
      'The request succeeded and created one or more new resources, usually identified by the Location header.',
  },
  202: {
    title: 'Accepted',
    description: 'The request was accepted for processing, but processing has not finished yet and may still fail.',
  },
  203: {
    title: 'Non-Authoritative Information',
    description: 'The request succeeded, but a transforming proxy changed the content that the origin server sent.',
  },
  204: {
    title: 'No Content',
    description: 'The request succeeded and there is no content to send in the response body.',
  },
  205: {
    title: 'Reset Content',
    description:
      'The request succeeded; the client should reset the view the request came from, for example clear a ' +
      'submitted form.',
  },
  206: {
    title: 'Partial Content',
    description:
      'The server is sending only the part or parts of the resource that the Range header of the request ' +
      'asked for.',
  },
  207: {
    title: 'Multi-Status',
    description:
      'The response body carries separate status information for several resources. Used by WebDAV (RFC 4918).',
  },
  208: {
    title: 'Already Reported',
    description:
      'These members of a collection were already listed earlier in the same WebDAV multi-status response, ' +
      'so they are not repeated (RFC 5842).',
  },
  218: {
    title: 'This Is Fine',
    description:
      'An unofficial code attributed to Apache HTTP Server: a catch-all that lets the body of an error ' +
      'response pass through a proxy with ProxyErrorOverride enabled, in place of a 4xx or 5xx message.',
  },
  226: {
    title: 'IM Used',
    description:
      'The server fulfilled a GET request and the response is the result of instance manipulations, such as ' +
      'a delta, applied to the current resource (RFC 3229).',
  },

  // 3xx Redirection
  '3xx': {
    title: 'Redirection',
    description:
      'Further action, usually following another URI, is needed to complete the request. A client that does ' +
      'not recognize a 3xx code treats it like 300 Multiple Choices (RFC 9110, Section 15).',
  },
  300: {
    title: 'Multiple Choices',
    description:
      'The resource has several representations, each with its own URI, and the client or user can choose ' +
      'one of them.',
  },
  301: {
    title: 'Moved Permanently',
    description:
      'The resource has a new permanent URI, given in the Location header, and links should be updated. ' +
      'Clients may turn a POST into a GET when following it; 308 keeps the method.',
  },
  302: {
    title: 'Found',
    description:
      'The resource is temporarily at another URI, given in the Location header. Future requests should ' +
      'still use the original URI.',
  },
  303: {
    title: 'See Other',
    description:
      'The result of the request is available at another URI, given in the Location header, to be retrieved ' +
      'with GET. Often used after a form is submitted.',
  },
  304: {
    title: 'Not Modified',
    description:
      'The resource has not changed since the version the client already has, so its cached copy can be ' +
      'used. No content is sent.',
  },
  305: {
    title: 'Use Proxy',
    description:
      'The resource should be requested through the proxy given in the Location header. Deprecated for ' +
      'security reasons; clients do not follow it.',
  },
  306: {
    title: 'Switch Proxy (Unused)',
    description:
      'Once meant to tell a client to send later requests through a different proxy. No longer used; ' +
      'RFC 9110 keeps the code reserved.',
  },
  307: {
    title: 'Temporary Redirect',
    description:
      'The resource is temporarily at another URI, given in the Location header. The request must be repeated ' +
      'there with the same method and body.',
  },
  308: {
    title: 'Permanent Redirect',
    description:
      'The resource has a new permanent URI, given in the Location header. The request must be repeated there ' +
      'with the same method and body, and links should be updated.',
  },

  // 4xx Client Error
  '4xx': {
    title: 'Client Error',
    description:
      'The request could not be fulfilled as sent and may need to be changed before it is tried again. A ' +
      'client that does not recognize a 4xx code treats it like 400 Bad Request (RFC 9110, Section 15).',
  },
  400: {
    title: 'Bad Request',
    description:
      'The server could not process the request because it appears to be malformed, for example invalid ' +
      'syntax. Check the request and try again.',
  },
  401: {
    title: 'Unauthorized',
    description:
      'This resource requires authentication, and no valid credentials came with the request. Sign in and ' +
      'try again.',
  },
  402: {
    title: 'Payment Required',
    description:
      'Payment is required to access this resource. RFC 9110 reserves this code for future use, so its exact ' +
      'meaning depends on the service.',
  },
  403: {
    title: 'Forbidden',
    description:
      'The server understood the request but refuses to fulfill it. Access to this resource is not permitted.',
  },
  404: {
    title: 'Not Found',
    description:
      'The requested resource could not be found. It may have been moved or removed, or the address may ' +
      'contain a typo.',
  },
  405: {
    title: 'Method Not Allowed',
    description:
      'The request method is not supported for this resource. The server should list the methods it supports ' +
      'in the Allow header.',
  },
  406: {
    title: 'Not Acceptable',
    description:
      'The server cannot produce a response in any of the formats, languages or encodings that the request ' +
      'accepts.',
  },
  407: {
    title: 'Proxy Authentication Required',
    description:
      'The request must be authenticated with the proxy before it can be forwarded. Provide proxy credentials ' +
      'and try again.',
  },
  408: {
    title: 'Request Timeout',
    description: 'The server did not receive the complete request within the time it was prepared to wait. Try again.',
  },
  409: {
    title: 'Conflict',
    description:
      'The request conflicts with the current state of the resource, for example an edit based on an ' +
      'outdated version. Resolve the conflict and try again.',
  },
  410: {
    title: 'Gone',
    description:
      'The requested resource is no longer available and is not expected to return. Links to it should be ' +
      'removed.',
  },
  411: {
    title: 'Length Required',
    description: 'The server requires the request to state the length of its content in a Content-Length header.',
  },
  412: {
    title: 'Precondition Failed',
    description:
      'A condition in the request headers, such as If-Match or If-Unmodified-Since, was not met, so the ' +
      'request was not applied.',
  },
  413: {
    title: 'Content Too Large',
    description:
      'The request content is larger than the server is willing or able to process. Try again with less data.',
  },
  414: {
    title: 'URI Too Long',
    description: 'The requested address (URI) is longer than the server is willing to handle.',
  },
  415: {
    title: 'Unsupported Media Type',
    description: 'The format or encoding of the request content is not supported for this resource.',
  },
  416: {
    title: 'Range Not Satisfiable',
    description: 'The requested range lies outside the current size of the resource, so no part of it can be sent.',
  },
  417: {
    title: 'Expectation Failed',
    description: 'The server cannot meet the expectation given in the Expect header of the request.',
  },
  418: {
    title: "I'm a Teapot",
    description:
      "RFC 9110 reserves this code as unused. It comes from an April Fools' joke, RFC 2324, in which a teapot " +
      'refuses to brew coffee; some servers still return it to decline a request.',
  },
  419: {
    title: 'Page Expired',
    description:
      'Used by the Laravel framework when the security (CSRF) token of a form is missing or has expired. ' +
      'Reload the page and try again.',
  },
  420: {
    title: 'Enhance Your Calm',
    description:
      'Used by version 1 of the Twitter API when too many requests arrived in a short time. Wait before trying ' +
      'again; the standard code for this is 429.',
  },
  421: {
    title: 'Misdirected Request',
    description:
      'The request reached a server that cannot respond for this address. Trying again over a new connection ' +
      'may succeed.',
  },
  422: {
    title: 'Unprocessable Content',
    description:
      'The request is well-formed, but the server could not process the instructions it contains, for ' +
      'example because some values are invalid.',
  },
  423: {
    title: 'Locked',
    description: 'The resource is locked, so it cannot be changed right now. Used by WebDAV (RFC 4918).',
  },
  424: {
    title: 'Failed Dependency',
    description:
      'The requested action could not be performed because another action it depends on failed. Used by ' +
      'WebDAV (RFC 4918).',
  },
  425: {
    title: 'Too Early',
    description:
      'The server will not process a request that might be replayed, such as one sent in TLS early data. ' +
      'Try again once the connection is fully established.',
  },
  426: {
    title: 'Upgrade Required',
    description:
      'The server refuses to perform the request over the current protocol. The Upgrade header names the ' +
      'protocols to switch to.',
  },
  428: {
    title: 'Precondition Required',
    description:
      'The server requires this request to be conditional, for example with If-Match, so that changes made ' +
      'by someone else are not overwritten.',
  },
  429: {
    title: 'Too Many Requests',
    description:
      'Too many requests were sent in a given amount of time. Wait before trying again; the Retry-After ' +
      'header may say how long.',
  },
  430: {
    title: 'Shopify Security Rejection',
    description:
      'Used by Shopify when a request is rejected for security reasons, for example because it looks like ' +
      'potentially harmful automated traffic.',
  },
  431: {
    title: 'Request Header Fields Too Large',
    description:
      'The header fields of the request, either one of them or all together, are too large for the server to ' +
      'process.',
  },
  440: {
    title: 'Login Time-out',
    description: 'Used by Microsoft IIS when the session has expired. Sign in again to continue.',
  },
  444: {
    title: 'No Response',
    description:
      'Used internally by nginx when the server closed the connection without sending any response. It ' +
      'appears in server logs; clients never receive it.',
  },
  449: {
    title: 'Retry With',
    description:
      'Used by Microsoft IIS when the request lacks information the server needs. It should be retried once ' +
      'that information is provided.',
  },
  450: {
    title: 'Blocked by Windows Parental Controls',
    description: 'Used by Microsoft Windows when parental controls block access to the requested page.',
  },
  451: {
    title: 'Unavailable For Legal Reasons',
    description: 'Access to this resource is denied because of a legal demand, such as a court order (RFC 7725).',
  },
  460: {
    title: 'Client Closed Connection Before Idle Timeout',
    description:
      "Used by AWS Elastic Load Balancing when the client closed the connection before the load balancer's " +
      "idle timeout elapsed, often because the client's own timeout is shorter.",
  },
  463: {
    title: 'Too Many Forwarded IP Addresses',
    description:
      'Used by AWS Elastic Load Balancing when the X-Forwarded-For header of the request lists more than 30 ' +
      'IP addresses.',
  },
  494: {
    title: 'Request Header Too Large',
    description:
      'Used by nginx when the headers of the request are too large for the server to accept; nginx uses it ' +
      'where the standard code is 431.',
  },
  495: {
    title: 'SSL Certificate Error',
    description: 'Used by nginx when the client certificate sent with the request is invalid.',
  },
  496: {
    title: 'SSL Certificate Required',
    description: 'Used by nginx when a client certificate is required but none was sent.',
  },
  497: {
    title: 'HTTP Request Sent to HTTPS Port',
    description:
      'Used by nginx when a plain HTTP request arrives on a port that expects HTTPS. Use an https:// address ' +
      'instead.',
  },
  498: {
    title: 'Invalid Token',
    description:
      'Used by Esri ArcGIS Server when the access token has expired or is otherwise invalid. Get a new token ' +
      'and try again.',
  },
  499: {
    title: 'Client Closed Request',
    description:
      'Used by nginx when the client closed the connection before the server could send a response. It ' +
      'appears mostly in server logs.',
  },

  // 5xx Server Error
  '5xx': {
    title: 'Server Error',
    description:
      'The server could not complete a request that appears to be valid. A client that does not recognize a ' +
      '5xx code treats it like 500 Internal Server Error (RFC 9110, Section 15).',
  },
  500: {
    title: 'Internal Server Error',
    description:
      'The server ran into an unexpected condition that prevented it from completing the request. Try again ' +
      'later.',
  },
  501: {
    title: 'Not Implemented',
    description:
      'The server does not support the functionality needed to complete the request, for example an ' +
      'unrecognized request method.',
  },
  502: {
    title: 'Bad Gateway',
    description:
      'The server, acting as a gateway or proxy, received an invalid response from the upstream server. Try ' +
      'again later.',
  },
  503: {
    title: 'Service Unavailable',
    description:
      'The service is temporarily unable to handle the request, for example because of overload or ' +
      'maintenance. Try again later; the Retry-After header may say when.',
  },
  504: {
    title: 'Gateway Timeout',
    description:
      'The server, acting as a gateway or proxy, did not get a timely response from the upstream server. Try ' +
      'again later.',
  },
  505: {
    title: 'HTTP Version Not Supported',
    description: 'The server does not support the major version of HTTP used in the request.',
  },
  506: {
    title: 'Variant Also Negotiates',
    description:
      'The server is misconfigured: the variant chosen by content negotiation is itself set up to negotiate, ' +
      'so no response can be selected (RFC 2295).',
  },
  507: {
    title: 'Insufficient Storage',
    description:
      'The server cannot store the data needed to complete the request. The condition is considered ' +
      'temporary. Used by WebDAV (RFC 4918).',
  },
  508: {
    title: 'Loop Detected',
    description:
      'The server stopped processing the request because it found an infinite loop, such as WebDAV bindings ' +
      'that lead back to themselves (RFC 5842).',
  },
  509: {
    title: 'Bandwidth Limit Exceeded',
    description:
      'Used by Apache HTTP Server and cPanel hosting when the site has used up the bandwidth its hosting plan ' +
      'allows. Try again later.',
  },
  510: {
    title: 'Not Extended',
    description:
      'The server requires further extensions to the request before it can fulfill it (RFC 2774). Obsolete: ' +
      'IANA marks it so since RFC 2774 was moved to Historic status.',
  },
  511: {
    title: 'Network Authentication Required',
    description:
      'The network requires authentication before it can be used, for example by signing in on the portal ' +
      'page of a Wi-Fi network.',
  },
  520: {
    title: 'Web Server Returned an Unknown Error',
    description:
      'Used by Cloudflare when the origin web server returned an empty, unknown or unexpected response. Try ' +
      'again later.',
  },
  521: {
    title: 'Web Server Is Down',
    description: 'Used by Cloudflare when the origin web server refused the connection. Try again later.',
  },
  522: {
    title: 'Connection Timed Out',
    description:
      'Used by Cloudflare when a connection to the origin web server could not be established in time. Try ' +
      'again later.',
  },
  523: {
    title: 'Origin Is Unreachable',
    description:
      'Used by Cloudflare when the origin web server cannot be reached, for example because there is no ' +
      'network route to it. Try again later.',
  },
  524: {
    title: 'A Timeout Occurred',
    description:
      'Used by Cloudflare when it connected to the origin web server but received no HTTP response within ' +
      'the time limit. Try again later.',
  },
  525: {
    title: 'SSL Handshake Failed',
    description: 'Used by Cloudflare when the SSL/TLS handshake with the origin web server failed.',
  },
  526: {
    title: 'Invalid SSL Certificate',
    description: 'Used by Cloudflare when it could not validate the SSL certificate of the origin web server.',
  },
  527: {
    title: 'Railgun Error',
    description:
      "Used by Cloudflare when the connection to the origin's Railgun server was interrupted. Obsolete: " +
      'Cloudflare has discontinued Railgun.',
  },
  529: {
    title: 'Site Is Overloaded',
    description:
      'Used by the Qualys SSL Labs API when the service is overloaded and cannot accept more requests. Try ' +
      'again later.',
  },
  530: {
    title: 'Origin DNS Error',
    description:
      'Used by Cloudflare together with a 1xxx Cloudflare error, for example when the host name of the ' +
      'origin server cannot be resolved (error 1016).',
  },
  561: {
    title: 'Unauthorized',
    description:
      'Used by AWS Elastic Load Balancing when the identity provider returned an error while the load ' +
      'balancer was authenticating the user.',
  },
} as const satisfies Record<HttpCode | HttpClassKey, Message>;
