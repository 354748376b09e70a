import { truncateText } from '../../internal/text';
import { isLanguageTag } from '../../locale/tags';
import { REFERENCE_LOCALE } from '../../locales';
import { builtInValidationMessages } from '../../locales/validation';
import type { ValidationMessages } from '../../locales/validation-types';
import { type CompiledMessage, compileMessage, formatMessage } from '../icu';
import { LocaleChoice } from '../locale-choice';
import type { ProblemResolveContext } from '../member';
import type { RuleKind, ValidationRule } from './issue';

type MessageKey = keyof ValidationMessages;
type ExtraMessages = NonNullable<ProblemResolveContext['validationMessages']>;

// A list of allowed values is schema data, but a schema can allow thousands: the message names the first ones.
const MAX_LISTED_VALUES = 20;
const MAX_VALUE_LENGTH = 100;

// The formatted messages kept per locale. Their parameters come from schemas (a minimum, the allowed values), so
// an application has few; the bound only keeps a pathological schema from growing the table without end.
const MAX_FORMATTED = 1000;

/** The words of validation problems in one locale, compiled on first use. */
export class ValidationWords {
  readonly locale: string;
  readonly #messages: Readonly<Record<string, string>>;
  // One entry per message key: as bounded as the table.
  readonly #compiled = new Map<string, CompiledMessage | null>();
  // A message with the same parameters always reads the same, and every validation problem repeats its
  // schema's: formatted once and kept. ICU formatting costs about 2 µs a message, and a problem has one per field:
  // five field errors are read and worded in 12 µs from here, 24 µs without (`node bench/caches.mjs`).
  // The title, the detail by count, and `oneOf` lists by the values shown, by text:
  readonly #formatted = new Map<string, string>();
  // The field messages of every other rule, by kind, then its parameters (see firstParameter):
  readonly #fields = new Map<RuleKind, Map<unknown, Map<unknown, string>>>();
  // Messages kept in the two, together: at most MAX_FORMATTED.
  #kept = 0;
  // `oneOf` messages by the list of values itself (see #oneOf): held no longer than the list.
  readonly #oneOfByList = new WeakMap<
    readonly unknown[],
    { readonly items: readonly unknown[]; readonly text: string }
  >();
  #list: Intl.ListFormat | null | undefined;

  constructor(locale: string, messages: Readonly<Record<string, string>>) {
    this.locale = locale;
    this.#messages = messages;
  }

  title(): string {
    return this.#remembered('title', 'title', {});
  }

  /**
   * The problem's detail: `count` field errors, or with `more`, more than the `count` listed (the message's
   * `{more}` is `yes` or `no`).
   */
  detail(count: number, more = false): string {
    return this.#remembered(`detail ${count}${more ? '+' : ''}`, 'detail', { count, more: more ? 'yes' : 'no' });
  }

  /** The message for a broken rule, with its parameters. */
  field(rule: ValidationRule): string {
    if (rule.kind === 'oneOf') return this.#oneOf(rule.values);
    // Found by the rule's kind and parameters, one map each: a key built per field (its JSON) cost more than the
    // rest of wording it, and a problem words every field on every response.
    const { kind } = rule;
    const first = firstParameter(rule);
    const second = rule.kind === 'tooSmall' || rule.kind === 'tooBig' ? rule.bound : undefined;
    const known = this.#fields.get(kind)?.get(first)?.get(second);
    if (known !== undefined) return known;
    const { kind: _kind, ...params } = rule;
    const text = this.#format(kind, params);
    if (this.#kept < MAX_FORMATTED) {
      this.#kept++;
      let byFirst = this.#fields.get(kind);
      if (byFirst === undefined) {
        byFirst = new Map();
        this.#fields.set(kind, byFirst);
      }
      let bySecond = byFirst.get(first);
      if (bySecond === undefined) {
        bySecond = new Map();
        byFirst.set(first, bySecond);
      }
      bySecond.set(second, text);
    }
    return text;
  }

