import Negotiator from 'negotiator';
import { BoundedCache } from '../internal/bounded-cache';
import { withoutMalformedWeights } from '../internal/quality';
import { chineseAliasOf, chineseLocaleOf, isLanguageTag, lookupCandidates } from './tags';

// Real Accept-Language headers are well under 200 bytes. Past this size the rest is ignored, so a hostile
// header costs a bounded amount of parsing however long it is.
const MAX_HEADER_LENGTH = 4096;
// Only short headers are cached: they are the ones real clients repeat.
const MAX_CACHED_HEADER_LENGTH = 256;

/** Keeps the whole entries within the first `MAX_HEADER_LENGTH` characters. */
function boundHeader(header: string): string {
  if (header.length <= MAX_HEADER_LENGTH) return header;
  const cut = header.lastIndexOf(',', MAX_HEADER_LENGTH);
  return cut > 0 ? header.slice(0, cut) : '';
}

/**
 * The requested language ranges, best first (q-values, then order), without q=0 and malformed entries (a range
 * that is no language tag, a weight that is none: `en;q=1.5`).
 */
export function preferredLanguages(acceptLanguage: string): string[] {
  const header = withoutMalformedWeights(boundHeader(acceptLanguage));
  if (header.trim() === '') return [];
  const ranges = new Negotiator({ headers: { 'accept-language': header } }).languages();
  return ranges.filter((range) => range === '*' || isLanguageTag(range));
}

// A weight of zero (`0`, `0.0`, `0.000`): the client refuses that language.
const ZERO_WEIGHT = /^0(?:\.0{0,3})?$/;

/** Whether one entry of the header (`zh-CN;q=0`) has a weight of zero: its parameters read one by one. */
function hasZeroWeight(parameters: readonly string[]): boolean {
  for (let index = 1; index < parameters.length; index++) {
    const parameter = parameters[index] as string;
    const equals = parameter.indexOf('=');
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== 'q') continue;
    return ZERO_WEIGHT.test(parameter.slice(equals + 1).trim());
  }
  return false;
}

/**
 * The language ranges the client refused (`q=0`), in lower case: Negotiator leaves them out of its list, and a
 * range it accepts must not reach them through a fallback (`zh-CN;q=0, zh` must not answer in `zh-CN`). Split,
 * not matched with one pattern: linear in the (bounded) header, whatever it holds.
 */
function refusedRanges(header: string): string[] {
  if (!header.includes('=')) return [];
  const refused: string[] = [];
  for (const entry of header.split(',')) {
    const parameters = entry.split(';');
    const range = (parameters[0] as string).trim();
    if (range === '*' || !isLanguageTag(range) || !hasZeroWeight(parameters)) continue;
    refused.push(range.toLowerCase());
    // A Chinese script refuses the locale it is another spelling of (`zh-Hans` is zh-CN, `zh-Hant-TW` zh-TW); a
    // region of its own (`zh-HK`, `zh-SG`) refuses only itself, not the locale whose words it would fall back to.
    const alias = chineseAliasOf(range);
    if (alias.toLowerCase() !== range.toLowerCase()) refused.push(alias.toLowerCase());
  }
  return refused;
}

const isChinese = (range: string) => range.slice(0, 3).toLowerCase() === 'zh-';

/** Whether `range` covers `tag` (both in lower case): the range itself, or a subtag of it (RFC 4647). */
const covers = (range: string, tag: string) => tag === range || tag.startsWith(`${range}-`);

/**
 * Whether a locale (in lower case) is refused when the client asked for `requested`: it falls under a refused
 * range, unless the client asked for it by name or for something narrower than what it refused (`zh;q=0, zh-TW`
 * wants zh-TW: the more specific range wins, as in `Accept`).
 */
function isRefused(lowerCase: string, refused: readonly string[], requested?: string): boolean {
  if (refused.length === 0 || lowerCase === requested) return false;
  for (const range of refused) {
    if (!covers(range, lowerCase)) continue;
    if (requested !== undefined && requested !== range && covers(range, requested)) continue;
    return true;
  }
  return false;
}

const NONE_REFUSED: readonly string[] = Object.freeze([]);

/**
 * Finds the available locale for one requested tag, comparing case-insensitively, passing over the ones the
 * client refused.
 */
