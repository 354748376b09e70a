import { type ErrorLayer, type ErrorRequest, isRemovedHeader, type ResponsePlan, varyHeader } from '@status-i18n/core';
import { afterRequestBody, isSendableHeader, setReasonPhrase, writeLastResort } from '@status-i18n/core/node';
import type { FastifyReply } from 'fastify';

/** What the answer needs of the layer if it fails while it is sent: the safe 500, and the log rule. */
type FailureLayer<Context> = Pick<ErrorLayer<Context>, 'lastResort' | 'report'>;

/**
 * Removes the success path's headers (`REMOVED_HEADERS`) wherever they were set, and any header Node.js would
 * refuse (Fastify checks none of what `reply.header()` is given; a value with a line break makes `writeHead`
 * throw, and the error response with it). Returns the headers that stay (CORS, cookies, request ids), for a
 * last-resort answer that has to do without the reply.
 */
function removeStaleHeaders(reply: FastifyReply): Record<string, unknown> {
  const { raw } = reply;
  // `getHeaders()` merges what was set through the reply with what reached `reply.raw`: Fastify copies a
  // streamed body's headers onto `raw` before the stream fails, and `writeHead` would send both. (A fresh object:
  // deleting from it while walking it is safe, and it is what the last-resort answer carries.)
  const headers = reply.getHeaders();
  for (const name in headers) {
    if (!isRemovedHeader(name) && isSendableHeader(name, headers[name])) continue;
    reply.removeHeader(name);
    if (raw.hasHeader(name)) raw.removeHeader(name);
    delete headers[name];
  }
  return headers;
}

/** Sets the plan's status and headers on the reply, and sends its body (`payload`: its text or its bytes). */
function writePlan(
  reply: FastifyReply,
  plan: ResponsePlan,
  payload: string | Uint8Array,
  kept: Record<string, unknown>,
): void {
  reply.code(plan.status);
  // Fastify sets no reason phrase; an `onSend` hook may still change the status (see setReasonPhrase).
  setReasonPhrase(reply.raw, plan.status, plan.reasonPhrase);
  // Indexed, without destructuring (which iterates): this runs for every error response. Content-Length is left to
  // Fastify, which measures every body it sends (and would parse ours only to compare it with its own measure).
  const { headers } = plan;
  for (let index = 0; index < headers.length; index++) {
    const header = headers[index] as (typeof headers)[number];
    if (header[0] !== 'content-length') reply.header(header[0], header[1]);
  }
  // What the response already varies on (@fastify/cors sets `Origin`) is kept, and what the error's own named.
  reply.header('vary', varyHeader(kept.vary as string | string[] | undefined, plan.vary));
  // The body goes out on HEAD as well: Fastify's HEAD routes measure and drop it (an empty payload would make
  // them send `Content-Length: 0`), and Node.js sends no body on a HEAD response. Text and the core's Buffers are
  // sent as they are by every Fastify 4 and 5 release under the Content-Type already set.
  reply.send(payload);
}

/** An error response of this adapter's under way: what its guard needs if the answer fails. */
interface Answer<Context> {
  /** The headers that stayed before the answer (CORS, cookies, request ids), for the last-resort answer. */
  readonly kept: Record<string, unknown>;
  readonly layer: FailureLayer<Context>;
  readonly request: ErrorRequest<Context>;
  /** The reply's own `send`, which the guard stands in front of. */
  readonly send: FastifyReply['send'];
  /** The answer's body: anything else sent while the answer is under way is a failure of it. */
  readonly body: string | Uint8Array;
}

/**
 * On a reply this adapter is answering: its {@link Answer}. A property of the reply rather than a WeakMap entry:
 * every error response would add one, and each costs the garbage collector extra work.
 */
const ANSWERING = Symbol('status-i18n.answering');
type AnsweringReply = FastifyReply & { [ANSWERING]?: Answer<unknown> };

/**
 * The `send` of a reply under one of our answers. Fastify's default handler, given a failure of the answer (an
 * app's `onSend` hook that threw on it), ends with `reply.send(failure)`: that failure is answered here with the
 * safe 500. One function for every reply, reading the answer from the reply: no closure per error response.
 */
