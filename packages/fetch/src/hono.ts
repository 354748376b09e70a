import type { ErrorLayerOptions } from '@status-i18n/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { exceptionHeaders, withHttpExceptions } from './hono-exception';
import { createWebLayer } from './web-layer';

/** Options of {@link onError} and {@link notFound}; the hooks receive Hono's Context `c`. */
export type HonoErrorOptions = ErrorLayerOptions<Context>;

/**
 * The headers `c` holds at the moment of the error (set by `c.header()`, hono/cors, a `c.res` already made),
 * taken off `c`: when an error handler returns, Hono copies the headers of the `c.res` it had onto the returned
 * response, over the response's own, which would bring back a `Cache-Control` or `Content-Type` of the success
 * path. Taken here, they go through the same rules as on Express: cross-cutting ones stay, the rest go.
 */
function takeHeaders(c: Context): Headers | undefined {
  try {
    const before = new Headers(c.res.headers);
    // Emptied, and not finalized: Hono then takes the returned response as it is (a notFound handler's too).
    c.res = undefined;
    c.finalized = false;
    return before;
  } catch {
    return undefined;
  }
}

/**
 * Hono error handler for `app.onError(...)`: any error thrown in a route or middleware becomes a localized, safe
 * response (RFC 9457 problem+json, JSON, HTML or text, negotiated from `Accept` and `Accept-Language`).
 *
 * Hono's `HTTPException` keeps its status; the message of a 4xx is shown (Hono sends it too), a 5xx's is not. Its
 * own `res` is replaced by the problem, and the headers of that `res` (`WWW-Authenticate` of hono/basic-auth,
 * bearer-auth and jwt) are carried onto it. Headers set on `c` before the error (hono/cors) stay; the success
 * path's caching, redirect and representation headers do not.
 *
 * @param options checked now; a wrong one throws a `TypeError` naming it. Default log: `console.error` for 5xx
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { notFound, onError } from '@status-i18n/fetch/hono';
 *
 * const app = new Hono();
 * app.onError(onError({ instance: true }));
 * app.notFound(notFound());
 * ```
 */
export function onError(options?: HonoErrorOptions): ErrorHandler {
  const layer = createWebLayer<Context>(withHttpExceptions(options));
  return function statusI18nOnError(error, c) {
    return layer.respond(error, c.req.raw, c, { before: takeHeaders(c), error: exceptionHeaders(error) });
  };
}

/**
 * Hono handler for `app.notFound(...)`: a 404 in the same format and language as every other error response.
 * Not logged.
 *
 * @example
 * ```ts
 * app.notFound(notFound());
 * ```
 */
export function notFound(options?: HonoErrorOptions): NotFoundHandler {
  const layer = createWebLayer<Context>(options);
  return function statusI18nNotFound(c) {
    return layer.notFound(c.req.raw, c, { before: takeHeaders(c) });
  };
}

export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
