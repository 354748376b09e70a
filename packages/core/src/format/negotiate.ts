import Negotiator from 'negotiator';
import { BoundedCache } from '../internal/bounded-cache';
import { withoutMalformedWeights } from '../internal/quality';

/** The formats an error response can take. */
export type Format = 'problem+json' | 'json' | 'html' | 'text';

export const FORMATS: readonly Format[] = ['problem+json', 'json', 'html', 'text'];

export const MEDIA_TYPES: Readonly<Record<Format, string>> = {
  'problem+json': 'application/problem+json',
  json: 'application/json',
  html: 'text/html',
  text: 'text/plain',
};

const FORMAT_BY_MEDIA_TYPE = new Map(FORMATS.map((format) => [MEDIA_TYPES[format], format]));

// Real Accept headers are well under 1 KB; past this the rest is ignored so parsing cost stays bounded.
const MAX_HEADER_LENGTH = 4096;
const MAX_CACHED_HEADER_LENGTH = 512;

/**
 * The header with each media range's parameters left out but its weight (`q`). Negotiator matches parameters
 * exactly, so `application/json; charset=utf-8` or `text/html; level=1` would match none of the formats, which
 * carry no parameters (every error body is UTF-8).
 */
function qualityOnly(accept: string): string {
  if (!accept.includes(';')) return accept;
  return accept
    .split(',')
    .map((range) => {
      const [mediaType, ...parameters] = range.split(';');
      const weight = parameters.find((parameter) => /^\s*q\s*=/i.test(parameter));
      return weight === undefined ? (mediaType ?? '') : `${mediaType};${weight}`;
    })
    .join(',');
}

/**
 * Chooses a format from an `Accept` header (q-values, specificity, wildcards). A missing header, `*` / `*` and
 * an Accept that allows none of the formats all get the default: an error response is more useful than a 406.
 */
export class FormatNegotiator {
  readonly #mediaTypes: string[];
  readonly #defaultFormat: Format;
  // Negotiator parses the header anew each call: a browser's Accept costs about 10 µs of the core path's
  // 0.4 µs when it repeats (`node bench/caches.mjs`), and clients repeat theirs. Kept for that.
  readonly #cache = new BoundedCache<Format>(512);

  constructor(formats: readonly Format[], defaultFormat: Format) {
    // The default is listed first so that it wins ties such as `*/*` or `application/*`.
    this.#mediaTypes = [defaultFormat, ...formats.filter((format) => format !== defaultFormat)].map(
      (format) => MEDIA_TYPES[format],
    );
    this.#defaultFormat = defaultFormat;
  }

  negotiate(accept: string | undefined): Format {
    if (accept === undefined || accept === '') return this.#defaultFormat;
    const cacheable = accept.length <= MAX_CACHED_HEADER_LENGTH;
    const cached = cacheable ? this.#cache.get(accept) : undefined;
    if (cached !== undefined) return cached;
    const format = this.#negotiateUncached(accept);
    if (cacheable) this.#cache.set(accept, format);
    return format;
  }

  #negotiateUncached(accept: string): Format {
    let header = accept;
    if (header.length > MAX_HEADER_LENGTH) {
      const cut = header.lastIndexOf(',', MAX_HEADER_LENGTH);
      header = cut > 0 ? header.slice(0, cut) : '';
    }
    let best: string | undefined;
    try {
      // An entry whose weight is none (`application/json;q=2`) is malformed, and skipped rather than preferred.
      best = new Negotiator({ headers: { accept: qualityOnly(withoutMalformedWeights(header)) } }).mediaType(
        this.#mediaTypes,
      );
    } catch {
      best = undefined;
    }
    return (best !== undefined && FORMAT_BY_MEDIA_TYPE.get(best)) || this.#defaultFormat;
  }
}
