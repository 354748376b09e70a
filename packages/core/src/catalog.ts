import { type CustomCodeFacts, codeTables, constantNameOf } from './catalog-input/codes';
import { defaultLocaleOf, parentLocales } from './catalog-input/locales';
import { canonicalMessages, packsOf } from './catalog-input/messages';
import { type Words, wordsByLocale } from './catalog-input/words';
import { classKeyOf, isProtocol, type ProtocolTable } from './codes/registry';
import type { CodeFacts, Message, Protocol } from './codes/types';
import { checkKnownKeys } from './internal/known-keys';
import { checkNumber } from './internal/numeric-code';
import { LocaleNegotiator } from './locale/negotiate';
import { canonicalTag, tagOfPosixLocale } from './locale/tags';
import { builtInMessages, REFERENCE_LOCALE } from './locales';
import { type HtmlLabels, htmlLabelsFor, mergeHtmlLabels } from './locales/html-labels';
import type { LocaleMessageOverrides, LocalePack } from './locales/types';
import type { ValidationMessages } from './locales/validation-types';

/** What the catalog says about one code, in one locale. */
export interface CodeDescription {
  readonly protocol: Protocol;
  readonly code: number;
  /** Constant name (`NOT_FOUND`); for a code the catalog lacks, its class's (`CLIENT_ERROR`). */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** `'4xx'` for HTTP and FTP, `'1000-2999'` for WebSocket. */
  readonly classKey: string;
  readonly classTitle: string;
  readonly classDescription: string;
  /** Registered with IANA or defined by an RFC. */
  readonly official: boolean;
  readonly reference: string;
  /** For unofficial codes: who uses it. */
  readonly source?: string;
  readonly deprecated: boolean;
  readonly obsolete: boolean;
  /** WebSocket only: may be sent in a Close frame. */
  readonly sendable?: boolean;
  /** `false` when the catalog lacks the code and the words are its class's. */
  readonly known: boolean;
  /**
   * The catalog locale `title` and `description` are in: the requested one, or the fallback's that had the code's
   * words. The class's words fall back on their own, so `classTitle` and `classDescription` can be in another (a
   * partial `ja` without class words gives the default locale's).
   */
  readonly locale: string;
}

/** Options of {@link Catalog.describe}. */
export interface DescribeOptions {
  /** Default `'http'`. */
  readonly protocol?: Protocol;
  /**
   * A language tag, resolved like a one-entry `Accept-Language` (`zh-Hant` → `zh-TW`), or a POSIX locale name
   * (`zh_CN.UTF-8`) as the tag it stands for. Default: the catalog's.
   */
  readonly locale?: string | undefined;
}

export type { CustomCodeFacts } from './catalog-input/codes';

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /**
   * Words per locale: new locales (`ja`), overrides (`'zh-CN': { http: { 404: { title: '…' } } }`), new codes, and
   * the HTML page's own labels (`ja: { html: { details: '詳細' } }`).
   */
  readonly messages?: Readonly<Record<string, LocaleMessageOverrides>>;
  /**
   * Facts for codes the catalog lacks, e.g. `{ http: { 432: { key: 'QUOTA_EXCEEDED', official: false } } }`; `key`
   * is a constant name. A code the catalog has keeps the standard's facts (refused here). A code only `messages`
   * name gets a key made of its English title, or `HTTP_434` without one.
   */
  readonly codes?: { readonly [P in Protocol]?: Readonly<Record<number, CustomCodeFacts>> };
  /**
   * The locale used when nothing in a request matches: one the catalog has words for, or a tag that means one
   * (`zh-HK` → `zh-TW`); any other throws a `TypeError`. Default `'en'`.
   */
  readonly defaultLocale?: string;
  /**
   * Languages loaded on their own, each complete: `import { ja } from '@status-i18n/core/locales/ja'`, then
   * `locales: [ja]`. `messages` still override their words.
   */
  readonly locales?: readonly LocalePack[];
}

const DESCRIBE_OPTIONS: ReadonlySet<string> = new Set(['protocol', 'locale']);
const CATALOG_OPTIONS: ReadonlySet<string> = new Set(['messages', 'codes', 'defaultLocale', 'locales']);

/**
 * A catalog of codes and their words in several locales. The built-in one is {@link defaultCatalog};
 * {@link createCatalog} makes others.
 */
