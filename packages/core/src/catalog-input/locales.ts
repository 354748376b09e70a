// Which of a catalog's locales is its default, and where an added locale's missing words come from.
import { LocaleNegotiator } from '../locale/negotiate';
import { REFERENCE_LOCALE } from '../locales';

/**
 * The catalog locale `createCatalog({ defaultLocale })` names: one of `available`, or the one a tag means as a
 * request's would (`zh-HK` → `zh-TW`, `zh` → `zh-CN`, `en-GB` → `en`). One it has no words for throws a
 * `TypeError`: answering English instead, without a word, would hide the mistake until a client saw it.
 */
export function defaultLocaleOf(tag: unknown, available: readonly string[]): string {
  if (tag === undefined) return REFERENCE_LOCALE;
  const matched =
    typeof tag === 'string' && tag !== '' ? new LocaleNegotiator(available, REFERENCE_LOCALE).resolve(tag) : undefined;
  if (matched !== undefined) return matched;
  throw new TypeError(
    `status-i18n: createCatalog() option "defaultLocale" must be one of the catalog's locales (${available.join(', ')}) or a tag that means one (zh-HK), got ${typeof tag === 'string' ? `"${tag}"` : String(tag)}: load its language pack (locales: [...]) or give it messages`,
  );
}

/**
 * For each locale in `available` that is not `complete` (one only `messages` adds, which may have words for a
 * few codes), the complete locale its tag means, as a request for it would be answered without it (`zh-HK` →
 * `zh-TW`, `en-AU` → `en`, `pt-PT` → `pt-BR` with its pack): where it lacks a word, that is its reader's
 * language before the default is. The shipped locales and the language packs are complete.
 */
export function parentLocales(available: readonly string[], complete: readonly string[]): Map<string, string> {
  const parents = new Map<string, string>();
  const completeNegotiator = new LocaleNegotiator(complete, REFERENCE_LOCALE);
  for (const locale of available) {
    if (complete.includes(locale)) continue;
    const parent = completeNegotiator.resolve(locale);
    if (parent !== undefined) parents.set(locale, parent);
  }
  return parents;
}
