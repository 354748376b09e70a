import { type Catalog, defaultCatalog } from './catalog';
import { checkKnownKeys } from './internal/known-keys';
import { checkWholeNumber } from './internal/numeric-code';

/** RFC 6455, Section 5.5: a control frame's payload is at most 125 bytes, two of which carry the close code. */
export const MAX_CLOSE_REASON_BYTES = 123;

/** Options of {@link closeReason}. */
export interface CloseReasonOptions {
  /** A language tag, resolved against the catalog's locales. Default: the catalog's default locale. */
  readonly locale?: string | undefined;
  /** Default: the built-in catalog. */
  readonly catalog?: Catalog;
}

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character (or a grapheme cluster). */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  // Whole grapheme clusters first, so an accent or an emoji sequence is not split from its base;
  // a single cluster longer than the limit (a letter with dozens of combining marks) is cut by code point.
  return keepWithin(graphemes.segment(text), maxBytes) || keepWithin(text, maxBytes);
}

function keepWithin(pieces: Iterable<string | { segment: string }>, maxBytes: number): string {
  let kept = '';
  let bytes = 0;
  for (const piece of pieces) {
    const text = typeof piece === 'string' ? piece : piece.segment;
    const size = encoder.encode(text).length;
    if (bytes + size > maxBytes) break;
    kept += text;
    bytes += size;
  }
  return kept;
}

const CLOSE_REASON_OPTIONS: ReadonlySet<string> = new Set(['locale', 'catalog']);

/**
 * A localized reason for a WebSocket Close frame: the code's title, cut on a character boundary to the
 * 123-byte limit of a close frame's reason.
 *
 * Throws a `RangeError` for codes an endpoint must not send (RFC 6455, Section 7.4): 1004, 1005, 1006, 1015,
 * the unassigned 1016–2999, and anything outside 1000–4999; a `TypeError` for a code that is no number (`'1000'`).
 *
 * @example
 * ```ts
 * socket.close(1001, closeReason(1001, { locale: 'zh-CN' })); // '终端离开'
 * closeReason(1006); // throws RangeError: status-i18n: WebSocket close code 1006 must not be sent in a Close frame
 * ```
 */
export function closeReason(code: number, options: CloseReasonOptions = {}): string {
  // A misspelt option (`lang`) would answer in the default language without a word.
  checkKnownKeys('closeReason()', options, CLOSE_REASON_OPTIONS);
  checkWholeNumber('closeReason()', 'a WebSocket close code', code);
  const catalog = options.catalog ?? defaultCatalog;
  const entry = catalog.describe(code, { protocol: 'websocket', locale: options.locale });
  const assigned = entry !== undefined && (entry.known || code >= 3000);
  if (entry === undefined || !assigned || entry.sendable !== true) {
    throw new RangeError(`status-i18n: WebSocket close code ${code} must not be sent in a Close frame`);
  }
  return truncateUtf8(entry.title, MAX_CLOSE_REASON_BYTES);
}