  /**
   * The message for a value that is none of `values`. A validator that hands over its schema's own list (zod's
   * enums) hands over the same array with every failure: found by it first, and checked against a copy of it,
   * since an array can change. Other lists are found by the values as the message shows them.
   */
  #oneOf(values: readonly unknown[]): string {
    const byList = this.#oneOfByList.get(values);
    if (byList !== undefined && sameItems(byList.items, values)) return byList.text;
    const shown = this.#shownValues(values);
    // As JSON: no list of values can pass for another.
    const key = `oneOf${JSON.stringify(shown)}`;
    const text =
      this.#formatted.get(key) ?? this.#remember(key, this.#format('oneOf', { values: this.#listValues(shown) }));
    if (values.length <= MAX_LISTED_VALUES) this.#oneOfByList.set(values, { items: [...values], text });
    return text;
  }

  /** The message `key` with `params`, formatted once for the text `cacheKey` names. */
  #remembered(cacheKey: string, key: MessageKey, params: Readonly<Record<string, unknown>>): string {
    return this.#formatted.get(cacheKey) ?? this.#remember(cacheKey, this.#format(key, params));
  }

  #remember(cacheKey: string, text: string): string {
    if (this.#kept < MAX_FORMATTED) {
      this.#kept++;
      this.#formatted.set(cacheKey, text);
    }
    return text;
  }

  #format(key: MessageKey, params: Readonly<Record<string, unknown>>): string {
    const compiled = this.#compile(key);
    const text = compiled === null ? undefined : formatMessage(compiled, params);
    // An application's message that fails (a parameter it misspelled) falls back to the shipped English one.
    return text ?? formatMessage(referenceWords().#compile(key) as CompiledMessage, params) ?? '';
  }

  #compile(key: MessageKey): CompiledMessage | null {
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      const message = this.#messages[key];
      try {
        compiled = typeof message === 'string' ? compileMessage(message, this.locale, `validation "${key}"`) : null;
      } catch {
        compiled = null;
      }
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }

  /**
   * The allowed values as the message names them: the first ones, each cut, and quoted the way the language
   * quotes in running text if a string (escaped as in JSON, so a line break cannot start another line).
   */
  #shownValues(values: readonly unknown[]): string[] {
    const [open, close] = QUOTES[this.locale] ?? QUOTES[this.locale.split('-')[0] ?? ''] ?? ['"', '"'];
    const shown = values.slice(0, MAX_LISTED_VALUES).map((value) => {
      if (typeof value !== 'string') return truncateText(String(value), MAX_VALUE_LENGTH);
      return `${open}${truncateText(JSON.stringify(value).slice(1, -1), MAX_VALUE_LENGTH)}${close}`;
    });
    if (values.length > MAX_LISTED_VALUES) shown.push('…');
    return shown;
  }

  #listValues(shown: readonly string[]): string {
    if (this.#list === undefined) {
      try {
        this.#list = new Intl.ListFormat(this.locale, { type: 'disjunction' });
      } catch {
        this.#list = null;
      }
    }
    return this.#list === null ? shown.join(', ') : this.#list.format(shown);
  }
}

/** Whether two lists hold the same values, in the same order. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}

/**
 * The parameter a rule's message names (a number, a format, a type), or `undefined` for a rule that has none.
 * `tooSmall` and `tooBig` have a second, their `bound`. Every kind is listed: a new one with a parameter of its own
 * would otherwise share one message whatever its parameter.
 */
function firstParameter(rule: Exclude<ValidationRule, { kind: 'oneOf' }>): string | number | object | undefined {
  switch (rule.kind) {
    case 'type':
      return rule.expected;
    case 'tooShort':
    case 'tooSmall':
    case 'tooFewItems':
      return rule.minimum;
    case 'tooLong':
    case 'tooBig':
    case 'tooManyItems':
      return rule.maximum;
    case 'length':
      return rule.length;
    case 'multipleOf':
      return rule.divisor;
    case 'format':
      return rule.format;
    case 'itemCount':
      return rule.count;
    case 'required':
    case 'unknownKey':
    case 'invalid':
      return undefined;
    default:
      return unlisted(rule);
  }
}

/**
 * The compiler checks that {@link firstParameter} lists every kind of rule (`rule` is `never` there). Should one
 * be missed all the same, its message is found by the rule object itself: worded anew for every field, never
 * shared with another rule's.
 */
function unlisted(rule: never): object {
  return rule;
}

