import type { Catalog, CodeDescription } from '../catalog';
import { REFERENCE_LOCALE } from '../locales';
import { type HtmlLabels, htmlLabelsFor } from '../render/html-labels';

// A reason phrase goes into the status line, which carries only visible ASCII and spaces.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// A catalog only answers with its own locales; the bound is for a look-alike catalog that does not.
const MAX_LOCALES = 64;

/**
 * The catalog's words for error statuses, looked up once. Both keys are few: the catalog's locales, and the
 * statuses 400–599.
 */
export class CatalogEntries {
  readonly #catalog: Catalog;
  readonly #byLocale = new Map<string, Map<number, CodeDescription>>();
  readonly #reasonPhrases = new Map<number, string>();

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  /** The entry of an error status (an integer 400–599) in a locale of the catalog. */
  get(status: number, locale: string): CodeDescription {
    let byStatus = this.#byLocale.get(locale);
    if (byStatus === undefined) {
      if (this.#byLocale.size >= MAX_LOCALES) this.#byLocale.clear();
      byStatus = new Map();
      this.#byLocale.set(locale, byStatus);
    }
    let entry = byStatus.get(status);
    if (entry === undefined) {
      // Every integer 400–599 is in a class, so the catalog always answers.
      entry = this.#catalog.describe(status, { locale }) as CodeDescription;
      byStatus.set(status, entry);
    }
    return entry;
  }

  /**
   * The HTML page's and the text body's own words in a locale of the catalog; read only when a body is rendered,
   * not per response.
   */
  labels(locale: string): Readonly<HtmlLabels> {
    // A look-alike catalog from an older copy of the core package has no labels of its own.
    const catalog = this.#catalog as Partial<Pick<Catalog, 'htmlLabels'>>;
    return typeof catalog.htmlLabels === 'function' ? catalog.htmlLabels(locale) : htmlLabelsFor(locale);
  }

  /**
   * The status line's reason phrase: the English title (RFC 9110 names). An earlier handler's phrase (Koa sets
   * one with every status) must not stay: `500 OK` misleads.
   */
  reasonPhrase(status: number): string {
    let phrase = this.#reasonPhrases.get(status);
    if (phrase === undefined) {
      const title = this.#catalog.describe(status, { locale: REFERENCE_LOCALE })?.title ?? '';
      phrase = PRINTABLE_ASCII.test(title) ? title : '';
      this.#reasonPhrases.set(status, phrase);
    }
    return phrase;
  }
}