function lookup(
  tag: string,
  availableByLowerCase: ReadonlyMap<string, string>,
  refused: readonly string[] = NONE_REFUSED,
): string | undefined {
  const requested = tag.toLowerCase();
  for (const candidate of lookupCandidates(tag)) {
    const lowerCase = candidate.toLowerCase();
    const match = availableByLowerCase.get(lowerCase);
    if (match !== undefined && !isRefused(lowerCase, refused, requested)) return match;
  }
  // Chinese written in the same script, under another tag: a problem written in `zh-Hant` answers `zh-TW` and
  // `zh-HK`, one in `zh-Hans` answers `zh-CN` (rather than the first Chinese it has, whatever its script).
  if (requested === 'zh' || isChinese(requested)) {
    const meant = chineseLocaleOf(tag);
    for (const [lowerCase, locale] of availableByLowerCase) {
      if (isChinese(lowerCase) && chineseLocaleOf(locale) === meant && !isRefused(lowerCase, refused, requested)) {
        return locale;
      }
    }
  }
  // A client that named a Chinese script or region and refused the locale of that script is not given the other
  // script (`zh-CN;q=0, zh-Hans` has nothing to read in Simplified Chinese, and did not ask for Traditional).
  // Otherwise, whatever else it refused (`zh-TW, fr;q=0`; `zh-Hant, zh-HK;q=0`, a region only itself), the other
  // script is still better than another language.
  if (isChinese(requested) && isRefused(chineseLocaleOf(tag)?.toLowerCase() ?? requested, refused)) return undefined;
  // A bare or unknown regional tag (`pt`, `pt-AO`) still matches a regional locale of the same language
  // (`pt-BR`) rather than falling to a different language.
  const language = `${tag.split('-')[0]?.toLowerCase()}-`;
  for (const [lowerCase, locale] of availableByLowerCase) {
    if (lowerCase.startsWith(language) && !isRefused(lowerCase, refused, requested)) return locale;
  }
  return undefined;
}

/**
 * The language ranges an `Accept-Language` header refuses (`q=0`), in lower case, the shipped Chinese locale a
 * refused script spells included (`zh-Hans;q=0` refuses `zh-cn`; a region refuses only itself), read within the
 * header's first 4,096 characters: what a fallback must not reach (see `LocaleNegotiator.resolve`).
 *
 * @example
 * ```ts
 * refusedLanguages('zh-TW, zh-Hans;q=0, en;q=0.5'); // ['zh-hans', 'zh-cn']
 * ```
 */
export function refusedLanguages(acceptLanguage: string): string[] {
  return refusedRanges(boundHeader(acceptLanguage));
}

/**
 * A negotiator bound to one set of locales, with a bounded cache of the answers for repeated headers.
 */
export class LocaleNegotiator {
  readonly #availableByLowerCase: ReadonlyMap<string, string>;
  // The locales as spelled: a tag that is one of them resolves to itself, without parsing (the request path
  // resolves the negotiated locale again for every lookup in the catalog).
  readonly #available: ReadonlySet<string>;
  readonly #defaultLocale: string;
  // Parsing and looking up a browser's Accept-Language costs about 2.3 µs; a repeated one, a lookup here
  // (`node bench/caches.mjs`). Clients repeat theirs, so it is kept.
  readonly #cache = new BoundedCache<string>(512);

  readonly #parents: ReadonlyMap<string, string>;