function sendAfterFailure(this: AnsweringReply, payload?: unknown): FastifyReply {
  const answer = this[ANSWERING] as Answer<unknown>;
  // A hook can fail with any value, not only an Error (a thrown string): whatever is not the answer's own body.
  if (payload === answer.body) return answer.send.call(this, payload);
  // Fastify logged it at the level of the answer's status: under `error` for a 4xx, so it is logged again here
  // by the `log` rule, as the failure of the server it is.
  if (this.statusCode < 500) answer.layer.report(payload, answer.request);
  writeLastResort(this.raw, answer.layer.lastResort(answer.request), answer.kept);
  return this;
}

/**
 * Whether `reply` carries an error response of this adapter's, under way. For the error handler: a failure of the
 * not-found handler's answer (an app's `onSend` hook that threw on it) comes back to it as a new error, and
 * answering that one through the reply would run the failing hook again.
 */
export function isAnswering(reply: FastifyReply): boolean {
  return (reply as AnsweringReply)[ANSWERING] !== undefined;
}

/**
 * Answers with the core's safe 500 when the error response of `reply` (one of ours: see {@link isAnswering})
 * failed while it was sent, and logs the failure by the `log` rule.
 */
export function answerFailed<Context>(
  reply: FastifyReply,
  failure: unknown,
  layer: FailureLayer<Context>,
  request: ErrorRequest<Context>,
): void {
  layer.report(failure, request);
  writeLastResort(reply.raw, layer.lastResort(request), (reply as AnsweringReply)[ANSWERING]?.kept ?? {});
}

/**
 * Sends a planned error response through the reply API, so the app's `onSend` hooks (@fastify/cors,
 * @fastify/compress, @fastify/helmet) still apply: the success path's headers removed, the plan's status and
 * headers set, `Vary` appended, the body sent as bytes.
 *
 * If the answer fails on its way (an app's `onSend` hook throws on it), Fastify would give that failure to its
 * own default handler, which sends the failure's message even for a 500 and copies its headers. Instead the
 * client gets the core's safe 500, written on `reply.raw`. Fastify's default handler logs the failure (at the
 * answer's status: `info` for a 4xx, when the `log` rule logs it too) and then sends it through this reply's
 * `send`, which answers with the safe 500; a failure thrown here, where Fastify does not see it, is logged by
 * the `log` rule. A header Node.js would refuse is dropped before the answer, so it cannot fail on one.
 *
 * A request body left half-read (a route that piped `request.raw` into a consumer that failed) is unpiped and
 * drained first, and the answer waits until it is off the wire, as the Express and Koa adapters do (the core's
 * `afterRequestBody`): otherwise the keep-alive connection cannot carry the next request, and an answer written
 * before the connection closes can be lost to the TCP reset that unread data causes.
 *
 * @example
 * ```ts
 * const errorRequest = errorRequestOf(request, reply);
 * sendReplyPlan(reply, layer.notFound(errorRequest), layer, errorRequest);
 * ```
 */
export function sendReplyPlan<Context>(
  reply: FastifyReply,
  plan: ResponsePlan,
  layer: FailureLayer<Context>,
  /** The request, for the safe 500 and the log if the answer fails. */
  request: ErrorRequest<Context>,
): void {
  afterRequestBody(reply.request.raw, () => {
    // While the body drained, something else may have answered (a timeout, the failed consumer).
    if (reply.sent || reply.raw.headersSent) return;
    const kept = removeStaleHeaders(reply);
    // Plain ASCII as text: Node.js writes it in one chunk with the headers (see `ResponsePlan.text`). Bytes are
    // copied: the plan's are shared by every answer of the same words, and an app's onSend hook gets them to edit.
    const body = plan.text ?? Buffer.from(plan.body);
    const answering = reply as AnsweringReply;
    answering[ANSWERING] = { kept, layer, request, send: reply.send, body } as Answer<unknown>;
    answering.send = sendAfterFailure;
    try {
      writePlan(reply, plan, body, kept);
    } catch (failure) {
      answerFailed(reply, failure, layer, request);
    }
  });
}
