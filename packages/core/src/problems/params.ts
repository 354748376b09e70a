import { toJsonSafe } from '../error/extensions';
// A parameter named like a standard member never replaces it in a response (its words are still used in the
// messages).
import { STANDARD_MEMBERS } from '../render/problem';

/**
 * A problem's parameters as extension members: JSON-safe copies (see `toJsonSafe`), a `Date` as its ISO 8601
 * string, a `bigint` as its decimal string (JSON has no integer past 2^53), without the standard members.
 * Values JSON cannot carry (functions, symbols, invalid dates) are left out.
 *
 * @example
 * ```ts
 * paramsToExtensions({ balance: 30, due: new Date(0), title: 'x' }); // { balance: 30, due: '1970-01-01T00:00:00.000Z' }
 * ```
 */
export function paramsToExtensions(params: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const extensions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (STANDARD_MEMBERS.has(name) || name === '__proto__') continue;
    const safe = jsonValueOf(value);
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