  /**
   * @param parents for a locale with words for only some codes (one an app added, `zh-HK`), the locale its
   *   missing words come from (`zh-TW`): a header that reaches the one reaches the other next, in `ranked`
   */
  constructor(available: readonly string[], defaultLocale: string, parents: ReadonlyMap<string, string> = new Map()) {
    this.#parents = parents;
    this.#availableByLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
    this.#available = new Set(available);
    // A default that is no available locale but means one (`zh-HK` → zh-TW, `en-GB` → en) names it, as it does
    // for `createCatalog()`; one that means none of them (`fr`) gives the first.
    this.#defaultLocale =
      this.#availableByLowerCase.get(defaultLocale.toLowerCase()) ??
      (isLanguageTag(defaultLocale) ? lookup(defaultLocale, this.#availableByLowerCase) : undefined) ??
      available[0] ??
      defaultLocale;
  }

  get defaultLocale(): string {
    return this.#defaultLocale;
  }

  /**
   * Resolves one tag that the application chose (`zh-Hant`, `EN`) to an available locale, if any; with the ranges
   * a client refused (`refusedLanguages`), never to one of those through a fallback.
   */
  resolve(tag: string, refused?: readonly string[]): string | undefined {
    if (this.#available.has(tag)) return tag;
    return isLanguageTag(tag) ? lookup(tag, this.#availableByLowerCase, refused) : undefined;
  }

  negotiate(acceptLanguage: string | undefined | null): string {
    if (typeof acceptLanguage !== 'string' || acceptLanguage === '') return this.#defaultLocale;
    const cacheable = acceptLanguage.length <= MAX_CACHED_HEADER_LENGTH;
    const cached = cacheable ? this.#cache.get(acceptLanguage) : undefined;
    if (cached !== undefined) return cached;
    const locale = this.#negotiateUncached(acceptLanguage);
    if (cacheable) this.#cache.set(acceptLanguage, locale);
    return locale;
  }

  #negotiateUncached(acceptLanguage: string): string {
    const { ranked, wildcard, refused } = this.#reach(acceptLanguage);
    const [best] = ranked;
    if (best !== undefined) return best;
    // RFC 4647, Section 3.4: in lookup, the wildcard matches the default (unless refused: then any other).
    if (wildcard) return this.#anyNotRefused(refused);
    // Nothing the client accepts: the default, refused or not (an answer in some language beats none).
    return this.#defaultLocale;
  }

  /**
   * The available locales the header's ranges reach, best first, each once, up to its wildcard (`*`, which
   * `wildcard` then says it reached), and the ranges it refused.
   */
  #reach(acceptLanguage: string): { ranked: string[]; wildcard: boolean; refused: readonly string[] } {
    const refused = refusedRanges(boundHeader(acceptLanguage));
    const ranked: string[] = [];
    for (const range of preferredLanguages(acceptLanguage)) {
      if (range === '*') return { ranked, wildcard: true, refused };
      const match = lookup(range, this.#availableByLowerCase, refused);
      if (match === undefined) continue;
      if (!ranked.includes(match)) ranked.push(match);
      const parent = this.#parents.get(match);
      // Refused unless the client asked for something narrower (`en-AU, en;q=0`: en-AU's words are wanted, and
      // those it lacks come from en), as in `lookup`.
      if (
        parent !== undefined &&
        !ranked.includes(parent) &&
        !isRefused(parent.toLowerCase(), refused, range.toLowerCase())
      ) {
        ranked.push(parent);
      }
    }
    return { ranked, wildcard: false, refused };
  }

  /**
   * Every available locale the header accepts, best first, each once (not the default that `*` or no match gives;
   * a locale with words for only some codes followed by its parent, which its missing words come from):
   * where the first lacks a word, the words of the next one the client accepts fit better than the default's.
   * Not cached: it is read only when the negotiated locale lacks a word (a locale an app added for a few codes).
   */
  ranked(acceptLanguage: string | undefined | null): string[] {
    if (typeof acceptLanguage !== 'string' || acceptLanguage === '') return [];
    return this.#reach(acceptLanguage).ranked;
  }

  /** The default locale, or when the client refused it, the first available one it did not. */
  #anyNotRefused(refused: readonly string[]): string {
    if (!isRefused(this.#defaultLocale.toLowerCase(), refused)) return this.#defaultLocale;
    for (const [lowerCase, locale] of this.#availableByLowerCase) if (!isRefused(lowerCase, refused)) return locale;
    return this.#defaultLocale;
  }
}

const NOT_A_LOCALE_LIST =
  'status-i18n: negotiateLocale() available must be a non-empty array of locale tags, e.g. ["en", "zh-CN"]';

// For the free function: one negotiator (and its cache of answers) per set of locales the caller passes.
const negotiators = new BoundedCache<LocaleNegotiator>(32);

/**
 * Picks the best of `available` for an `Accept-Language` header: q-values (RFC 9110, Section 12.5.4), RFC 4647
 * lookup with fallbacks (`zh`, `zh-Hans`, `zh-SG` → `zh-CN`; `zh-Hant`, `zh-HK`, `zh-MO` → `zh-TW`; `en-GB` →
 * `en`), `q=0` excludes, `*` and no match give `defaultLocale`, malformed entries are skipped (a range that is no
 * language tag; a weight outside 0 to 1 with three decimals, `zh-CN;q=1.5`), and an oversized header costs bounded
 * time.
 *
 * @param acceptLanguage the header value (may be missing)
 * @param available the locales to choose from, e.g. `['en', 'zh-CN', 'zh-TW']`: a non-empty array of strings
 *   (anything else throws a `TypeError`)
 * @param defaultLocale returned when nothing matches (default `'en'`); one that is not in `available` but means
 *   one of them is read as that one (`'zh-HK'` → `'zh-TW'`), else the first of `available` is
 * @returns one of `available`
 *
 * @example
 * ```ts
 * negotiateLocale('fr;q=1, zh-HK;q=0.5', ['en', 'zh-CN', 'zh-TW'], 'en'); // 'zh-TW'
 * ```
 */
export function negotiateLocale(
  acceptLanguage: string | undefined | null,
  available: readonly string[],
  defaultLocale = 'en',
): string {
  // Checked before the key is made of them: `available.join` of a string would fail with JavaScript's own words.
  if (!Array.isArray(available)) throw new TypeError(NOT_A_LOCALE_LIST);
  if (typeof defaultLocale !== 'string') {
    throw new TypeError('status-i18n: negotiateLocale() defaultLocale must be a string, e.g. "en"');
  }
  const key = `${defaultLocale}\u0000${available.join('\u0000')}`;
  let negotiator = negotiators.get(key);
  if (negotiator === undefined) {
    // Checked once per list: a repeated one is found in the cache.
    if (available.length === 0 || !available.every((locale) => typeof locale === 'string' && locale !== '')) {
      throw new TypeError(NOT_A_LOCALE_LIST);
    }
    negotiator = new LocaleNegotiator(available, defaultLocale);
    negotiators.set(key, negotiator);
  }
  return negotiator.negotiate(acceptLanguage);
}
