import type { ErrorLayerOptions } from '@status-i18n/core';
import { nextControlFlowError } from './next-control-flow';
import { createWebLayer } from './web-layer';

/**
 * Options of {@link withProblems}; the hooks receive the request as the handler declares it (`Request`, or
 * Next's `NextRequest` with its `nextUrl` and `cookies`).
 */
export type NextErrorOptions<Req extends Request = Request> = ErrorLayerOptions<Req>;

/**
 * Wraps a Next.js route handler: an error it throws (or a rejection) becomes a localized, safe response (RFC 9457
 * problem+json, JSON, HTML or text, negotiated from `Accept` and `Accept-Language`). Next's own control flow is
 * rethrown for Next to answer: `redirect()`, `permanentRedirect()`, `notFound()`, `forbidden()`,
 * `unauthorized()`, and its static-rendering bailouts. The second argument Next passes (`{ params }`) reaches
 * the handler as it is.
 *
 * @param options checked now; a wrong one throws a `TypeError` naming it. Default log: `console.error` for 5xx
 * @example
 * ```ts
 * // app/orders/[id]/route.ts
 * import { withProblems } from '@status-i18n/fetch/next';
 *
 * export const GET = withProblems(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
 *   const { id } = await params;
 *   return Response.json(await loadOrder(id));
 * });
 * ```
 */
export function withProblems<Req extends Request, Rest extends unknown[]>(
  handler: (request: Req, ...rest: Rest) => Response | Promise<Response>,
  options?: NextErrorOptions<Req>,
): (request: Req, ...rest: Rest) => Promise<Response> {
  // Checked now, as the options are: a handler that is not a function would fail every request as a 500.
  if (typeof handler !== 'function') {
    throw new TypeError('status-i18n: withProblems(handler, options) takes the route handler as a function first');
  }
  const layer = createWebLayer<Req>(options);
  return async function routeWithProblems(request, ...rest) {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      const control = nextControlFlowError(error);
      if (control !== undefined) throw control;
      return layer.respond(error, request, request);
    }
  };
}

export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
export { nextControlFlowError } from './next-control-flow';
