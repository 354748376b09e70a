import { isRemovedHeader, type ResponsePlan, varyHeader } from '@status-i18n/core';
import type { ResponseHeaders } from './web-layer';

/**
 * Whether a CORS middleware allowed one origin by name on this response but has not said `Vary: Origin` yet:
 * hono/cors appends it after `next()`, that is, onto the answer the error handler returns. An `Origin` the error's
 * own `Vary` names would then be there twice.
 */
function corsAddsOriginLater(before: Headers | undefined): boolean {
  const allowed = before?.get('access-control-allow-origin');
  if (allowed === null || allowed === undefined || allowed === '*') return false;
  return !variesOnOrigin(before?.get('vary'));
}

const ORIGIN_FIELD = /(?:^|,)\s*origin\s*(?:,|$)/i;

/** Whether a `Vary` value names `Origin`. */
export function variesOnOrigin(vary: string | null | undefined): boolean {
  return typeof vary === 'string' && ORIGIN_FIELD.test(vary);
}

/** A `Vary` list without `Origin`. */
function withoutOrigin(fields: string): string {
  return fields
    .split(',')
    .filter((field) => field.trim().toLowerCase() !== 'origin')
    .join(',');
}

/**
 * Turns a planned error response into a `Response`.
 *
 * `headers.before` holds the headers the response had before the error (Hono's `c.header()`, hono/cors): the
 * success path's representation, caching and redirect headers are removed from them (`isRemovedHeader`), the
 * rest stay (CORS, `Set-Cookie`, request ids). `headers.error` (a Hono `HTTPException`'s own `res`) comes next,
 * then the plan's headers, which nothing replaces; `Vary` gets the error's own fields and `Accept, Accept-Language`
 * added to what it named.
 * A HEAD request gets the same status and headers, with a null body.
 *
 * @example
 * ```ts
 * return planToResponse(layer.respond(error, webErrorRequest(request, request)));
 * ```
 */
export function planToResponse(plan: ResponsePlan, { before, error }: ResponseHeaders = {}): Response {
  const headers = new Headers();
  if (before !== undefined) {
    for (const [name, value] of before) {
      if (isRemovedHeader(name) || name === 'set-cookie' || name === 'vary') continue;
      headers.set(name, value);
    }
    // Each cookie on its own line: `Headers` iterates them joined, which is not one valid Set-Cookie.
    // (`getSetCookie` is missing from runtimes older than Node.js 19.7: one joined value is all they have.)
    const cookies = typeof before.getSetCookie === 'function' ? before.getSetCookie() : [before.get('set-cookie')];
    for (const cookie of cookies) if (cookie !== null) headers.append('set-cookie', cookie);
  }
  if (error !== undefined) {
    for (const [name, value] of error) if (name !== 'vary') headers.set(name, value);
  }
  for (const [name, value] of plan.headers) {
    if (typeof value === 'string') {
      headers.set(name, value);
    } else {
      headers.delete(name);
      for (const item of value) headers.append(name, item);
    }
  }
  // What the response varied on before (hono/cors: `Origin`), then what the error's own headers named.
  let errorVary = [plan.vary, error?.get('vary')].filter((fields) => typeof fields === 'string').join(', ');
  if (errorVary !== '' && corsAddsOriginLater(before)) errorVary = withoutOrigin(errorVary);
  headers.set('vary', varyHeader(before?.get('vary'), errorVary));
  return new Response(plan.head ? null : (plan.body as Uint8Array<ArrayBuffer>), {
    status: plan.status,
    statusText: plan.reasonPhrase,
    headers,
  });
}
