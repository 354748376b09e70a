import type { IncomingMessage } from 'node:http';
import { readProperty } from '../error/read';
import type { ErrorRequest } from '../layer/request';

// body-parser's and co-body's status for the `request aborted` they make of a client that left mid-body, and
// body-parser's for a body that does not decode.
const CLIENT_BODY_STATUS = 400;

// formidable's code of the `Request aborted` it fails with (under koa-body); multer's error of the same words has none.
const FORMIDABLE_ABORTED = 1002;

/**
 * Whether `thrown` is what reading the body of `req` fails with when its client goes: the `aborted` (code
 * `ECONNRESET`) Node.js destroys the request stream with, that very error (an upstream response of the server's
 * that breaks fails with the same words); `Premature close` from a stream of it that never ended (as
 * @fastify/multipart's pipeline reports it: nothing tells it from another stream's); or the `Request aborted` of
 * the multipart parsers multer and formidable (koa-body).
 */
function isBodyAbortError(req: IncomingMessage, thrown: unknown): boolean {
  const code = readProperty(thrown, 'code');
  const message = readProperty(thrown, 'message');
  if (code === 'ECONNRESET' && message === 'aborted') return thrown === req.errored;
  return (
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (message === 'Request aborted' && (code === undefined || code === FORMIDABLE_ABORTED))
  );
}

/**
 * The status of `thrown` when it is the failure of reading a request body whose client left before the body
 * arrived whole (the connection closed in the middle of an upload): 400, as body-parser and co-body answer it. It
 * is no failure of the server, and nobody is left to read the answer: logged only with `logClientErrors`, not as
 * the 500 an error without a status would be. `undefined` for anything else: while the client is there, once the
 * body arrived whole, and for any other failure after the client left (a database that timed out meanwhile is
 * still the server's 500).
 *
 * @example
 * ```ts
 * const request = nodeErrorRequest(req, req, req.originalUrl, clientLeftStatus(req, error) ?? res.statusCode);
 * ```
 */
export function clientLeftStatus(req: IncomingMessage, thrown: unknown): number | undefined {
  return req.complete === false && req.socket?.destroyed === true && isBodyAbortError(req, thrown)
    ? CLIENT_BODY_STATUS
    : undefined;
}

// zlib's errors for data it cannot decode (gzip, deflate; a stream cut short), and brotli's, whose codes name the
// format rule broken (`ERR__ERROR_FORMAT_PADDING_1`).
const ZLIB_DATA_CODES: ReadonlySet<string> = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_NEED_DICT']);
const BROTLI_FORMAT_CODE = 'ERR__ERROR_FORMAT_';

/**
 * The status of `thrown` when it is zlib's failure to decode a request body the client sent compressed
 * (`Content-Encoding: gzip` over bytes that are not): 400, as body-parser answers it. co-body (koa-bodyparser,
 * koa-body) passes zlib's error on as it is, without a status, and it would be the server's 500, logged, for a
 * client's mistake. Only for a request that says its body is encoded; and nothing here tells the body's decoding
 * from the server's own zlib work on other data: the caller asks only while a parser reads the body (Koa: the
 * stream gave data, and no `ctx.request.body` is set yet).
 *
 * @example
 * ```ts
 * if (ctx.req.readableDidRead && ctx.request.body === undefined) encodedBodyStatus(ctx.req, error); // 400 under gzip
 * ```
 */
export function encodedBodyStatus(req: IncomingMessage, thrown: unknown): number | undefined {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') return undefined;
  const code = readProperty(thrown, 'code');
  if (typeof code !== 'string' || typeof readProperty(thrown, 'errno') !== 'number') return undefined;
  return ZLIB_DATA_CODES.has(code) || code.startsWith(BROTLI_FORMAT_CODE) ? CLIENT_BODY_STATUS : undefined;
}

/**
 * Where the headers already set on the response are read: Node.js's `ServerResponse` (Express's `res`, Koa's
 * `ctx.res`), Fastify's reply (which keeps them until it writes the head).
 */
export interface ResponseHeaders {
  getHeader(name: string): unknown;
}

/**
 * A header already set on `response` (see {@link ResponseHeaders}; anything without `getHeader()` has none), as
 * one string: a number as its digits (`setHeader('content-length', 12)`), a list joined as Node.js sends it.
 *
 * @example
 * ```ts
 * responseHeaderOf(res, 'x-request-id'); // the id a request-id middleware set, or undefined
 * ```
 */
export function responseHeaderOf(response: unknown, name: string): string | undefined {
  if (typeof (response as Partial<ResponseHeaders> | null | undefined)?.getHeader !== 'function') return undefined;
  const value = (response as ResponseHeaders).getHeader(name);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? value.join(', ') : undefined;
}

/**
 * A Node.js request as the layer reads it. A class rather than an object literal: one is made for every error,
 * and the path (which only the `instance` option reads) is worked out when asked for.
 */
class NodeErrorRequest<Context> implements ErrorRequest<Context> {
  readonly method: string;
  readonly context: Context;
  readonly presetStatus?: number;
  readonly #req: IncomingMessage;
  readonly #url: string | undefined;
  readonly #response: ResponseHeaders | undefined;

  constructor(
    req: IncomingMessage,
    context: Context,
    url: string | undefined,
    presetStatus: number | undefined,
    response: ResponseHeaders | undefined,
  ) {
    this.method = req.method ?? 'GET';
    this.context = context;
    this.#req = req;
    this.#url = url;
    this.#response = response;
    if (presetStatus !== undefined) this.presetStatus = presetStatus;
  }

  // A method, not an arrow function in a field: that would be one more closure for every error.
  header(name: string): string | undefined {
    const value = this.#req.headers[name];
    // A repeated header arrives as an array (Node joins most of them itself).
    return Array.isArray(value) ? value.join(', ') : value;
  }

  responseHeader(name: string): string | undefined {
    return responseHeaderOf(this.#response, name);
  }

  get path(): string {
    const url = typeof this.#url === 'string' ? this.#url : (this.#req.url ?? '/');
    return url.split('?', 1)[0] ?? '/';
  }
}

/**
 * Translates a Node.js request (what Express's `req` and Koa's `ctx.req` are) into what the error layer reads.
 *
 * @param context what the hooks receive: Express's `req`, Koa's `ctx`
 * @param url the URL the app was asked for, before any mount point changed `req.url` (Express's and Koa's
 *   `originalUrl`); `req.url` when it is not a string
 * @param presetStatus a status the response already carried before the error (Express's `res.status(409)` then
 *   `next(err)`), or what `clientLeftStatus` gives; used only when the error has none of its own
 * @param response the response, to read the headers already set on it (a request-id middleware's `X-Request-Id`,
 *   which the `requestId` option then keeps)
 *
 * @example
 * ```ts
 * const request = nodeErrorRequest(req, req, req.originalUrl, res.headersSent ? undefined : res.statusCode, res);
 * sendResponsePlan(req, res, layer.respond(error, request));
 * ```
 */
export function nodeErrorRequest<Context>(
  req: IncomingMessage,
  context: Context,
  url?: string,
  presetStatus?: number,
  response?: ResponseHeaders,
): ErrorRequest<Context> {
  return new NodeErrorRequest(req, context, url, presetStatus, response);
}
