import { type FetchErrorOptions, responderFor } from './responder';

/**
 * Turns any thrown value into a localized, safe error `Response`: RFC 9457 problem+json, JSON, HTML or text,
 * negotiated from the request's `Accept` and `Accept-Language`, with the same options and rules as the Express
 * and Koa adapters. Reads only `request.method`, `request.headers` and `request.url`, never the body. Works
 * wherever `Request` and `Response` exist: Cloudflare Workers, Deno, Bun, Node.js 20+, Next.js, Hono.
 *
 * The options are checked the first time an options object is used (a wrong one throws a `TypeError` naming
 * it), then remembered for that object: pass the same object every time, or use `createResponder(options)`.
 *
 * @param options hooks receive the `Request`; default log: `console.error` for 5xx
 * @example
 * ```ts
 * import { toResponse } from '@status-i18n/fetch';
 *
 * const options = { instance: true };
 * export default {
 *   async fetch(request: Request): Promise<Response> {
 *     try {
 *       return await route(request);
 *     } catch (error) {
 *       return toResponse(error, request, options);
 *     }
 *   },
 * };
 * ```
 */
export function toResponse(error: unknown, request: Request, options?: FetchErrorOptions): Response {
  return responderFor(options).toResponse(error, request);
}

/**
 * The 404 `Response` for a request no route answered, in the same format and language as every other error
 * response. Not logged.
 *
 * @example
 * ```ts
 * if (!routes.has(new URL(request.url).pathname)) return notFoundResponse(request);
 * ```
 */
export function notFoundResponse(request: Request, options?: FetchErrorOptions): Response {
  return responderFor(options).notFoundResponse(request);
}

export type {
  ErrorLayerOptions,
  HookInfo,
  LogInfo,
  MappedProblem,
  ProblemDetails,
} from '@status-i18n/core';
export { createResponder, type FetchErrorOptions, type Responder } from './responder';