/** How a language quotes a value in running text; the others use JSON's straight quotes, as in code. */
const QUOTES: Readonly<Record<string, readonly [string, string]>> = {
  zh: ['“', '”'],
  // Traditional Chinese as written in Taiwan and Hong Kong quotes with corner brackets.
  'zh-TW': ['「', '」'],
  ja: ['「', '」'],
  ru: ['«', '»'],
  fr: ['«\u00a0', '\u00a0»'],
  de: ['„', '“'],
};

const builtInWords = new Map(
  Object.entries(builtInValidationMessages).map(([locale, messages]) => [
    locale,
    new ValidationWords(locale, messages),
  ]),
);
const builtInChoice = new LocaleChoice([...builtInWords.keys()]);

function referenceWords(): ValidationWords {
  return builtInWords.get(REFERENCE_LOCALE) as ValidationWords;
}

interface ExtendedWords {
  readonly choice: LocaleChoice;
  readonly words: ReadonlyMap<string, ValidationWords>;
}

// Keyed by the application's table itself: one entry per table it passes, collected with it.
const extendedWords = new WeakMap<ExtraMessages, ExtendedWords>();

const MESSAGE_KEYS = Object.keys(builtInValidationMessages[REFERENCE_LOCALE] as ValidationMessages);

/** The application's messages of one locale that are strings (a catalog checks them; a hand-made table may not). */
function stringsOf(messages: unknown): Record<string, string> | undefined {
  if (typeof messages !== 'object' || messages === null) return undefined;
  return Object.fromEntries(Object.entries(messages).filter(([, message]) => typeof message === 'string'));
}

/**
 * The shipped words with the application's: its locales added, its messages over the shipped ones. A locale with
 * words for every rule (a language pack's) is complete; what the others leave out comes from the complete locale
 * their tag means (`zh-HK` → `zh-TW`, `fr-CA` → a loaded `fr`), else from English.
 */
function extend(extra: ExtraMessages): ExtendedWords {
  let extended = extendedWords.get(extra);
  if (extended !== undefined) return extended;
  const complete = new Map<string, Readonly<Record<string, string>>>(Object.entries(builtInValidationMessages));
  const partial: [string, Record<string, string>][] = [];
  for (const [locale, messages] of Object.entries(extra)) {
    const own = isLanguageTag(locale) ? stringsOf(messages) : undefined;
    if (own === undefined) continue;
    if (MESSAGE_KEYS.every((key) => Object.hasOwn(own, key))) {
      // Over the shipped words of the same locale, if any: an application's few changes to zh-CN keep the rest.
      complete.set(locale, { ...complete.get(locale), ...own });
    } else {
      partial.push([locale, own]);
    }
  }
  const completeChoice = new LocaleChoice([...complete.keys()]);
  // The shipped locales' words as they are, compiled once for every catalog, unless the application changed them.
  const words = new Map(builtInWords);
  for (const [locale, messages] of complete) {
    if (messages !== builtInValidationMessages[locale]) words.set(locale, new ValidationWords(locale, messages));
  }
  for (const [locale, own] of partial) {
    const base = complete.get(completeChoice.choose(locale, { defaultLocale: REFERENCE_LOCALE }));
    words.set(locale, new ValidationWords(locale, { ...base, ...own }));
  }
  extended = { choice: new LocaleChoice([...words.keys()]), words };
  extendedWords.set(extra, extended);
  return extended;
}

/**
 * The words for a response in `locale`, by the catalog's fallbacks (see `LocaleChoice`).
 *
 * Zod 4 and ajv-i18n ship translations of their own; they are not used: each covers one validator, with
 * its own wording and its own set of languages, while these words say the same thing in the same way whichever
 * validator found the error, in the languages the catalog ships, and never quote the submitted value. They are
 * also a small table per language, not a dependency per validator.
 */
export function validationWordsFor(locale: string, context: ProblemResolveContext): ValidationWords {
  const extra = context.validationMessages;
  if (extra === undefined) {
    return builtInWords.get(builtInChoice.choose(locale, context)) as ValidationWords;
  }
  const { choice, words } = extend(extra);
  return words.get(choice.choose(locale, context)) as ValidationWords;
}
