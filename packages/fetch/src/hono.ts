import type { ErrorLayerOptions } from '@status-i18n/core';
import type { Context, Env, ErrorHandler, NotFoundHandler } from 'hono';
import { exceptionHeaders, withHttpExceptions } from './hono-exception';
import { NonErrorThrown, thrownValue } from './hono-non-errors';
import { variesOnOrigin } from './response';
import { createWebLayer } from './web-layer';

export { nonErrors } from './hono-non-errors';
export { type ValidationHookResult, validationHook } from './hono-validation';

/**
 * Options of {@link onError} and {@link notFound}, one object for both; the hooks receive Hono's Context `c`.
 * `E` is the app's `Env` (as in `new Hono<E>()`), so that `c.get()` and `c.env` are typed in the hooks.
 *
 * @example
 * ```ts
 * type AppEnv = { Variables: { user: { locale: string } } };
 * const errors: HonoErrorOptions<AppEnv> = { locale: (c) => c.get('user')?.locale, instance: true };
 * const app = new Hono<AppEnv>();
 * app.onError(onError(errors));
 * app.notFound(notFound(errors));
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: Hono's own default Env, so that `HonoErrorOptions` alone fits any app.
export type HonoErrorOptions<E extends Env = any> = ErrorLayerOptions<Context<E>>;

/**
 * The headers `c` holds at the moment of the error (set by `c.header()`, hono/cors, a `c.res` already made),
 * taken off `c`: when an error handler returns, Hono copies the headers of the `c.res` it had onto the returned
 * response, over the response's own, which would bring back a `Cache-Control` or `Content-Type` of the success
 * path. Taken here, they go through the same rules as on Express: cross-cutting ones stay, the rest go.
 */
function takeHeaders<E extends Env>(c: Context<E>): Headers | undefined {
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
 * Adds `Origin` to the `Vary` of the answer to a value thrown past the middleware mounted after `nonErrors()`,
 * unless the headers allow every origin (`*`) or vary on it already. hono/cors, allowing origins by name, adds it
 * after the route, to every answer (one without an `Origin` too), which such a value never lets it do; and
 * nothing on the request says whether a CORS middleware is among them (for a request without an `Origin`, or from
 * an origin it refused, hono/cors sets nothing before the route). Varying on `Origin` is the side that cannot go
 * wrong: an answer without the `Access-Control-Allow-Origin` an allowed origin gets, kept by a cache and given to
 * that origin, would fail it; an extra `Vary` only makes a cache keep one answer per origin. (Mounted before
 * `nonErrors()`, hono/cors still adds it itself: see `NonErrorThrown`'s `corsOutside`.)
 */
function addVaryOrigin(headers: Headers): void {
  const vary = headers.get('vary');
  if (headers.get('access-control-allow-origin') === '*' || variesOnOrigin(vary)) return;
  headers.set('vary', vary === null || vary.trim() === '' ? 'Origin' : `${vary}, Origin`);
}

/**
 * Hono error handler for `app.onError(...)`: any error thrown in a route or middleware becomes a localized, safe
 * response (RFC 9457 problem+json, JSON, HTML or text, negotiated from `Accept` and `Accept-Language`).
 *
 * Hono's `HTTPException` keeps its status; the message of a 4xx is shown (Hono sends it too), a 5xx's is not. Its
 * own `res` is replaced by the problem, and the headers of that `res` (`WWW-Authenticate` of hono/basic-auth,
 * bearer-auth and jwt) are carried onto it. Headers set on `c` before the error (hono/cors) stay; the success
 * path's caching, redirect and representation headers do not. Hono hands it only `Error`s: mount
 * {@link nonErrors} first for a thrown string or plain object.
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
// biome-ignore lint/suspicious/noExplicitAny: Hono's own default Env, as in `new Hono()`.
export function onError<E extends Env = any>(options?: HonoErrorOptions<E>): ErrorHandler<E> {
  const layer = createWebLayer<Context<E>>(withHttpExceptions(options));
  return function statusI18nOnError(error, c) {
    // A value nonErrors() carried here is answered, and logged, as it was thrown.
    const thrown = thrownValue(error);
    const before = takeHeaders(c);
    // It passed every middleware after nonErrors() on its way: what they add after the route is missing.
    if (error instanceof NonErrorThrown && !error.corsOutside && before !== undefined) addVaryOrigin(before);
    return layer.respond(thrown, c.req.raw, c, { before, error: exceptionHeaders(thrown) });
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
// biome-ignore lint/suspicious/noExplicitAny: Hono's own default Env, as in `new Hono()`.
export function notFound<E extends Env = any>(options?: HonoErrorOptions<E>): NotFoundHandler<E> {
  const layer = createWebLayer<Context<E>>(options);
  return function statusI18nNotFound(c) {
    return layer.notFound(c.req.raw, c, { before: takeHeaders(c) });
  };
}

export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
