import { LocaleNegotiator } from '../locale/negotiate';
import { REFERENCE_LOCALE } from '../locales';
import type { ProblemResolveContext } from './member';

/**
 * Which of a problem's languages answers a request, by the catalog's own fallbacks: the requested locale, or
 * the locale its tag means (`zh-Hans` → `zh-CN`, `zh-HK` → `zh-TW`, `en-GB` → `en`), or another region of its
 * language; then, the same way, each other locale the client accepts, best first; then the default locale; then
 * English; then the problem's first language. A fallback never reaches a language the client refused (`q=0`),
 * as negotiation does not (the default and English themselves, and the problem's first language, stay the last
 * resorts: an answer in some language beats none).
 */
export class LocaleChoice {
  readonly #negotiator: LocaleNegotiator;
  readonly #first: string;
  readonly #available: ReadonlySet<string>;

  /** @param available the problem's languages, in the order they were written (never empty) */
  constructor(available: readonly string[]) {
    this.#first = available[0] ?? REFERENCE_LOCALE;
    this.#available = new Set(available);
    this.#negotiator = new LocaleNegotiator(available, this.#first);
  }

  /**
   * @param locale the locale negotiated for the request
   * @param context `defaultLocale`; where the client's header chose `locale`, its other accepted locales, best
   *   first (a problem written in English and Chinese answers `ja, zh-CN;q=0.8` in Chinese, not in the default),
   *   and the languages it refused, never reached through a fallback. Read only when the problem lacks `locale`.
   */
  choose(locale: string, context: ProblemResolveContext): string {
    // The problem's own language, as most requests find it: nothing else of the request is read.
    if (this.#available.has(locale)) return locale;
    const refused = context.refusedLanguages;
    const accepted = context.acceptedLocales;
    return (
      this.#negotiator.resolve(locale, refused) ??
      (accepted === undefined ? undefined : this.#firstOf(accepted, refused)) ??
      this.#negotiator.resolve(context.defaultLocale, refused) ??
      this.#negotiator.resolve(REFERENCE_LOCALE, refused) ??
      this.#first
    );
  }

  #firstOf(accepted: Iterable<string>, refused: readonly string[] | undefined): string | undefined {
    for (const locale of accepted) {
      const chosen = this.#negotiator.resolve(locale, refused);
      if (chosen !== undefined) return chosen;
    }
    return undefined;
  }
}
