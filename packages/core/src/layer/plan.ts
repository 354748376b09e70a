/** Everything an adapter needs to send an error response, decided without any framework. */
export interface ResponsePlan {
  readonly status: number;
  /** The status line's reason phrase: the catalog's English title (RFC 9110 names), ASCII only. */
  readonly reasonPhrase: string;
  /** Headers to set, after `removeHeaders` are removed. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  /** Representation headers an earlier handler may have set for a body that is no longer sent; lower-case. */
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
 * Representation headers describe a body; the error body replaces it, so they would be wrong. Cross-cutting
 * headers (CORS, Set-Cookie, request ids, caching rules) are left alone.
 */
export const REPRESENTATION_HEADERS: readonly string[] = [
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
];
