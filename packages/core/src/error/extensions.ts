import { truncateText } from '../internal/text';
import { STANDARD_MEMBERS } from '../render/problem';
import { isPlainObject, ownKeys, readProperty } from './read';
import { REQUEST_DATA_MEMBERS, REQUEST_FACT_MEMBERS } from './request-data';

/**
 * Properties an error carries for the server, never for the client, and the members RFC 9457 defines (which an
 * extension must not overwrite). Only an error's own top-level members are checked against this list, and the
 * members `map` returns; the names of request data ({@link REQUEST_DATA_MEMBERS}) are left out of an error's
 * members at every depth.
 */
const NEVER_EXTENSIONS = new Set([
  ...STANDARD_MEMBERS,
  // internals of Error, http-errors, Boom, Koa, NestJS, Node
  'stack',
  'message',
  'name',
  'cause',
  'headers',
  'expose',
  'statusCode',
  'isBoom',
  'isServer',
  'output',
  'data',
  'response',
  'request',
  'config',
  'errno',
  'syscall',
  'path',
  'address',
  'port',
  'ctx',
  'req',
  'res',
  'constructor',
  '__proto__',
  'prototype',
  'requestId',
  // Fastify's copy of a validator's errors and the part of the request they are in, on the error its
  // `schemaErrorFormatter` made: the validator's own words and parameters (a key the client sent), never shown;
  // a validation problem lists them as field errors instead.
  'validation',
  'validationContext',
]);

/** The names left out of an error's own top-level members: one lookup per member, not three. */
const NEVER_TOP_LEVEL: ReadonlySet<string> = new Set([
  ...NEVER_EXTENSIONS,
  ...REQUEST_DATA_MEMBERS,
  ...REQUEST_FACT_MEMBERS,
]);

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

// Limits that keep one error from producing a huge or slow body.
const MAX_DEPTH = 6;
const MAX_ENTRIES = 200;
// Values copied in one call, all levels together: without it, shared sub-objects (a DAG, not a cycle) could
// make a few objects cost MAX_ENTRIES ** MAX_DEPTH visits.
const MAX_VALUES = 2000;

/** One copy's state: the objects on the path from the root (cycles), and the values left to copy. */
interface Walk {
  readonly path: object[];
  /** The path's length at which objects are left out: MAX_DEPTH levels below the root. */
  readonly pathLimit: number;
  budget: number;
  /** Member names left out of every object on the way (request data), or none. */
  readonly skip: ReadonlySet<string> | undefined;
}

/**
 * A JSON-safe copy of `value`: plain data only (strings, finite numbers, booleans, null, arrays, plain objects),
 * with the values JSON has a text for written as that text, as `JSON.stringify` would (a `Date` as its ISO
 * string, a `URL` as its address) and a BigInt as its decimal digits (as a defined problem's params are).
 * Functions, symbols, other class instances (a `Map`), cycles and anything past the limits are left out, and
 * reading never throws, so any property an application put on an error can be offered to the client safely.
 *
 * @example
 * ```ts
 * toJsonSafe({ n: 1n, when: new Date(0), list: [1, () => 2], seen: new Map() });
 * // { n: '1', when: '1970-01-01T00:00:00.000Z', list: [1, null] }
 * ```
 */
export function toJsonSafe(value: unknown): unknown {
  return copy(value, { path: [], pathLimit: MAX_DEPTH, budget: MAX_VALUES, skip: undefined });
}

function copy(value: unknown, walk: Walk): unknown {
  if (walk.budget <= 0) return undefined;
  walk.budget--;
  switch (typeof value) {
    case 'string':
      return truncateText(value);
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'bigint':
      return truncateText(value.toString());
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  const text = textOfValue(value);
  if (text !== undefined) return text;
  const { path } = walk;
  // The path is at most MAX_DEPTH long: a scan costs less than a Set per copy.
  if (path.length >= walk.pathLimit || path.includes(value)) return undefined;
  path.push(value);
  try {
    return Array.isArray(value) ? copyArray(value, walk) : copyObject(value, walk);
  } catch {
    // A proxy that refuses to tell its length or whether it is an array: left out like any unreadable value.
    return undefined;
  } finally {
    path.pop();
  }
}

/**
 * The JSON text of a `Date` (its ISO string; `null` for an invalid one, as `JSON.stringify` writes it) or a `URL`
 * (its address), read with the built-ins' own methods so that a look-alike or a proxy gives nothing; `undefined`
 * for anything else.
 */
function textOfValue(value: object): string | null | undefined {
  try {
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const time = Date.prototype.getTime.call(value);
      return Number.isFinite(time) ? Date.prototype.toISOString.call(value) : null;
    }
    if (typeof URL === 'function' && value instanceof URL) {
      return truncateText(Reflect.get(URL.prototype, 'href', value) as string);
    }
  } catch {
    // Not a Date or a URL after all (a proxy of one): left to the plain-object rule, which leaves it out.
  }
  return undefined;
}

function copyArray(array: unknown[], walk: Walk): unknown[] {
  const items: unknown[] = [];
  const length = Math.min(array.length, MAX_ENTRIES);
  for (let index = 0; index < length; index++) {
    const item = copy(readProperty(array, index), walk);
    items.push(item === undefined ? null : item);
  }
  return items;
}

function copyObject(object: object, walk: Walk): Record<string, unknown> | undefined {
  if (!isPlainObject(object)) return undefined;
  const result: Record<string, unknown> = {};
  const keys = ownKeys(object);
  const length = Math.min(keys.length, MAX_ENTRIES);
  for (let index = 0; index < length; index++) {
    const key = keys[index] as string;
    if (key === '__proto__' || walk.skip?.has(key)) continue;
    const item = copy(readProperty(object, key), walk);
    if (item !== undefined) result[key] = item;
  }
  return result;
}

