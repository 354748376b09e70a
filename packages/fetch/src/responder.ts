import type { ErrorLayerOptions } from '@status-i18n/core';
import { createWebLayer } from './web-layer';

/** Options of {@link toResponse}, {@link notFoundResponse} and {@link createResponder}; hooks receive `Context`. */
export type FetchErrorOptions<Context = Request> = ErrorLayerOptions<Context>;

/** What {@link createResponder} returns: the error path with its options checked once. */
export interface Responder {
  /** The error response for a thrown value; the hooks receive the `Request`. Never throws. */
  toResponse(error: unknown, request: Request): Response;
  /** The 404 response for a request no route answered. Never throws; not logged. */
  notFoundResponse(request: Request): Response;
}

/**
 * Checks the options once and returns the error path for them, for a hot path that answers many errors.
 * `toResponse(error, request, options)` makes one of these per options object and reuses it.
 *
 * @param options checked now; a wrong one throws a `TypeError` naming it. Default log: `console.error` for 5xx
 * @example
 * ```ts
 * const problems = createResponder({ defaultLocale: 'zh-CN', instance: true });
 * export default {
 *   async fetch(request: Request): Promise<Response> {
 *     try {
 *       return await route(request);
 *     } catch (error) {
 *       return problems.toResponse(error, request);
 *     }
 *   },
 * };
 * ```
 */
export function createResponder(options?: FetchErrorOptions): Responder {
  const layer = createWebLayer<Request>(options);
  return {
    toResponse: (error, request) => layer.respond(error, request, request),
    notFoundResponse: (request) => layer.notFound(request, request),
  };
}

// One responder per options object, so the one-call form checks an object once, not on every error. Weak:
// options made per request are let go with it.
const responders = new WeakMap<object, Responder>();
let defaultResponder: Responder | undefined;

/** The responder of an options object: made (and checked) on first use, then reused. */
export function responderFor(options: FetchErrorOptions | undefined): Responder {
  if (options === undefined) {
    defaultResponder ??= createResponder();
    return defaultResponder;
  }
  let responder = responders.get(options);
  if (responder === undefined) {
    responder = createResponder(options);
    responders.set(options, responder);
  }
  return responder;
}
