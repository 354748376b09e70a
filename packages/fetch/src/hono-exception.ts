import {
  Catalog,
  defaultCatalog,
  type ErrorLayerOptions,
  isCorsHeader,
  isErrorStatus,
  type MappedProblem,
} from '@status-i18n/core';

/** What of Hono's `HTTPException` is read: recognized by shape, so any copy of Hono is (as Hono's own handler). */
interface HttpExceptionLike extends Error {
  readonly status: number;
  readonly res?: unknown;
  getResponse(): unknown;
}

/** Whether a thrown value is a Hono `HTTPException` with an error status. */
export function isHttpException(error: unknown): error is HttpExceptionLike {
  if (!(error instanceof Error)) return false;
  const { status, getResponse } = error as Partial<HttpExceptionLike>;
  return typeof getResponse === 'function' && typeof status === 'number' && isErrorStatus(status);
}

// hono/validator's words for a body it could not parse. The FormData one ends with the parser's own message,
// which may quote the input: like a body parser's error, it gets the catalog's words.
const PARSER_MESSAGES = ['Malformed JSON in request body', 'Malformed FormData request.'];
const MAX_DETAIL = 10_000;

/**
 * The problem of an `HTTPException`'s message: Hono sends the message of a 4xx to the client (its default
 * handler answers with it), so a 4xx message is public, as an http-errors `expose` one is. A 5xx message stays
 * hidden, as every 5xx does here, and so do the validator's parser messages and a message that only repeats the
 * status's English name (it says nothing the title does not).
 */
function exceptionProblem(error: unknown, catalog: Catalog): MappedProblem | undefined {
  if (!isHttpException(error) || error.status >= 500) return undefined;
  const { message } = error;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  if (PARSER_MESSAGES.some((start) => message.startsWith(start))) return undefined;
  const title = catalog.describe(error.status, { locale: 'en' })?.title;
  if (title !== undefined && message.trim().toLowerCase() === title.toLowerCase()) return undefined;
  return { detail: message.slice(0, MAX_DETAIL) };
}

/**
 * The options with Hono's `HTTPException` read before the catalog's words: the application's own `map` first
 * (what it returns wins), then the exception's public message. Options of the wrong shape are passed on as they
 * are, for the layer to refuse with its `TypeError`.
 */
export function withHttpExceptions<Context>(
  options: ErrorLayerOptions<Context> | undefined,
): ErrorLayerOptions<Context> | undefined {
  if (options !== undefined && (typeof options !== 'object' || options === null)) return options;
  const own = options?.map;
  if (own !== undefined && typeof own !== 'function') return options;
  const catalog = options?.catalog instanceof Catalog ? options.catalog : defaultCatalog;
  return {
    ...options,
    map: (error, context, info) => own?.(error, context, info) ?? exceptionProblem(error, catalog),
  };
}

// What an `HTTPException`'s `res` may not bring: the headers the layer decides (as for `err.headers`), and the
// ones that described its body, which the problem replaces. Its `Vary` comes along, to be merged (see
// planToResponse); its CORS headers do not (`isCorsHeader`).
const NOT_CARRIED = new Set([
  'content-type',
  'content-length',
  'content-language',
  'content-encoding',
  'content-range',
  'content-location',
  'content-disposition',
  'content-md5',
  'content-digest',
  'repr-digest',
  'digest',
  'etag',
  'last-modified',
  'content-security-policy',
  'x-content-type-options',
  'transfer-encoding',
  'connection',
  'set-cookie',
]);

/**
 * The headers of an `HTTPException`'s own `res` that go onto the problem: Hono's middleware put their challenge
 * there (`WWW-Authenticate` of hono/basic-auth, bearer-auth, jwt), and an app its `Retry-After` or `Allow`.
 */
export function exceptionHeaders(error: unknown): Headers | undefined {
  if (!isHttpException(error)) return undefined;
  const carried = new Headers();
  try {
    // By shape: @hono/node-server puts a Response class of its own in place of the global one.
    const { headers } = error.res as { headers?: unknown };
    if (!(headers instanceof Headers)) return undefined;
    for (const [name, value] of headers) if (!NOT_CARRIED.has(name) && !isCorsHeader(name)) carried.set(name, value);
  } catch {
    // A `res` that is not a Response after all: nothing to carry.
    return undefined;
  }
  return carried;
}
