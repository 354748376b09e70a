import type { Difference } from './frameworks';

// Nest answers a streamed body (`StreamableFile`) itself: its errors never reach the exception filters.
const AFTER_FIRST_BYTE: Difference = {
  id: 'stream-error-after-first-byte',
  rule: 'a stream that fails after its first byte: the connection is cut, and the error is logged by Nest, not by `log`',
  reason:
    "Nest pipes a StreamableFile itself: on Express the failure goes to StreamableFile's error logger, on Fastify to Fastify's logger; no exception filter sees it",
};

/** What Nest on its Express platform does differently from the suite's rules, and why. */
export const NEST_EXPRESS_DIFFERENCES: readonly Difference[] = [
  {
    id: 'stream-error-before-first-byte',
    rule: "a stream that fails before its first byte is answered `400 Bad Request` as text by StreamableFile's own error handler",
    reason:
      "Nest's Express adapter hands a StreamableFile's error to the file's errorHandler (replace it with setErrorHandler()), not to the exception filters",
  },
  AFTER_FIRST_BYTE,
];

/** What Nest on its Fastify platform does differently from the suite's rules, and why. */
export const NEST_FASTIFY_DIFFERENCES: readonly Difference[] = [
  {
    id: 'json-string-body',
    rule: 'a JSON string as the body (`"text"`) is not an error: the route gets the string',
    reason: "Fastify's JSON parser takes any JSON value; body-parser's strict mode takes only objects and arrays",
  },
  {
    id: 'body-limit-member',
    rule: 'a body over the limit is a 413 without the `limit` member',
    reason: "Fastify's error (FST_ERR_CTP_BODY_TOO_LARGE) does not carry the limit",
  },
  {
    id: 'content-encoding',
    rule: 'a body with a Content-Encoding the server cannot read reaches the route as sent, instead of a 415',
    reason:
      'Fastify does not look at Content-Encoding: decoding is left to a plugin, and without one nothing refuses it',
  },
  {
    id: 'head-stream-not-read',
    rule: 'HEAD of a route that answers with a StreamableFile which fails: a `200` with the route’s headers, and `log` is not called',
    reason:
      "Nest's Fastify adapter destroys a StreamableFile's stream on HEAD and sends an empty one in its place, so no error happens",
  },
  AFTER_FIRST_BYTE,
];