export class Catalog {
  /** The locales this catalog has words for, the default first. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  readonly #words: ReadonlyMap<string, Readonly<Record<Protocol, Words>>>;
  readonly #tables: Readonly<Record<Protocol, ProtocolTable>>;
  readonly #negotiator: LocaleNegotiator;
  // Every error response describes its status: about 2 µs with the fallback chain walked, a few map lookups from
  // here (`node bench/caches.mjs`). Bounded without a limit of its own: only codes within a class are kept (HTTP
  // 100–599, FTP 100–699, WebSocket 0–4999), in the catalog's own locales. Nested maps rather than one keyed by a
  // joined string: building and hashing a new key for every response cost more than the lookups.
  readonly #descriptions = new Map<Protocol, Map<string, Map<number, CodeDescription>>>();
  readonly #options: CatalogOptions;
  readonly #htmlLabels = new Map<string, Readonly<HtmlLabels>>();
  /** For a locale only `messages` adds (`zh-HK`), the complete locale its tag means (`zh-TW`): `parentLocales`. */
  readonly #parents: ReadonlyMap<string, string>;

  constructor(options: CatalogOptions = {}) {
    checkKnownKeys('createCatalog()', options, CATALOG_OPTIONS);
    this.#options = options;
    const packs = packsOf(options.locales);
    const messagesByLocale = canonicalMessages(options.messages);
    // The shipped words first, then the packs', then the app's: each overrides the words before it.
    const words = wordsByLocale([
      ...Object.entries(builtInMessages),
      ...packs.map((pack) => [canonicalTag(pack.locale), pack] as const),
      ...messagesByLocale,
    ]);
    this.#words = words;
    this.#tables = codeTables(options.codes, words);

    const available = [...words.keys()];
    const complete = [...new Set([...Object.keys(builtInMessages), ...packs.map((pack) => canonicalTag(pack.locale))])];
    this.#parents = parentLocales(available, complete);
    this.#negotiator = new LocaleNegotiator(
      available,
      defaultLocaleOf(options.defaultLocale, available),
      this.#parents,
    );
    this.defaultLocale = this.#negotiator.defaultLocale;
    this.locales = Object.freeze([this.defaultLocale, ...available.filter((locale) => locale !== this.defaultLocale)]);
    const overrides = (locale: string) => messagesByLocale.get(locale);
    const packOf = (locale: string) => packs.find((pack) => canonicalTag(pack.locale) === locale);
    // The default locale's labels first: a locale without labels of its own falls back to them.
    const ownLabels = (locale: string) => ({
      ...packOf(locale)?.html,
      ...overrides(locale)?.html,
    });
    const englishLabels = htmlLabelsFor(REFERENCE_LOCALE);
    const defaultLabels = mergeHtmlLabels(this.defaultLocale, ownLabels(this.defaultLocale), englishLabels);
    for (const locale of complete) {
      this.#htmlLabels.set(locale, Object.freeze(mergeHtmlLabels(locale, ownLabels(locale), defaultLabels)));
    }
    for (const locale of available) {
      if (complete.includes(locale)) continue;
      const parent = this.#parents.get(locale);
      // After the complete ones: an added locale's missing labels are its parent's (see `#parents`).
      const fallback = parent === undefined ? defaultLabels : (this.#htmlLabels.get(parent) as HtmlLabels);
      this.#htmlLabels.set(locale, Object.freeze(mergeHtmlLabels(locale, ownLabels(locale), fallback)));
    }
    const validation: Record<string, Partial<ValidationMessages>> = {};
    for (const locale of available) {
      const own = { ...packOf(locale)?.validation, ...overrides(locale)?.validation };
      if (Object.keys(own).length > 0) validation[locale] = Object.freeze(own);
    }
    this.validationMessages = Object.freeze(validation);
  }

  /**
   * The words of validation problems that the catalog adds to the shipped ones (en, zh-CN, zh-TW), by locale:
   * from its language packs (`locales`) and `messages[locale].validation`.
   */
  readonly validationMessages: Readonly<Record<string, Partial<ValidationMessages>>>;

  /**
   * What a code means, in the best locale the catalog has for `options.locale`. A code the catalog lacks but
   * whose class is valid (HTTP 432, 599) gets its class's words, as RFC 9110, Section 15 has clients treat it;
   * a code outside every class (HTTP 99, 600) gives `undefined`.
   *
   * @example
   * ```ts
   * catalog.describe(404, { locale: 'zh-CN' })?.title; // '未找到'
   * catalog.describe(550, { protocol: 'ftp' })?.key;   // 'FILE_UNAVAILABLE'
   * ```
   */
  describe(code: number, options: DescribeOptions = {}): CodeDescription | undefined {
    const protocol = options.protocol ?? 'http';
    if (!Number.isInteger(code) || !isProtocol(protocol)) return undefined;
    const locale = this.resolveLocale(options.locale);
    let byLocale = this.#descriptions.get(protocol);
    if (byLocale === undefined) {
      byLocale = new Map();
      this.#descriptions.set(protocol, byLocale);
    }
    let byCode = byLocale.get(locale);
    if (byCode === undefined) {
      byCode = new Map();
      byLocale.set(locale, byCode);
    }
    const cached = byCode.get(code);
    if (cached !== undefined) return cached;
    const description = this.#describeUncached(code, protocol, locale);
    // A code outside every class is not kept: any integer can be asked for, and the answer costs little.
    if (description !== undefined) byCode.set(code, description);
    return description;
  }