/**
 * The extension members of an exposed error: its own enumerable, JSON-safe properties (validation `errors`, a
 * string `code`, …), without internals, without the RFC 9457 members, without request data at any depth
 * (`body`, `value`, `input`, `received`, …: {@link REQUEST_DATA_MEMBERS}), and without what a body parser
 * read of the request ({@link REQUEST_FACT_MEMBERS}).
 *
 * @example
 * ```ts
 * extensionsOf(createError(422, 'Invalid', { code: 'BAD', errors: [{ path: 'pin', value: '1234' }] }));
 * // { code: 'BAD', errors: [{ path: 'pin' }] }
 * ```
 */
export function extensionsOf(error: unknown): Readonly<Record<string, unknown>> {
  if (typeof error !== 'object' || error === null) return NONE;
  // Made only when needed: most errors have no member besides their message.
  let extensions: Record<string, unknown> | undefined;
  // Made at the first member too: an http-errors 404 has none, and it is answered on the hot path.
  let walk: Walk | undefined;
  const keys = ownKeys(error);
  const length = Math.min(keys.length, MAX_ENTRIES);
  for (let index = 0; index < length; index++) {
    const key = keys[index] as string;
    if (NEVER_TOP_LEVEL.has(key)) continue;
    // The error itself is on the path: a property that points back to it is a cycle.
    walk ??= { path: [error], pathLimit: MAX_DEPTH + 1, budget: MAX_VALUES, skip: REQUEST_DATA_MEMBERS };
    const value = copy(readProperty(error, key), walk);
    if (value === undefined) continue;
    extensions ??= {};
    extensions[key] = value;
  }
  return extensions ?? NONE;
}

/** What is left of a comparison's allowance of values ({@link MAX_VALUES}, as for a copy). */
interface Allowance {
  left: number;
}

/**
 * Whether {@link extensionsOf} would copy `error`'s members to exactly the members of `kept` named from `start` on
 * in `names` (the kept object's keys, in order): the same names in the same order, the same values. Compared in
 * place, without a copy: for the response cache, which holds the problem an exposed error with members (field
 * errors) was answered with before, and would otherwise get a fresh copy only to compare it and drop it.
 *
 * It answers `true` only when nothing the copy leaves out or cuts is involved: a value it would drop (a function,
 * `undefined`, a class instance), a cycle, or anything at a limit answers `false`, and the caller copies as
 * usual. So `true` means the copy would be equal; `false` means only that it may not be.
 *
 * @example
 * ```ts
 * const kept = { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Bad email', ...extensionsOf(err) };
 * copiesTo(err, kept, Object.keys(kept), 4); // true
 * ```
 */
export function copiesTo(
  error: object,
  kept: Readonly<Record<string, unknown>>,
  names: readonly string[],
  start: number,
): boolean {
  const keys = ownKeys(error);
  if (keys.length > MAX_ENTRIES) return false;
  const allowance: Allowance = { left: MAX_VALUES };
  let index = start;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    if (NEVER_TOP_LEVEL.has(key)) continue;
    // A member the kept problem lacks, or has in another place: not the same (a member the copy would drop, too).
    if (names[index] !== key) return false;
    // The error itself is the path's first object, so its members' values are one level below it.
    if (!sameAsCopy(kept[key], readProperty(error, key), 1, allowance)) return false;
    index++;
  }
  return index === names.length;
}

/** Whether `copy(value)` would equal `kept` (a copy made before); `false` wherever the copy would leave a value out. */
function sameAsCopy(kept: unknown, value: unknown, depth: number, allowance: Allowance): boolean {
  if (allowance.left <= 0) return false;
  allowance.left--;
  switch (typeof value) {
    case 'string':
      return typeof kept === 'string' && truncateText(value) === kept;
    case 'number':
      return Number.isFinite(value) && value === kept;
    case 'boolean':
      return value === kept;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return kept === null;
  // Past the depth a copy keeps (a cycle ends here too): it would be cut.
  if (typeof kept !== 'object' || kept === null || depth > MAX_DEPTH) return false;
  try {
    if (Array.isArray(value)) {
      if (!Array.isArray(kept) || value.length > MAX_ENTRIES || value.length !== kept.length) return false;
      for (let index = 0; index < value.length; index++) {
        if (!sameAsCopy(kept[index], readProperty(value, index), depth + 1, allowance)) return false;
      }
      return true;
    }
    if (Array.isArray(kept) || !isPlainObject(value)) return false;
    const keys = ownKeys(value);
    const keptKeys = Object.keys(kept);
    if (keys.length > MAX_ENTRIES) return false;
    let index = 0;
    for (let position = 0; position < keys.length; position++) {
      const key = keys[position] as string;
      if (key === '__proto__' || REQUEST_DATA_MEMBERS.has(key)) continue;
      if (keptKeys[index] !== key) return false;
      const item = readProperty(value, key);
      if (!sameAsCopy((kept as Record<string, unknown>)[key], item, depth + 1, allowance)) return false;
      index++;
    }
    return index === keptKeys.length;
  } catch {
    // A proxy that refuses to tell its length or whether it is an array: the copy would leave it out.
    return false;
  }
}

/** Whether a member name may be added to a problem body. */
export function isAllowedExtensionName(name: string): boolean {
  return !NEVER_EXTENSIONS.has(name);
}
