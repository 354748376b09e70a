import vary from 'vary';

/**
 * Headers an earlier handler set for the success response, which the error response must not keep (lower-case):
 *
 * - representation headers describe a body that is no longer sent, so they would be wrong;
 * - caching headers would let a browser or a CDN keep the error as long as the page it replaced (a year of a
 *   500 under `Cache-Control: public, max-age=31536000`): `Cache-Control`, `Expires`, `Pragma`, `Age`, and the
 *   ones meant for CDNs alone, `CDN-Cache-Control` (RFC 9213) and `Surrogate-Control`;
 * - redirect headers would send the client elsewhere from an error: `Location`, `Refresh`;
 * - hand-off headers ask the server in front to answer instead of us (nginx `X-Accel-Redirect`, Apache and
 *   lighttpd `X-Sendfile`, `X-Lighttpd-Send-File`): left on an error, the proxy would serve the file the route
 *   meant to send (a download whose permission check then failed), and drop our error response.
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
  // caching (`X-Accel-Expires`: nginx's own cache lifetime for the response)
  'cache-control',
  'expires',
  'pragma',
  'age',
  'cdn-cache-control',
  'surrogate-control',
  'x-accel-expires',
  // redirects
  'location',
  'refresh',
  // hand-off to the server in front
  'x-accel-redirect',
  'x-sendfile',
  'x-lighttpd-send-file',
];

// A CDN's own targeted field (`Cloudflare-CDN-Cache-Control`, RFC 9213) caches like `CDN-Cache-Control`.
const TARGETED_CACHE_CONTROL = '-cdn-cache-control';

/**
 * Whether a header set before the error must go from the error response ({@link REMOVED_HEADERS}).
 *
 * @param name a header name in lower case
 * @example
 * ```ts
 * for (const name of res.getHeaderNames()) if (isRemovedHeader(name)) res.removeHeader(name);
 * ```
 */
export function isRemovedHeader(name: string): boolean {
  return REMOVED_HEADERS.includes(name) || name.endsWith(TARGETED_CACHE_CONTROL);
}

/** What every error response varies on: the format and the language were negotiated from these. */
export const VARY_FIELDS: readonly string[] = ['Accept', 'Accept-Language'];

const VARY = VARY_FIELDS.join(', ');

/**
 * The `Vary` of an error response, given what the response already varied on (CORS varies on `Origin`): those
 * fields kept, then the error's own (`also`: a plan's `vary`), then {@link VARY_FIELDS}, each once (compared
 * without case), `*` left as `*`. The one rule every adapter writes `Vary` by, whatever its response object.
 *
 * @param existing the `Vary` already set, if any (a list or a number as Node.js may hold it)
 * @param also the fields the error's own headers named (`ResponsePlan.vary`)
 * @example
 * ```ts
 * varyHeader('Origin'); // 'Origin, Accept, Accept-Language'
 * varyHeader(undefined); // 'Accept, Accept-Language'
 * varyHeader('Origin', 'Cookie'); // 'Origin, Cookie, Accept, Accept-Language'
 * ```
 */
export function varyHeader(
  existing: string | number | readonly string[] | null | undefined,
  also?: string | null,
): string {
  if (also !== undefined && also !== null && also !== '') {
    const before = existing === undefined || existing === null ? [] : [existing].flat().map(String);
    return varyHeader([...before, also]);
  }
  if (existing === undefined || existing === null) return VARY;
  const text = Array.isArray(existing) ? existing.join(', ') : String(existing);
  // Empty list elements (`a,,b`) and stray spaces are dropped, and each field is named once (compared without
  // case): the response's and the error's own lists often share one (@koa/cors puts `Origin` in both).
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const item of text.split(',')) {
    const field = item.trim();
    const key = field.toLowerCase();
    if (field === '' || seen.has(key)) continue;
    seen.add(key);
    fields.push(field);
  }
  return fields.length === 0 ? VARY : vary.append(fields.join(', '), VARY_FIELDS as string[]);
}
