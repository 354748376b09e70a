import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { DATE, type Element, forEachElement, NUMBER, TIME } from './icu-ast';

/** A message compiled once, for one locale. */
export type CompiledMessage = IntlMessageFormat;

/**
 * The time zone of the message being formatted, set only for the span of one synchronous `format()` (see
 * {@link formatMessage}): every compiled message shares the formatters below, which read it.
 */
let formattingTimeZone: string | undefined;

// Intl's formatters are costly to make: kept by locale, options and (for dates) time zone, and forgotten all at
// once past a bound (the keys come from the definitions and the time zones asked for, not from the client).
const MAX_FORMATTERS = 512;
const formatterCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cachedFormatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let formatter = formatterCache.get(key) as T | undefined;
  if (formatter === undefined) {
    if (formatterCache.size >= MAX_FORMATTERS) formatterCache.clear();
    formatter = make();
    formatterCache.set(key, formatter);
  }
  return formatter;
}

const keyOf = (kind: string, locales: unknown, options: unknown, timeZone = '') =>
  `${kind}\u0000${JSON.stringify(locales)}\u0000${JSON.stringify(options ?? {})}\u0000${timeZone}`;

/** The formatters of every message: `intl-messageformat`'s own, but that a date is shown in the time zone asked. */
const formatters: Formatters = {
  getNumberFormat: (locales, options) =>
    cachedFormatter(
      keyOf('number', locales, options),
      () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
    ),
  getDateTimeFormat: (locales, options) => {
    const timeZone = formattingTimeZone;
    return cachedFormatter(
      keyOf('date', locales, options, timeZone),
      () => new Intl.DateTimeFormat(locales, timeZone === undefined ? options : { ...options, timeZone }),
    );
  },
  getPluralRules: (locales, options) =>
    cachedFormatter(keyOf('plural', locales, options), () => new Intl.PluralRules(locales, options)),
};

/**
 * Compiles an ICU message for `locale`. Markup-like text (`<b>`) stays text: problem messages are plain text,
 * and every renderer escapes them. Throws a `TypeError` naming `where` when the message is not valid ICU, so a
 * mistake in a definition fails at startup rather than in a response.
 */
export function compileMessage(message: string, locale: string, where: string): CompiledMessage {
  let compiled: CompiledMessage;
  try {
    compiled = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true, formatters });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`status-i18n: ${where} is not a valid ICU message (${reason})`);
  }
  checkArgumentStyles(compiled, where);
  return compiled;
}

/** One part of a number skeleton as the parser gives it: `currency/EUR` is the stem `currency`, option `EUR`. */
interface SkeletonToken {
  readonly stem: string;
  readonly options: readonly string[];
}

// Whether each skeleton part written so far changes the format: asked once per part (parts come from the
// definitions, not from requests).
const partTakesEffect = new Map<string, boolean>();

/** Whether one part of a number skeleton (`precision-integer`, `currency/EUR`) changes how a number is formatted. */
function takesEffect(part: string): boolean {
  let known = partTakesEffect.get(part);
  if (known === undefined) {
    const [element] = new IntlMessageFormat(`{n, number, ::${part}}`, 'en').getAst() as unknown as Element[];
    const style = element?.style as { parsedOptions?: object } | undefined;
    known = Object.keys(style?.parsedOptions ?? {}).length > 0;
    partTakesEffect.set(part, known);
  }
  return known;
}

// The named styles an argument may take (`{n, number, integer}`, `{d, date, short}`): intl-messageformat's own,
// the only ones, as messages are compiled without formats of the app's.
const NAMED_STYLES: Readonly<Record<number, ReadonlySet<string>>> = {
  [NUMBER]: new Set(Object.keys(IntlMessageFormat.formats.number ?? {})),
  [DATE]: new Set(Object.keys(IntlMessageFormat.formats.date ?? {})),
  [TIME]: new Set(Object.keys(IntlMessageFormat.formats.time ?? {})),
};

