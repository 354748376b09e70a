import type { ServerResponse } from 'node:http';
import { isRemovedHeader, type ResponsePlan, varyHeader } from '@status-i18n/core';
import { isSendableHeader, setReasonPhrase, writeLastResort } from '@status-i18n/core/node';

/** What this package asks of Nest's HTTP adapter (`AbstractHttpAdapter`, the same on Nest 11 and 12). */
export interface NestHttpAdapter {
  getType(): string;
  /** The platform's app (the Fastify instance). */
  getInstance?(): unknown;
  getRequestMethod?(request: unknown): string;
  getRequestUrl?(request: unknown): string;
  isHeadersSent(response: unknown): boolean;
  getHeader?(response: unknown, name: string): unknown;
  setHeader(response: unknown, name: string, value: string): unknown;
  reply(response: unknown, body: unknown, statusCode?: number): unknown;
  status(response: unknown, statusCode: number): unknown;
  end(response: unknown, message?: unknown): unknown;
}

/** Fastify's reply, as this file sends through it. */
interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  header(name: string, value: string): unknown;
  send(body: unknown): unknown;
}

/** Whether a Fastify-platform response is Fastify's reply, rather than the raw response a Nest middleware gets. */
function isFastifyReply(response: unknown): response is FastifyReplyLike {
  const reply = response as Partial<FastifyReplyLike>;
  return typeof reply.code === 'function' && typeof reply.header === 'function' && typeof reply.send === 'function';
}

/**
 * Sets a header through Nest's adapter; on Fastify, through the reply, or on the raw response a Nest middleware's
 * exception comes with (Nest 11's adapter calls `reply.header()` on either, and fails on the raw one).
 */
function setHeader(
  adapter: NestHttpAdapter,
  onFastify: boolean,
  reply: FastifyReplyLike | undefined,
  response: unknown,
  name: string,
  value: string,
): void {
  if (reply !== undefined) reply.header(name, value);
  else if (onFastify) (response as ServerResponse).setHeader(name, value);
  else adapter.setHeader(response, name, value);
}

interface HeaderTarget {
  getHeaderNames?(): string[];
  getHeaders?(): Record<string, unknown>;
  hasHeader?(name: string): boolean;
  removeHeader?(name: string): unknown;
}

/**
 * The Node.js response under the platform's own: Fastify's `reply.raw`, or Express's `res`, which is one.
 * Only what Nest's adapters cannot do is done on it: the reason phrase, and removing a header.
 */
export function rawResponse(response: unknown): {
  statusMessage?: string;
  headersSent?: boolean;
  writableEnded?: boolean;
  destroy?(): void;
} {
  const raw = (response as { raw?: unknown }).raw;
  return (typeof raw === 'object' && raw !== null ? raw : response) as never;
}

/**
 * The headers the response carries so far, by name. Fastify's `reply.getHeaders()` includes those set on
 * `reply.raw` (by a middleware), and Express's `res` is the Node.js response: one call sees them all.
 */
function headersOf(target: HeaderTarget): Record<string, unknown> {
  if (typeof target.getHeaders === 'function') return target.getHeaders();
  const names = typeof target.getHeaderNames === 'function' ? target.getHeaderNames() : [];
  return Object.fromEntries(names.map((name) => [name, undefined]));
}

/**
 * Removes the headers an earlier handler set for the success response, and any that Node.js would refuse (Fastify
 * checks nothing `reply.header()` is given; `writeHead` would throw on a value with a line break, and the error
 * response with it). Nest's adapters can set a header but not remove one, so this calls the platform's
 * `removeHeader`: Express's `res` is Node's response; Fastify's reply keeps its own headers and sends those set
 * on `reply.raw` (by a middleware) as well, so both are cleared. Returns the headers that stay (`Vary` is kept
 * and added to).
 */
function removeSuccessHeaders(response: unknown): Record<string, unknown> {
  const target = response as HeaderTarget;
  const raw = rawResponse(response) as HeaderTarget;
  const headers = headersOf(target);
  for (const name in headers) {
    const value = headers[name];
    if (!isRemovedHeader(name.toLowerCase()) && (value === undefined || isSendableHeader(name, value))) continue;
    target.removeHeader?.(name);
    if (raw !== target && raw.hasHeader?.(name) === true) raw.removeHeader?.(name);
    delete headers[name];
  }
  return headers;
}

/**
 * Sends a planned error response through Nest's HTTP adapter, so the platform's own steps run (Fastify's
 * `onSend` and `onResponse` hooks, Express's HEAD handling): the success path's headers removed, the plan's set,
 * `Vary` appended to what the response already varies on, then the status and the body (none for HEAD). On
 * Fastify, through the reply's own methods, which the adapter calls (see the README, NestJS "Platforms").
 */
