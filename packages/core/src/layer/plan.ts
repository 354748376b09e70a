import type { Catalog } from '../catalog';
import { type Format, MEDIA_TYPES } from '../format/negotiate';
import { REFERENCE_LOCALE } from '../locales';
import { HTML_CONTENT_SECURITY_POLICY } from '../render/html-style';
import type { BuiltProblem } from './problem';
import { renderBody } from './render';
import { isHeaderSafeRequestId } from './request-id';

/** Everything an adapter needs to send an error response, decided without any framework. */
export interface ResponsePlan {
  readonly status: number;
  /** The status line's reason phrase: the catalog's English title (RFC 9110 names), ASCII only. */
  readonly reasonPhrase: string;
  /** Headers to set, once the success path's are removed (see `writeResponsePlan`). */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  /**
   * The body as UTF-8 bytes; `Content-Length` is its length. A `Buffer` where the runtime has one (Node.js writes it
   * as it is), a plain `Uint8Array` elsewhere: no runtime needs `Buffer`.
   */
  readonly body: Uint8Array;
  /**
   * The same body as text when it is plain ASCII (most English and JSON bodies), else `undefined`. Node.js writes a
   * text body in one chunk with the status line and headers, where bytes make a second one: the cheaper write, for
   * the writers on Node.js. Text with other characters is not: joined to the headers it is re-encoded on every
   * write, which costs more than the second chunk.
   */
  readonly text?: string | undefined;
  /** A HEAD request: the same headers, no body. */
  readonly head: boolean;
  /**
   * The fields the error's own `Vary` named (`err.headers`), if any: added to the response's `Vary` with the
   * response's own fields and `Accept, Accept-Language` (`varyHeader(existing, plan.vary)`), never replacing them.
   */
  readonly vary?: string | undefined;
}

// A reason phrase goes into the status line, which carries only visible ASCII and spaces.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The status line's reason phrase: the English title (RFC 9110 names). An earlier handler's phrase (Koa sets one
 * with every status) must not stay: `500 OK` misleads.
 */
function reasonPhraseOf(catalog: Catalog, status: number): string {
  const title = catalog.describe(status, { locale: REFERENCE_LOCALE })?.title ?? '';
  return PRINTABLE_ASCII.test(title) ? title : '';
}

/** What a plan needs beyond the problem: the catalog it was built from, and where a request id is echoed. */
export interface PlanSettings {
  readonly catalog: Catalog;
  /** The response header the request id is sent back in: the one the `requestId` option reads, or `X-Request-Id`. */
  readonly requestIdHeader: string | undefined;
}

/**
 * Plans the response of a problem in a format: renders the body, and lists the headers every error response
 * carries after the error's own (`err.headers` cannot replace these: they are set last).
 */
export function planResponse(built: BuiltProblem, format: Format, head: boolean, settings: PlanSettings): ResponsePlan {
  const { text, bytes: body } = renderBody(built, format, settings.catalog);
  const headers: Array<readonly [string, string | string[]]> = [];
  let vary: string | undefined;
  for (const header of built.headers) {
    // The error's `Vary` is merged into the response's by the adapter, which knows what the response had.
    if (header[0].toLowerCase() === 'vary') vary = [vary, header[1]].flat().filter(Boolean).join(', ');
    else headers.push(header);
  }
  // Names in lower case, as HTTP/2 sends them and Fastify and Node.js store them: a name that has to be lowered
  // first is a new string on every response, which the engine then has to look up to use it as a key.
  headers.push(
    ['content-type', `${MEDIA_TYPES[format]}; charset=utf-8`],
    ['content-length', String(body.length)],
    ['content-language', built.locale],
    ['x-content-type-options', 'nosniff'],
  );
  if (format === 'html') headers.push(['content-security-policy', HTML_CONTENT_SECURITY_POLICY]);
  // An id read from a header is a plain token already; one the app's function computed is sent only if it is one.
  if (
    built.requestId !== undefined &&
    settings.requestIdHeader !== undefined &&
    isHeaderSafeRequestId(built.requestId)
  ) {
    headers.push([settings.requestIdHeader, built.requestId]);
  }
  const { status } = built.problem;
  // Frozen: a reused plan is shared by every response it answers.
  return Object.freeze({
    status,
    reasonPhrase: reasonPhraseOf(settings.catalog, status),
    headers: Object.freeze(headers),
    body,
    // As many UTF-8 bytes as characters: ASCII only.
    text: body.length === text.length ? text : undefined,
    head,
    // Always present (`undefined` when the error named none): every plan has one shape, which the adapters read
    // on every error response.
    vary: vary === '' ? undefined : vary,
  });
}
