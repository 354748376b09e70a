import type { IncomingMessage, ServerResponse } from 'node:http';
import onFinished from 'on-finished';
import type { ResponsePlan } from '../layer/plan';
import { isRemovedHeader } from '../layer/response-headers';
import { isSendableHeader, writeResponsePlan } from './write';

/**
 * Writes a planned error response once the request body is off the wire, reading and discarding whatever the
 * app left unread.
 *
 * A route that piped `req` into a consumer that then failed leaves the request paused half-read, and Node.js
 * does not drain a request that someone started to read: the connection cannot carry the next request until
 * the rest of the body is read, so a keep-alive client waits forever. Express's own final handler unpipes and
 * drains first; every Node.js adapter here does the same (Koa's own error handling does not, and wedges the same way).
 *
 * While body bytes are still on the wire, the answer waits for them rather than going out at once: written
 * early on a connection that then closes (`Connection: close`, HTTP/1.0), it can be lost to the TCP reset that
 * closing with unread data causes. A client that stops sending is ended by Node.js's `server.requestTimeout`,
 * as it would be without an error. A request already received in full (every GET) is answered at once.
 *
 * @example
 * ```ts
 * if (!res.headersSent) sendResponsePlan(req, res, layer.respond(error, request));
 * ```
 */
export function sendResponsePlan(req: IncomingMessage, res: ServerResponse, plan: ResponsePlan): void {
  afterRequestBody(req, () => {
    // While the body drained, something else may have answered (a timeout middleware, the failed consumer);
    // setting headers now would throw where nothing catches it.
    if (!res.headersSent) writeResponsePlan(res, plan);
  });
}

/**
 * Whether the request has no body at all: over HTTP/1, a request with neither `Transfer-Encoding` nor a
 * non-zero `Content-Length` has none (RFC 9112, Section 6.3). HTTP/2 sends a body without either header, so
 * its requests are not judged here.
 */
function hasNoBody(req: IncomingMessage): boolean {
  const { headers } = req;
  return (
    req.httpVersionMajor === 1 &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-length'] === undefined || headers['content-length'] === '0')
  );
}

/**
 * Calls `answer` once the request body is off the wire, reading and discarding whatever the app left unread
 * (see {@link sendResponsePlan} for why): at once for a request received in full. For adapters that write
 * the answer their own way (Fastify's reply).
 *
 * @example
 * ```ts
 * afterRequestBody(reply.request.raw, () => { if (!reply.sent) send(reply, plan); });
 * ```
 */
export function afterRequestBody(req: IncomingMessage, answer: () => void): void {
  // A consumer still piped would go on reading the body of a request already answered. (`req.unpipe()` is
  // what the `unpipe` module calls on every Node.js this package supports.)
  req.unpipe();
  if (hasNoBody(req)) {
    // Most error answers: nothing to read or wait for. (A GET's handler runs before Node.js marks the request
    // complete, so the check below would wait a turn and watch the socket for nothing.)
    answer();
    return;
  }
  if (req.complete || onFinished.isFinished(req)) {
    // Received in full, or the client is gone: nothing is left on the wire to wait for, and what is buffered
    // is let go.
    req.resume();
    answer();
    return;
  }
  onFinished(req, answer);
  req.resume();
}

/**
 * Closes the connection of a response that failed partway, so the client sees it truncated instead of a body
 * that looks complete.
 *
 * On the next turn of the event loop, as Express's final handler does: what the route wrote last is corked in
 * the socket until then, and the client should at least get the status line. `res.destroy()` rather than
 * `req.socket.destroy()`: over HTTP/2 it resets this response's stream, not every stream of the connection.
 *
 * @example
 * ```ts
 * if (res.headersSent && !res.writableEnded) truncateResponse(res);
 * ```
 */
export function truncateResponse(res: ServerResponse): void {
  setImmediate(() => res.destroy());
}

/**
 * Writes a last-resort plan (`ErrorLayer.lastResort()`) on the Node.js response under a framework's reply, past
 * the framework: for when the error response failed on its way out through it (one of its hooks threw on it).
 * The headers the reply carried that stay on an error response (CORS, cookies; not the success path's, not one
 * Node.js would refuse) go with it. A response whose head is already out is cut instead.
 *
 * @example
 * ```ts
 * writeLastResort(reply.raw, layer.lastResort(request), reply.getHeaders());
 * ```
 */
export function writeLastResort(res: ServerResponse, plan: ResponsePlan, carried: Record<string, unknown>): void {
  if (res.headersSent) {
    if (!res.writableEnded) truncateResponse(res);
    return;
  }
  for (const [name, value] of Object.entries(carried)) {
    if (value === undefined || res.hasHeader(name) || isRemovedHeader(name) || !isSendableHeader(name, value)) continue;
    res.setHeader(name, value as string | string[]);
  }
  writeResponsePlan(res, plan);
}