  /**
   * The catalog locale for an `Accept-Language` header (see {@link negotiateLocale}), cached for repeated
   * headers in a bounded cache.
   */
  negotiateLocale(acceptLanguage: string | undefined | null): string {
    return this.#negotiator.negotiate(acceptLanguage);
  }

  /** The catalog locale for one language tag (`zh-Hant` → `zh-TW`); the default when none fits. */
  resolveLocale(tag: string | undefined): string {
    return this.matchLocale(tag) ?? this.defaultLocale;
  }

  /**
   * The catalog's locales an `Accept-Language` header accepts, best first, each once; `[]` when it accepts none
   * (then the default is the answer, as {@link Catalog.negotiateLocale} gives).
   *
   * @example
   * ```ts
   * catalog.rankLocales('ko, en;q=0.9, zh-HK;q=0.5'); // ['en', 'zh-TW'] with the built-in locales only
   * ```
   */
  rankLocales(acceptLanguage: string | undefined | null): string[] {
    return this.#negotiator.ranked(acceptLanguage);
  }

  /**
   * The catalog locale for one language tag (`zh-Hant` → `zh-TW`), or for a POSIX locale name as the tag it stands
   * for (`zh_TW.UTF-8`, from `LANG` or a user table); `undefined` when none fits.
   */
  matchLocale(tag: string | undefined): string | undefined {
    if (typeof tag !== 'string') return undefined;
    return (
      this.#negotiator.resolve(tag) ?? (tag.includes('_') ? this.#negotiator.resolve(tagOfPosixLocale(tag)) : undefined)
    );
  }

  /**
   * The HTML error page's own words, also used by the text body (`Details`, `Request ID`, the stack's heading,
   * the colon that joins a label to its text) in the best locale the catalog has for `locale`: the application's
   * (`html` in `createCatalog({ messages })`), else the shipped ones of the locale or its language, else the
   * default locale's, as for a code's words.
   *
   * @example
   * ```ts
   * createCatalog({ messages: { ja: { html: { details: '詳細', colon: '：' } } } }).htmlLabels('ja').details; // '詳細'
   * ```
   */
  htmlLabels(locale?: string): Readonly<HtmlLabels> {
    return this.#htmlLabels.get(this.resolveLocale(locale)) as Readonly<HtmlLabels>;
  }

