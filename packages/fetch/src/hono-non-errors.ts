import type { MiddlewareHandler } from 'hono';

/**
 * A value thrown that is not an `Error`, carried as one through Hono's error path: Hono passes only `Error`s to
 * `onError`, and lets anything else leave `app.fetch` as a rejection, past every middleware.
 */
export class NonErrorThrown extends Error {
  /**
   * @param thrown the value as it was thrown
   * @param corsOutside whether the response already allowed an origin when {@link nonErrors} was reached: a CORS
   *   middleware mounted before it, whose code after `next()` (hono/cors appends `Vary: Origin` there) still runs
   *   on the answer
   */
  constructor(
    readonly thrown: unknown,
    readonly corsOutside = false,
  ) {
    super('non-error thrown');
    this.name = 'NonErrorThrown';
  }
}

/** The value the application threw: the one carried by {@link nonErrors}, or the error itself. */
export function thrownValue(error: unknown): unknown {
  return error instanceof NonErrorThrown ? error.thrown : error;
}

/**
 * Hono middleware that lets a thrown string, `null` or plain object reach `onError` like an `Error`: without it,
 * Hono rethrows them past `onError` and every middleware, and the server answers with a bare 500
 * (@hono/node-server: an empty body, no CORS headers). `onError` answers the value as Express does (a string is a
 * hidden 500, an object's `status` is read), with the headers already set on `c` (hono/cors), and its `log`
 * receives the value as it was thrown. Mount it first, before the middleware whose throws it should cover.
 *
 * @example
 * ```ts
 * const app = new Hono();
 * app.use(nonErrors());
 * app.use(cors());
 * app.onError(onError());
 * ```
 */
export function nonErrors(): MiddlewareHandler {
  return async function statusI18nNonErrors(c, next) {
    // Read before the route: a CORS middleware mounted before this one has set its headers by now. Only for a
    // request with an Origin (no CORS without one): reading `c.res` makes Hono create the response early.
    const corsOutside = c.req.header('origin') !== undefined && c.res.headers.has('access-control-allow-origin');
    try {
      await next();
    } catch (thrown) {
      // An Error thrown further on was answered by onError where it was thrown: only other values arrive here.
      throw thrown instanceof Error ? thrown : new NonErrorThrown(thrown, corsOutside);
    }
  };
}
