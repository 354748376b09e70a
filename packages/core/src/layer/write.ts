import type { ServerResponse } from 'node:http';
import vary from 'vary';
import type { ResponsePlan } from './plan';

const TARGETED_CACHE_CONTROL = '-cdn-cache-control';

// Every plan of a layer shares one list of Vary fields: joined once, not for every response.
let lastVary: readonly string[] | undefined;
let lastVaryValue = '';

function varyValueOf(fields: readonly string[]): string {
  if (fields !== lastVary) {
    lastVaryValue = fields.join(', ');
    lastVary = fields;
  }
  return lastVaryValue;
}

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
  // Only the headers that are there (usually none of them): cheaper than removing every name in the list.
  for (const name of res.getHeaderNames()) {
    // A CDN's own targeted field (`Cloudflare-CDN-Cache-Control`, RFC 9213) caches like `CDN-Cache-Control`.
    if (plan.removeHeaders.includes(name) || name.endsWith(TARGETED_CACHE_CONTROL)) res.removeHeader(name);
  }
  res.statusCode = plan.status;
  res.statusMessage = plan.reasonPhrase;
  for (const [name, value] of plan.headers) res.setHeader(name, value);
  if (res.hasHeader('vary')) vary(res, plan.vary as string[]);
  else res.setHeader('Vary', varyValueOf(plan.vary));
  res.end(plan.head ? undefined : plan.body);
}
