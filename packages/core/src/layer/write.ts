import type { ServerResponse } from 'node:http';
import vary from 'vary';
import type { ResponsePlan } from './plan';

/**
 * Headers an earlier handler set for the success response, which the error response must not keep (lower-case):
 *
 * - representation headers describe a body that is no longer sent, so they would be wrong;
 * - caching headers would let a browser or a CDN keep the error as long as the page it replaced (a year of a
 *   500 under `Cache-Control: public, max-age=31536000`): `Cache-Control`, `Expires`, `Pragma`, `Age`, and the
 *   ones meant for CDNs alone, `CDN-Cache-Control` (RFC 9213) and `Surrogate-Control`;
 * - redirect headers would send the client elsewhere from an error: `Location`, `Refresh`.
 *
 * An error response thus has no caching rule unless its error gives one in `err.headers` (set after these are
 * removed). Cross-cutting headers (CORS, `Set-Cookie`, request ids, `Vary`) are left alone.
 */
export const REMOVED_HEADERS: readonly string[] = [
  // representation
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
  'content-range',
  'content-disposition',
  'content-md5',
  'digest',
  'content-digest',
  'repr-digest',
  'etag',
  'last-modified',
  'transfer-encoding',
  // caching
  'cache-control',
  'expires',
  'pragma',
  'age',
  'cdn-cache-control',
  'surrogate-control',
  // redirects
  'location',
  'refresh',
];

// A CDN's own targeted field (`Cloudflare-CDN-Cache-Control`, RFC 9213) caches like `CDN-Cache-Control`.
const TARGETED_CACHE_CONTROL = '-cdn-cache-control';

/** What every error response varies on: the format and the language were negotiated from these. */
const VARY_FIELDS = ['Accept', 'Accept-Language'];
const VARY = VARY_FIELDS.join(', ');

/**
 * Sends a planned error response on a Node.js response (what Express's `res` and Koa's `ctx.res` are): removes
 * the headers an earlier handler set for the success response ({@link REMOVED_HEADERS}), then sets the status,
 * the plan's headers and `Vary`, and ends with the body (none for HEAD). The caller has checked that headers
 * were not sent yet.
 *
 * @example
 * ```ts
 * if (!res.headersSent) writeResponsePlan(res, layer.respond(error, request));
 * ```
 */
export function writeResponsePlan(res: ServerResponse, plan: ResponsePlan): void {
  // Only the headers that are there (usually none of them): cheaper than removing every name in the list.
  for (const name of res.getHeaderNames()) {
    if (REMOVED_HEADERS.includes(name) || name.endsWith(TARGETED_CACHE_CONTROL)) res.removeHeader(name);
  }
  res.statusCode = plan.status;
  res.statusMessage = plan.reasonPhrase;
  for (const [name, value] of plan.headers) res.setHeader(name, value);
  // What the response already varies on (CORS sets `Origin`) is kept.
  if (res.hasHeader('vary')) vary(res, VARY_FIELDS);
  else res.setHeader('Vary', VARY);
  res.end(plan.head ? undefined : plan.body);
}