export function replyWithPlan(
  adapter: NestHttpAdapter,
  response: unknown,
  plan: ResponsePlan,
  /** Answers a failure of this answer on its way out (Fastify only: an `onSend` hook that throws on it). */
  failed: (failure: unknown) => void,
  onFastify: boolean,
): void {
  const kept = removeSuccessHeaders(response);
  // Read once: every header below goes the same way.
  const reply = onFastify && isFastifyReply(response) ? response : undefined;
  // Indexed, without destructuring (which iterates): this runs for every error response.
  const { headers } = plan;
  for (let index = 0; index < headers.length; index++) {
    const header = headers[index] as (typeof headers)[number];
    const name = header[0];
    const value = header[1];
    // Fastify measures every body it sends itself (and would parse a Content-Length only to compare it with that).
    if (onFastify && name === 'content-length') continue;
    // Every header the core plans is single-valued except an error's own list (`Link`): joined, as one field.
    setHeader(adapter, onFastify, reply, response, name, Array.isArray(value) ? value.join(', ') : value);
  }
  const vary = kept.vary;
  setHeader(
    adapter,
    onFastify,
    reply,
    response,
    'vary',
    varyHeader(typeof vary === 'string' || Array.isArray(vary) ? vary : undefined, plan.vary),
  );
  // No adapter method sets the status line's reason phrase; Node keeps the one set here when the platform writes
  // (HTTP/1 only: HTTP/2 has none).
  setReasonPhrase(rawResponse(response) as ServerResponse, plan.status, plan.reasonPhrase);
  // Plain ASCII as text: Node.js writes it in one chunk with the headers (see `ResponsePlan.text`). On Fastify
  // bytes are copied: the plan's are shared by every answer of the same words, and an onSend hook gets them to edit.
  const payload = plan.text ?? (onFastify ? Buffer.from(plan.body) : plan.body);
  if (onFastify) {
    // Through the reply, so Fastify's onSend and onResponse hooks run; Fastify sends the body as it is, and
    // leaves them out for HEAD. Marked first: if a hook fails on it, the failure comes back to the filter.
    const answering = response as AnsweringResponse;
    answering[ANSWERING] = { failed, send: answering.send, body: payload, kept };
    if (reply !== undefined) {
      // An error that came through Fastify's error handler (a body it cannot parse, a Fastify hook's error, a
      // middleware's `next(error)`) has used it: a failure of its answer goes to Fastify's default handler, which
      // ends with `reply.send(failure)` and would show the failure's message. The guard answers it instead.
      answering.send = sendAfterFailure;
      // What the adapter's reply() does with bytes, without its checks for what the plan never is (a StreamableFile,
      // an Error, an object under a non-JSON type), which parse the Content-Type on every answer.
      reply.code(plan.status).send(payload);
      return;
    }
    // The raw response (the exception of a Nest middleware on Fastify): the adapter makes a reply for it.
    adapter.reply(response, payload, plan.status);
    return;
  }
  // Express's reply() sends any object (a Buffer too) as JSON, and text with an ETag of its own: an error response
  // has none. Express has no hook on the send itself; Node leaves the body out for HEAD.
  adapter.status(response, plan.status);
  adapter.end(response, plan.head ? undefined : payload);
}

/** On a Fastify reply that carries a filter's answer: what a failure of the answer needs (see {@link isAnswering}). */
const ANSWERING = Symbol('status-i18n.nestjs.answering');

interface Answering {
  readonly failed: (failure: unknown) => void;
  /** The reply's own `send`, which the guard stands in front of. */
  readonly send: ((payload?: unknown) => unknown) | undefined;
  /** The answer's body: anything else sent while the answer is under way is a failure of it. */
  readonly body: string | Uint8Array;
  /** The headers that stayed before the answer (CORS, cookies): those of the safe 500, if it comes to that. */
  readonly kept: Record<string, unknown>;
}

type AnsweringResponse = { [ANSWERING]?: Answering; send?: (payload?: unknown) => unknown };

/**
 * The `send` of a Fastify reply under one of the filter's answers: a failure of the answer that Fastify's default
 * handler sends (`reply.send(failure)`) is answered by the filter (the safe 500, the failure logged). One function
 * for every reply, reading the answer from the reply.
 */
function sendAfterFailure(this: AnsweringResponse, payload?: unknown): unknown {
  const answering = this[ANSWERING] as Answering;
  // A hook can fail with any value, not only an Error (a thrown string): whatever is not the answer's own body.
  if (payload === answering.body) return answering.send?.call(this, payload);
  answering.failed(payload);
  return this;
}

/**
 * Whether the response carries an error response of the filter's, under way (Fastify platform). An app's Fastify
 * `onSend` hook that fails on it hands the failure to Nest, which brings it back to the filter: answering it
 * through the reply again would run the failing hook again, and its next failure would reach Fastify's own
 * default handler, which shows the message even for a 500.
 */
export function isAnswering(response: unknown): boolean {
  return (response as AnsweringResponse)[ANSWERING] !== undefined;
}

/**
 * Sends a last-resort plan (the layer's `lastResort()`) on the Node.js response under the reply, past the
 * platform's hooks (one of them just failed), with the reply's headers that stay on an error response.
 */
export function replyLastResort(response: unknown, plan: ResponsePlan): void {
  // The headers the reply had before the filter's answer (only an answer under way fails: see `isAnswering`), not
  // those the failure brought (Fastify's default handler copies a failure's `headers` onto the reply first).
  const carried = (response as AnsweringResponse)[ANSWERING]?.kept ?? {};
  writeLastResort(rawResponse(response) as ServerResponse, plan, carried);
}
