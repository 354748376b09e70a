// Reading `createCatalog()`'s `messages` and `locales`: each locale's words checked where they are given, so that a
// mistake throws a `TypeError` at startup rather than leaving a response without the words meant.
import { checkKnownKeys } from '../internal/known-keys';
import { canonicalTag, chineseAliasOf, INTL_TAG_RULE, isIntlLanguageTag } from '../locale/tags';
import { REFERENCE_LOCALE } from '../locales';
import { htmlLabelsFor } from '../locales/html-labels';
import type { LocaleMessageOverrides, LocalePack } from '../locales/types';
import { builtInValidationMessages } from '../locales/validation';
import type { ValidationMessages } from '../locales/validation-types';
import { checkFormattable, compileMessage } from '../problems/icu';
import { exampleParams } from '../problems/openapi/example-params';
import { argumentsOf, type MessageArgument } from '../problems/openapi/message-arguments';

const LOCALE_MESSAGE_PARTS: ReadonlySet<string> = new Set(['http', 'ftp', 'websocket', 'html', 'validation']);
// The page's own words a locale may give (`html`): the English labels name every one.
const HTML_LABEL_NAMES: ReadonlySet<string> = new Set(Object.keys(htmlLabelsFor(REFERENCE_LOCALE)));
// The rules a locale may word (`validation`): the English words name every one.
const VALIDATION_MESSAGE_NAMES: ReadonlySet<string> = new Set(
  Object.keys(builtInValidationMessages[REFERENCE_LOCALE] as ValidationMessages),
);

/**
 * Checks `messages[tag].validation` as `defineProblems()` checks its messages, so that a mistake throws a
 * `TypeError` now rather than answering with the shipped words (or "NaN") without a word: a misspelt rule
 * (`tooshort`), a message that is not a string or not valid ICU, an argument the rule does not give
 * (`{minimun}`), or one formatted otherwise than the rule gives it (`{values, number}` for the list of values;
 * any argument may be printed as it is, `{minimum}`).
 */
function checkValidationWords(tag: string, validation: unknown): void {
  const where = `createCatalog() messages["${tag}"].validation`;
  checkKnownKeys(where, validation as object, VALIDATION_MESSAGE_NAMES);
  for (const [name, message] of Object.entries(validation as object)) {
    if (typeof message !== 'string') throw new TypeError(`status-i18n: ${where}.${name} must be a string`);
    const given = validationArguments(name);
    const compiled = compileMessage(message, tag, `${where}.${name}`);
    for (const [argument, { kind }] of argumentsOf(compiled)) {
      const expected = given.get(argument)?.kind;
      if (expected === kind || (expected !== undefined && kind === 'text')) continue;
      const names = [...given.keys()].map((known) => `{${known}}`).join(', ') || 'none';
      throw new TypeError(
        expected === undefined
          ? `status-i18n: ${where}.${name} names {${argument}}, which the rule does not give (it gives ${names})`
          : `status-i18n: ${where}.${name} formats {${argument}} as ${kind}; the rule gives it as ${expected}`,
      );
    }
    checkFormattable(compiled, exampleParams(given, {}), `${where}.${name}`);
  }
}

/** The arguments the English words of a validation rule use: what the rule gives a message to format. */
function validationArguments(name: string): Map<string, MessageArgument> {
  const english = (builtInValidationMessages[REFERENCE_LOCALE] as Record<string, string>)[name] as string;
  return argumentsOf(compileMessage(english, REFERENCE_LOCALE, name));
}

/**
 * `createCatalog({ messages })` by locale, each tag in its canonical case (`ZH-cn` is `zh-CN`): a key written in
 * another case must override the words of the locale it names, not make a second locale that takes its requests.
 * Two keys of one locale are merged, the later one's words winning. A key that is not a language tag throws: it
 * would become a Content-Language value and an HTML lang attribute.
 */
export function canonicalMessages(messages: unknown): Map<string, LocaleMessageOverrides> {
  const byLocale = new Map<string, LocaleMessageOverrides>();
  if (messages === undefined) return byLocale;
  // `null`, a list or a string would add nothing, and the app's words would be missing without a word.
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    throw new TypeError(
      'status-i18n: createCatalog() option "messages" is an object of words by language tag, as { ja: { http: { … } } }',
    );
  }
  for (const [tag, words] of Object.entries(messages)) {
    if (!isIntlLanguageTag(tag)) throw new TypeError(`status-i18n: "${tag}" is not a language tag ${INTL_TAG_RULE}`);
    if (words === null || typeof words !== 'object') continue;
    // A misspelt part (`htpp`) would add the locale with none of its words; a misspelt label, keep English's.
    checkKnownKeys(`createCatalog() messages["${tag}"]`, words, LOCALE_MESSAGE_PARTS);
    const { html, validation } = words as { html?: unknown; validation?: unknown };
    if (html !== undefined && html !== null) {
      checkKnownKeys(`createCatalog() messages["${tag}"].html`, html as object, HTML_LABEL_NAMES);
    }
    if (validation !== undefined && validation !== null) checkValidationWords(tag, validation);
    const locale = chineseAliasOf(canonicalTag(tag));
    const earlier = byLocale.get(locale) as Record<string, object | undefined> | undefined;
    if (earlier === undefined) {
      byLocale.set(locale, words as LocaleMessageOverrides);
      continue;
    }
    const merged: Record<string, unknown> = { ...earlier, ...words };
    for (const part of ['http', 'ftp', 'websocket', 'html', 'validation']) {
      const later = (words as Record<string, object | undefined>)[part];
      if (earlier[part] !== undefined && later !== undefined) merged[part] = { ...earlier[part], ...later };
    }
    byLocale.set(locale, merged as LocaleMessageOverrides);
  }
  return byLocale;
}

/** The language packs of `createCatalog({ locales })`, checked: each must name its language with a real tag. */
export function packsOf(locales: unknown): readonly LocalePack[] {
  if (locales === undefined) return [];
  if (!Array.isArray(locales)) throw new TypeError('status-i18n: "locales" must be an array of language packs');
  for (const pack of locales) {
    const locale: unknown = (pack as Partial<LocalePack> | null)?.locale;
    if (typeof locale !== 'string' || !isIntlLanguageTag(locale)) {
      throw new TypeError(
        'status-i18n: each of "locales" must be a language pack, e.g. from @status-i18n/core/locales/ja',
      );
    }
  }
  return locales as readonly LocalePack[];
}
