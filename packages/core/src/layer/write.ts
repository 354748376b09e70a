import type { ServerResponse } from 'node:http';
import vary from 'vary';
import type { ResponsePlan } from './plan';

/**
 * Sends a planned error response on a Node.js response (what Express's `res` and Koa's `ctx.res` are).
 * The caller has checked that headers were not sent yet.
 *
 * @example
 * ```ts
 * if (!res.headersSent) writeResponsePlan(res, layer.respond(error, request));
 * ```
 */
export function writeResponsePlan(res: ServerResponse, plan: ResponsePlan): void {
  for (const name of plan.removeHeaders) res.removeHeader(name);
  res.statusCode = plan.status;
  res.statusMessage = plan.reasonPhrase;
  for (const [name, value] of plan.headers) res.setHeader(name, value);
  vary(res, plan.vary as string[]);
  res.end(plan.head ? undefined : plan.body);
}