/** Why a named style or a skeleton part of `element` would be passed over without a word, if one would. */
function ignoredStyle(element: Element): string | undefined {
  const names = NAMED_STYLES[element.type];
  if (names === undefined) return undefined;
  if (typeof element.style === 'string') {
    if (names.has(element.style)) return undefined;
    return `a style that does not exist: "${element.style}" (${[...names].join(', ')}, or a skeleton, ::…)`;
  }
  if (element.type !== NUMBER) return undefined;
  const tokens = (element.style as { tokens?: readonly SkeletonToken[] } | undefined)?.tokens;
  for (const { stem, options } of tokens ?? []) {
    const part = [stem, ...options].join('/');
    if (!takesEffect(part)) {
      return `a number skeleton part that changes nothing: "${part}" (misspelt, or not one that intl-messageformat formats)`;
    }
  }
  return undefined;
}

/**
 * Throws a `TypeError` naming `where` for an argument style that `intl-messageformat` passes over without a
 * word: a misspelt name (`{n, number, intger}` prints as a plain number, `{d, time, shrot}` as a date without its
 * time), or a number skeleton part misspelt (`precison-integer`) or of ICU's that it does not read
 * (`group-min2`). The argument would be formatted otherwise than written in every response.
 */
function checkArgumentStyles(compiled: CompiledMessage, where: string): void {
  forEachElement(compiled.getAst() as unknown as readonly Element[], (element) => {
    const reason = ignoredStyle(element);
    if (reason !== undefined) throw new TypeError(`status-i18n: ${where} has ${reason}`);
  });
}

type FormatValue = string | number | bigint | boolean | Date | null | undefined;

const MAX_SAFE_BIGINT = BigInt(Number.MAX_SAFE_INTEGER);

/** Whether `value` is a bigint that a number holds exactly. */
export function isSafeBigInt(value: unknown): value is bigint {
  return typeof value === 'bigint' && value <= MAX_SAFE_BIGINT && value >= -MAX_SAFE_BIGINT;
}

/**
 * Only values ICU formats as text: an object would make `format` return parts instead of a string. A bigint a
 * number holds exactly becomes that number: a plural cannot count with a bigint (ICU's rules subtract and
 * compare numbers), and `{n, number}` prints both alike.
 */
function formatValues(params: Readonly<Record<string, unknown>>): Record<string, FormatValue> {
  const values: Record<string, FormatValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (isSafeBigInt(value)) values[name] = Number(value);
    else if (value === null || value instanceof Date || typeof value !== 'object') {
      if (typeof value !== 'function' && typeof value !== 'symbol') values[name] = value as FormatValue;
    }
  }
  return values;
}

/**
 * Throws a `TypeError` naming `where` when `message` fails to format with `params` (an example of each): some
 * mistakes pass the parser and fail only then (`{price, number, ::currency/EURO}`, no such currency), in every
 * response that uses the message.
 *
 * @example
 * ```ts
 * checkFormattable(compileMessage('{p, number, ::currency/EURO}', 'en', 'x'), { p: 30 }, 'x'); // TypeError
 * ```
 */
export function checkFormattable(
  message: CompiledMessage,
  params: Readonly<Record<string, unknown>>,
  where: string,
): void {
  try {
    message.format(formatValues(params));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`status-i18n: ${where} cannot be formatted (${reason})`);
  }
}

/**
 * The message with `params`, its dates in `timeZone` (an IANA name `Intl` knows; the server's when absent), or
 * `undefined` when formatting fails (a parameter a JavaScript caller left out): the caller decides what to say
 * instead, and a response is never lost to a message.
 */
export function formatMessage(
  message: CompiledMessage,
  params: Readonly<Record<string, unknown>>,
  timeZone?: string,
): string | undefined {
  formattingTimeZone = timeZone;
  try {
    const text = message.format(formatValues(params));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  } finally {
    formattingTimeZone = undefined;
  }
}
