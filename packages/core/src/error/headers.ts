import { FIELD_NAME } from '../internal/http-token';
import { isPlainObject, ownKeys, readProperty } from './read';

const ALL_DIGITS = /^\d+$/;
// RFC 9110, Section 5.5: no CR, LF or NUL, and nothing Node's http module would refuse to send.
const FIELD_VALUE = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

/**
 * Headers the error layer itself decides; an error cannot replace them (it could otherwise turn an escaped
 * HTML page into a script, or announce the wrong length). Caching and redirect headers (`Cache-Control`,
 * `Expires`, `Location`, …) are not among them: the layer removes the success path's, and an error may set its
 * own on purpose (`Cache-Control: no-store`, a `Location` with a 4xx). An error's `Vary` is not replaced either:
 * its fields are added to the response's (see `ResponsePlan.vary`), since a cache must know what the error's own
 * caching rule depends on (`Vary: Cookie`).
 */
export const PROTECTED_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-language',
  'content-encoding',
  'content-range',
  'content-security-policy',
  'x-content-type-options',
  'transfer-encoding',
  'connection',
  'set-cookie',
]);

// RFC 9110, Section 14.4: the `Content-Range` of a 416, which names no range of a body, only the length the
// representation has (`bytes */1234`).
const UNSATISFIED_RANGE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+ \*\/\d+$/;

/**
 * Whether `err.headers` may set this (valid) header: none of {@link PROTECTED_HEADERS} and no CORS header, save
 * the `Content-Range` of a 416 that gives only the representation's length (RFC 9110's unsatisfied-range, which
 * `send` and @fastify/send put on the error; Section 15.5.17 has a 416 carry it).
 */
function isAllowed(lowerCase: string, value: string | string[], status: number): boolean {
  if (lowerCase === 'content-range') {
    return status === 416 && typeof value === 'string' && UNSATISFIED_RANGE.test(value);
  }
  return !PROTECTED_HEADERS.has(lowerCase) && !isCorsHeader(lowerCase);
}

/**
 * Whether a header is one an error may not set at all: the CORS response headers (`Access-Control-*`) are the
 * CORS middleware's, and an error's could widen what it allows (`Access-Control-Allow-Origin: *` over one origin).
 *
 * @param name a header name in lower case
 */
export function isCorsHeader(name: string): boolean {
  return name.startsWith('access-control-');
}

const MAX_HEADERS = 50;
const NONE: ReadonlyArray<readonly [string, string]> = Object.freeze([]);
const MAX_VALUE_LENGTH = 8192;
// All of an error's headers together: Node's HTTP client (like most) refuses a response whose header block
// passes 16 KB, and the layer's own headers need room too.
const MAX_TOTAL_LENGTH = 8192;

function validValue(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH || !FIELD_VALUE.test(text)) return undefined;
  return text.trim();
}

/** A built-in's entries by its own method, called on the real prototype: it refuses anything but its own kind. */
function builtInEntries(
  iterate: ((this: unknown) => Iterable<readonly [unknown, unknown]>) | undefined,
  headers: object,
): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  if (iterate === undefined) return entries;
  try {
    for (const [name, value] of iterate.call(headers)) {
      if (entries.length >= MAX_HEADERS) break;
      if (typeof name === 'string') entries.push([name, value]);
    }
  } catch {
    // Not a Map or Headers after all (a look-alike, a proxy): no headers, as for any other value.
    return [];
  }
  return entries;
}

/**
 * The name–value pairs of `err.headers`: a plain object's own properties, or the entries of a `Map` or a
 * `Headers`. Anything else (an array, a string, a class instance) has none: an array's indexes are not names.
 */
function entriesOf(headers: unknown): Array<[string, unknown]> {
  if (typeof headers !== 'object' || headers === null) return [];
  let tag: string;
  try {
    tag = Object.prototype.toString.call(headers);
  } catch {
    return [];
  }
  if (tag === '[object Map]') return builtInEntries(Map.prototype.entries, headers);
  if (tag === '[object Headers]') {
    return builtInEntries(globalThis.Headers?.prototype.entries, headers);
  }
  if (!isPlainObject(headers)) return [];
  return ownKeys(headers)
    .slice(0, MAX_HEADERS)
    .map((name): [string, unknown] => [name, readProperty(headers, name)]);
}

/**
 * The headers an error asks for (`err.headers`: `WWW-Authenticate`, `Retry-After`, …) that are valid and
 * allowed. `err.headers` is a plain object, a `Map` or a `Headers`; an invalid name or value is skipped, never
 * thrown, so a bad header cannot lose the response.
 *
 * @example
 * ```ts
 * errorHeaders(createError(429, { headers: { 'Retry-After': '120' } }), 429); // [['Retry-After', '120']]
 * errorHeaders({ headers: ['Retry-After: 120'] }, 429);                        // []
 * ```
 */
export function errorHeaders(
  error: unknown,
  /** The error's status: a 416 may give its `Content-Range`. */
  status: number,
): ReadonlyArray<readonly [string, string | string[]]> {
  const entries = entriesOf(readProperty(error, 'headers'));
  if (entries.length === 0) return NONE;
  const result: Array<[string, string | string[]]> = [];
  let room = MAX_TOTAL_LENGTH;
  // A header that does not fit in what is left is skipped; a smaller one after it may still fit.
  const add = (name: string, value: string | string[], length: number) => {
    if (length > room || !isAllowed(name.toLowerCase(), value, status)) return;
    room -= length;
    result.push([name, value]);
  };
  for (const [name, raw] of entries) {
    // No field is named by digits alone: such a name is an array's index, copied into an object on the way
    // (@koa/cors spreads `err.headers` into a new object).
    if (!FIELD_NAME.test(name) || ALL_DIGITS.test(name)) continue;
    if (Array.isArray(raw)) {
      // `Array.from` visits the holes of a sparse array (`[, 'x']`), which `map` and `every` skip: a hole is no
      // value, and Node.js refuses the header when it is written.
      const values = Array.from(raw.slice(0, MAX_HEADERS), validValue);
      if (values.length > 0 && values.every((value) => value !== undefined)) {
        const strings = values as string[];
        add(
          name,
          strings,
          strings.reduce((total, value) => total + name.length + value.length + 4, 0),
        );
      }
      continue;
    }
    const value = validValue(raw);
    if (value !== undefined) add(name, value, name.length + value.length + 4);
  }
  return result;
}