  /** The same words and codes with another default locale. */
  withDefaultLocale(defaultLocale: string): Catalog {
    // Through `createCatalog`: a class that names itself in its own body is renamed `_Catalog` by the bundler,
    // and that is the name apps would see in `console.log()` and stack traces.
    return defaultLocale === this.defaultLocale ? this : createCatalog({ ...this.#options, defaultLocale });
  }

  #describeUncached(code: number, protocol: Protocol, locale: string): CodeDescription | undefined {
    const table = this.#tables[protocol];
    const classKey = classKeyOf(table.classes, code);
    if (classKey === undefined) return undefined;
    const facts: CodeFacts | undefined = table.codes[code];
    const classWords = this.#wordsFor(protocol, classKey, locale);
    const codeWords = facts === undefined ? classWords : this.#wordsFor(protocol, String(code), locale, classWords);
    // The locale the title is in: a locale the app added for a few codes answers the others in a fallback's words,
    // and the response must not say it is in the requested language (Content-Language, `<html lang>`).
    const wordsLocale = codeWords.locale ?? classWords.locale ?? locale;
    return Object.freeze({
      protocol,
      code,
      key: facts?.key ?? classConstantName(protocol, classKey),
      title: codeWords.title,
      description: codeWords.description,
      classKey,
      classTitle: classWords.title,
      classDescription: classWords.description,
      official: facts?.official ?? false,
      reference: facts?.reference || table.classes[classKey]?.reference || table.classReference,
      ...(facts?.source === undefined ? {} : { source: facts.source }),
      deprecated: facts?.deprecated ?? false,
      obsolete: facts?.obsolete ?? false,
      ...(protocol === 'websocket' ? { sendable: facts?.sendable ?? (code >= 3000 && code <= 4999) } : {}),
      known: facts !== undefined,
      locale: wordsLocale,
    });
  }

  /**
   * Title and description, each from the first of: the locale, its parent (`#parents`), the default locale,
   * English, `fallback`; and the locale the title came from (`undefined` when it is the fallback's or the id
   * itself).
   */
  #wordsFor(
    protocol: Protocol,
    id: string,
    locale: string,
    fallback?: Message & { readonly locale?: string | undefined },
  ): Message & { readonly locale?: string | undefined } {
    let title: string | undefined;
    let description: string | undefined;
    let titleLocale: string | undefined;
    for (const candidate of [locale, this.#parents.get(locale), this.defaultLocale, REFERENCE_LOCALE]) {
      if (candidate === undefined) continue;
      const message = this.#words.get(candidate)?.[protocol].get(id);
      if (title === undefined && message?.title !== undefined) {
        title = message.title;
        titleLocale = candidate;
      }
      description ??= message?.description;
      if (title !== undefined && description !== undefined) break;
    }
    return {
      title: title ?? fallback?.title ?? id,
      description: description ?? fallback?.description ?? '',
      locale: title === undefined ? fallback?.locale : titleLocale,
    };
  }
}

/**
 * Makes a catalog with added locales, overridden words and the application's own codes. The default catalog
 * is never changed; pass the new one to the adapters' `catalog` option.
 *
 * @example
 * ```ts
 * const catalog = createCatalog({
 *   defaultLocale: 'zh-CN',
 *   messages: {
 *     ja: {
 *       http: { 404: { title: '見つかりません', description: 'ページが見つかりません。' } },
 *       html: { details: '詳細', requestId: 'リクエスト ID', colon: '：' },
 *     },
 *     'zh-CN': { http: { 404: { title: '页面走丢了' } } },
 *     en: { http: { 432: { title: 'Quota Exceeded', description: 'Your plan allows no more requests today.' } } },
 *   },
 *   codes: { http: { 432: { key: 'QUOTA_EXCEEDED', reference: 'ACME API' } } },
 * });
 * catalog.describe(432)?.key; // 'QUOTA_EXCEEDED'
 * ```
 */
export function createCatalog(options: CatalogOptions = {}): Catalog {
  return new Catalog(options);
}

/** The built-in catalog: `en`, `zh-CN` and `zh-TW`, default `en`. */
export const defaultCatalog: Catalog = new Catalog();

/**
 * What a code means, from the built-in catalog. See {@link Catalog.describe}.
 *
 * @example
 * ```ts
 * describe(404, { locale: 'zh-TW' }); // { code: 404, key: 'NOT_FOUND', title: '找不到', … }
 * describe(1006, { protocol: 'websocket' })?.sendable; // false
 * describe(600); // undefined
 * ```
 */
export function describe(code: number, options?: DescribeOptions): CodeDescription | undefined {
  // `'404'` (from a URL, a config file) is refused as no number; `404.5` is a number and no code: `undefined`.
  checkNumber('describe()', 'a code', code);
  // A misspelt option (`lcoale`) or a `catalog` (the words of a catalog are its own `describe()`'s) would be
  // ignored, and the default catalog's English words come back without a word of why.
  if (options !== undefined) {
    checkKnownKeys('describe()', options, DESCRIBE_OPTIONS);
    // A locale that is no tag (a number) or a misspelt protocol (`htpp`) would answer English, or nothing.
    const { locale, protocol } = options;
    if (locale !== undefined && typeof locale !== 'string') {
      throw new TypeError(`status-i18n: describe(): option "locale" must be a language tag, got a ${typeof locale}`);
    }
    if (protocol !== undefined && !isProtocol(protocol)) {
      throw new TypeError(`status-i18n: describe(): option "protocol" must be 'http', 'ftp' or 'websocket'`);
    }
  }
  return defaultCatalog.describe(code, options);
}

/**
 * Whether a value is a catalog, by its shape rather than its class: a catalog made by another copy of the core
 * package works just as well. Used where options are checked.
 *
 * @example
 * ```ts
 * if (!isCatalog(options.catalog)) throw new TypeError('"catalog" must come from createCatalog()');
 * ```
 */
export function isCatalog(value: unknown): value is Catalog {
  const candidate = value as Partial<Record<keyof Catalog, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    ['describe', 'negotiateLocale', 'rankLocales', 'matchLocale', 'withDefaultLocale', 'htmlLabels'].every(
      (method) => typeof candidate[method as keyof Catalog] === 'function',
    )
  );
}

/**
 * The constant name of a class (`CLIENT_ERROR`), the `key` of a code of it the catalog does not know: made of the
 * shipped English title, so an app that rewords the class (`messages.en.http['4xx']`) does not rename it.
 */
function classConstantName(protocol: Protocol, classKey: string): string {
  const words = builtInMessages[REFERENCE_LOCALE]?.[protocol] as Readonly<Record<string, Message>> | undefined;
  const title = words?.[classKey]?.title;
  return title === undefined ? '' : constantNameOf(title);
}
