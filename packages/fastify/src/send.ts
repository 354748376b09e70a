import { isRemovedHeader, type ResponsePlan, varyHeader } from '@status-i18n/core';
import { afterRequestBody, setReasonPhrase } from '@status-i18n/core/node';
import type { FastifyReply } from 'fastify';

/**
 * The body as Node.js bytes. A plan's body is a `Uint8Array`; a `Buffer` view of the same memory (no copy) is
 * what every Fastify 4 and 5 release sends as it is, under the Content-Type already set. Early Fastify 4
 * releases serialized any other typed array as JSON, and later ones sent the whole `ArrayBuffer` under a view.
 */
function bytesOf(body: Uint8Array): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/** Removes the success path's headers (`REMOVED_HEADERS`) wherever they were set. */
function removeStaleHeaders(reply: FastifyReply): void {
  const { raw } = reply;
  // `getHeaders()` merges what was set through the reply with what reached `reply.raw`: Fastify copies a
  // streamed body's headers onto `raw` before the stream fails, and `writeHead` would send both.
  for (const name of Object.keys(reply.getHeaders())) {
    if (!isRemovedHeader(name)) continue;
    reply.removeHeader(name);
    if (raw.hasHeader(name)) raw.removeHeader(name);
  }
}

/** Sets the plan's status and headers on the reply, and sends its body. */
function writePlan(reply: FastifyReply, plan: ResponsePlan): void {
  removeStaleHeaders(reply);
  reply.code(plan.status);
  // Fastify has no reason phrase of its own; `writeHead` takes the one set here (`500 OK` would mislead).
  setReasonPhrase(reply.raw, plan.reasonPhrase);
  for (const [name, value] of plan.headers) reply.header(name, value);
  // What the response already varies on (@fastify/cors sets `Origin`) is kept.
  reply.header('Vary', varyHeader(reply.getHeader('vary')));
  // The body goes out on HEAD as well: Fastify's HEAD routes measure and drop it (an empty payload would make
  // them send `Content-Length: 0`), and Node.js sends no body on a HEAD response.
  reply.send(bytesOf(plan.body));
}

/**
 * Sends a planned error response through the reply API, so the app's `onSend` hooks (@fastify/cors,
 * @fastify/compress, @fastify/helmet) still apply: the success path's headers removed, the plan's status and
 * headers set, `Vary` appended, the body sent as bytes.
 *
 * A request body left half-read (a route that piped `request.raw` into a consumer that failed) is unpiped and
 * drained first, and the answer waits until it is off the wire, as the Express and Koa adapters do (the core's `afterRequestBody`): otherwise
 * the keep-alive connection cannot carry the next request, and an answer written before the connection closes
 * can be lost to the TCP reset that unread data causes.
 *
 * @example
 * ```ts
 * fastify.setNotFoundHandler((request, reply) => sendReplyPlan(reply, layer.notFound(errorRequestOf(request))));
 * ```
 */
export function sendReplyPlan(reply: FastifyReply, plan: ResponsePlan): void {
  afterRequestBody(reply.request.raw, () => {
    // While the body drained, something else may have answered (a timeout, the failed consumer).
    if (!reply.sent && !reply.raw.headersSent) writePlan(reply, plan);
  });
}
