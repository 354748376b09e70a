import { type ServerResponse, STATUS_CODES, validateHeaderName, validateHeaderValue } from 'node:http';
import type { ResponsePlan } from '../layer/plan';
import { isRemovedHeader, varyHeader } from '../layer/response-headers';

/**
 * Makes the status line of an HTTP/1 response carry `phrase`, the RFC 9110 reason phrase of `status`. Node.js
 * writes its own phrase for the status the response has when it is written; that is left to it where it is the
 * same, and a phrase set earlier (a route's) is cleared: a hook that changes the status after the answer is
 * planned (@fastify/etag's 304) then gets the phrase of its status, not `304 Internal Server Error`. It is set
 * only where Node.js's differs (413, 422, a code it does not know). HTTP/2 has none: Node.js warns when one is set
 * on its compatibility API, so it is left alone there (finalhandler skips it too).
 *
 * @example
 * ```ts
 * setReasonPhrase(reply.raw, plan.status, plan.reasonPhrase);
 * ```
 */
export function setReasonPhrase(res: ServerResponse, status: number, phrase: string): void {
  if ((res.req?.httpVersionMajor ?? 1) >= 2) return;
  if (STATUS_CODES[status] !== phrase) res.statusMessage = phrase;
  else if (res.statusMessage) res.statusMessage = '';
}

/**
 * Whether Node.js would send the header: `writeHead` throws on a name or value it refuses (a value with a line
 * break), and the response with it. For adapters whose framework keeps headers of its own unchecked (Fastify's
 * `reply.header()`): such a header is left off an error response rather than making it fail.
 *
 * @example
 * ```ts
 * isSendableHeader('x-trace', 'a\nb'); // false
 * isSendableHeader('set-cookie', ['a=1', 'b=2']); // true
 * ```
 */
export function isSendableHeader(name: string, value: unknown): boolean {
  try {
    validateHeaderName(name);
    // A list is sent as one line per item; a number as its digits.
    for (const item of Array.isArray(value) ? value : [value]) validateHeaderValue(name, item as string);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends a planned error response on a Node.js response (what Express's `res` and Koa's `ctx.res` are): removes
 * the headers an earlier handler set for the success response (`REMOVED_HEADERS`), then sets the status,
 * the plan's headers and `Vary`, and ends with the body (none for HEAD). The caller has checked that headers
 * were not sent yet.
 *
 * @example
 * ```ts
 * if (!res.headersSent) writeResponsePlan(res, layer.respond(error, request));
 * ```
 */
export function writeResponsePlan(res: ServerResponse, plan: ResponsePlan): void {
  // Only the headers that are there (usually none of them): cheaper than removing every name in the list.
  for (const name of res.getHeaderNames()) {
    if (isRemovedHeader(name)) res.removeHeader(name);
  }
  res.statusCode = plan.status;
  setReasonPhrase(res, plan.status, plan.reasonPhrase);
  // Indexed, without destructuring (which iterates): this runs for every error response.
  const { headers } = plan;
  for (let index = 0; index < headers.length; index++) {
    const header = headers[index] as (typeof headers)[number];
    res.setHeader(header[0], header[1]);
  }
  // What the response already varies on (CORS sets `Origin`) is kept, and what the error's own headers named.
  res.setHeader('vary', varyHeader(res.getHeader('vary'), plan.vary));
  res.end(plan.head ? undefined : (plan.text ?? plan.body));
}
