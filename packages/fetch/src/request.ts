import type { ErrorRequest } from '@status-i18n/core';

/**
 * A Fetch API `Request` as the error layer reads it: its method, its headers, and its path for `instance`. Only
 * `request.headers` and `request.url` are read; the body never is (it may be consumed, locked or still arriving).
 * A class rather than an object literal: one is made for every error, and the path (which only the `instance`
 * option reads) is parsed from the URL when asked for.
 */
class WebErrorRequest<Context> implements ErrorRequest<Context> {
  readonly method: string;
  readonly context: Context;
  readonly #request: Request;
  readonly #responseHeaders: Headers | undefined;

  constructor(request: Request, context: Context, responseHeaders: Headers | undefined) {
    // Read with care: a caller that passes something else (`toResponse(error, ctx)`) gets the safe 500, and a log
    // line that says why (see `header`), not a crash of its error path.
    this.method = (request as Partial<Request> | null | undefined)?.method ?? 'GET';
    this.context = context;
    this.#request = request;
    this.#responseHeaders = responseHeaders;
  }

  // A method, not an arrow function in a field: that would be one more closure for every error.
  header(name: string): string | undefined {
    const headers = (this.#request as Partial<Request> | null | undefined)?.headers;
    if (typeof headers?.get !== 'function') {
      throw new TypeError('status-i18n: toResponse(error, request) needs the Request itself: this one has no headers');
    }
    // `Headers` joins a repeated header with ", " itself; a missing one is `null`.
    return headers.get(name) ?? undefined;
  }

  responseHeader(name: string): string | undefined {
    return this.#responseHeaders?.get(name) ?? undefined;
  }

  get path(): string {
    try {
      return new URL(this.#request.url).pathname;
    } catch {
      // A relative or odd URL (a hand-made Request in a test runtime): the part before the query.
      const url = (this.#request as Partial<Request> | null | undefined)?.url;
      return (typeof url === 'string' && url.split('?', 1)[0]) || '/';
    }
  }
}

/**
 * Translates a `Request` into what the error layer reads.
 *
 * @param context what the hooks receive: the `Request` itself, or a framework's context (Hono's `c`)
 * @param responseHeaders the headers set for the response before the error (Hono's `c.header()`): a request id
 *   a middleware set there is the one the `requestId` option keeps
 * @example
 * ```ts
 * const plan = layer.respond(error, webErrorRequest(request, request));
 * ```
 */
export function webErrorRequest<Context>(
  request: Request,
  context: Context,
  responseHeaders?: Headers,
): ErrorRequest<Context> {
  return new WebErrorRequest(request, context, responseHeaders);
}
