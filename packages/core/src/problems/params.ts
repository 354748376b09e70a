import { toJsonSafe } from '../error/extensions';
// A parameter named like a standard member never replaces it in a response (its words are still used in the
// messages).
import { STANDARD_MEMBERS } from '../render/problem';
import { isSafeBigInt } from './icu';
import type { ArgumentKind } from './openapi/message-arguments';

/**
 * A problem's parameters as extension members: JSON-safe copies (see `toJsonSafe`), a `Date` as its ISO 8601
 * string, and so a timestamp given for a param the messages format as a date (`kinds`), as the OpenAPI schema
 * says it is; a `bigint` as its decimal string (JSON has no integer past 2^53), without the standard members.
 * Values JSON cannot carry (functions, symbols, invalid dates) are left out.
 *
 * @example
 * ```ts
 * paramsToExtensions({ balance: 30, due: 0, title: 'x' }, new Map([['due', 'date']]));
 * // { balance: 30, due: '1970-01-01T00:00:00.000Z' }
 * ```
 */
export function paramsToExtensions(
  params: Readonly<Record<string, unknown>>,
  kinds: ReadonlyMap<string, ParamKind>,
): Readonly<Record<string, unknown>> {
  const extensions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (STANDARD_MEMBERS.has(name) || name === '__proto__') continue;
    const safe = jsonValueOf(kinds.get(name) === 'date' && typeof value === 'number' ? new Date(value) : value);
    if (safe !== undefined) extensions[name] = safe;
  }
  return extensions;
}

function jsonValueOf(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return toJsonSafe(value);
}

/** Whether `name` is one of the members RFC 9457 defines. */
export function isStandardMember(name: string): boolean {
  return STANDARD_MEMBERS.has(name);
}

/**
 * How a problem's messages format a param, as `create()` checks it: an argument's kind, or `count` for a number
 * that a plural or a `selectordinal` counts with (see `MessageArgument.counted`).
 */
export type ParamKind = ArgumentKind | 'count';

const KIND_NAMES: Readonly<Record<ParamKind, string>> = {
  number: 'a number (a finite number or a bigint)',
  count: 'a count (a finite number, or a bigint between -(2^53 - 1) and 2^53 - 1, which a plural can count with)',
  date: 'a date (a valid Date or a number of milliseconds)',
  select: 'a select (a string, a finite number or a boolean)',
  text: 'text (a string or a finite number; a date takes {name, date}, a choice {name, select, …})',
};

// The range of a Date in milliseconds either side of 1970 (ECMA-262, 21.4.1.1).
const MAX_TIME = 8.64e15;

/**
 * A number a problem can carry: a param is also a member of the body, and JSON has no `NaN` nor `Infinity` (the
 * member would be dropped while the detail printed `∞`).
 */
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether ICU formats `value` as the argument's kind says: the values `create()`'s TypeScript type allows. */
function fitsKind(value: unknown, kind: ParamKind): boolean {
  switch (kind) {
    case 'number':
      return isFiniteNumber(value) || typeof value === 'bigint';
    case 'count':
      // A bigint is counted as the number it equals (see formatMessage): only one a number holds exactly.
      return isFiniteNumber(value) || isSafeBigInt(value);
    case 'date':
      // A number of milliseconds within the range of a Date, as `new Date(value)` takes it.
      return value instanceof Date
        ? !Number.isNaN(value.getTime())
        : typeof value === 'number' && Math.abs(value) <= MAX_TIME;
    case 'select':
      return typeof value === 'string' || isFiniteNumber(value) || typeof value === 'boolean';
    default:
      // A plain `{seat}` prints a string or a number; anything else ICU cannot print (a Date, a boolean, a bigint)
      // or prints as nothing (null).
      return typeof value === 'string' || isFiniteNumber(value);
  }
}

/** What a value is, for a message (not the value itself: it may be the request's). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/**
 * Throws a `TypeError` for a param of `problems.create(name, params)` that its messages use and `params` lacks,
 * or holds a value they cannot format (ICU would give "NaN items" for a string, "January 1, 1970" for null, or
 * fail, and the client would get the title in place of the detail).
 *
 * @example
 * ```ts
 * checkParams('low-stock', { count: '3' }, new Map([['count', 'number']])); // TypeError: … got a string
 * ```
 */
export function checkParams(
  name: string,
  params: Readonly<Record<string, unknown>>,
  kinds: ReadonlyMap<string, ParamKind>,
  /** Who was given the params, for the message: `openApiComponents()` checks its examples' the same way. */
  caller = `problems.create("${name}")`,
): void {
  for (const [param, kind] of kinds) {
    const value = params[param];
    if (value === undefined) {
      throw new TypeError(`status-i18n: ${caller} needs the param "${param}" that its messages use`);
    }
    if (!fitsKind(value, kind)) {
      throw new TypeError(
        `status-i18n: ${caller} param "${param}" is formatted as ${KIND_NAMES[kind]}, got ${kindOf(value)}`,
      );
    }
  }
}
