/** Everything an adapter needs to send an error response, decided without any framework. */
export interface ResponsePlan {
  readonly status: number;
  /** The status line's reason phrase: the catalog's English title (RFC 9110 names), ASCII only. */
  readonly reasonPhrase: string;
  /** Headers to set, after `removeHeaders` are removed. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  /**
   * Headers an earlier handler may have set for the success response (its body, caching, redirect); lower-case.
   * `writeResponsePlan` also removes every CDN's targeted `<CDN>-CDN-Cache-Control` (RFC 9213).
   */
  readonly removeHeaders: readonly string[];
  /** Fields to append to `Vary`, keeping what is there. */
  readonly vary: readonly string[];
  readonly body: Buffer;
  /** A HEAD request: the same headers, no body. */
  readonly head: boolean;
}

/** What the layer needs to know about a request; each adapter builds it from its framework's request. */
export interface ErrorRequest<Context> {
  readonly method: string;
  /** The path (without the query), for `instance`. */
  readonly path: string;
  /** A request header by lower-case name. */
  readonly header: (name: string) => string | undefined;
  /** Express's `req` or Koa's `ctx`, handed to the hooks. */
  readonly context: Context;
  /** A status the response already carried before the error (Express). */
  readonly presetStatus?: number;
}

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
