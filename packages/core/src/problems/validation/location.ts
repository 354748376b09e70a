import { MAX_TEXT_LENGTH, truncateText } from '../../internal/text';
import type { PathSegment, RequestPart } from './issue';

/** Where a field error points, as RFC 9457's example and its common extensions name it. */
export type FieldLocation =
  | { readonly pointer: string }
  | { readonly parameter: string }
  | { readonly header: string }
  | { readonly cookie: string }
  | Record<string, never>;

// Paths come from the request (an unknown key is named by its path): a key is cut so no path can make a huge body.
const MAX_SEGMENT_LENGTH = 200;

// RFC 3986 fragment characters that need no escaping, besides "/" (which RFC 6901 escapes as ~1).
const FRAGMENT_SAFE = /[A-Za-z\d\-._~!$&'()*+,;=:@?]/;

function percentEncode(character: string): string {
  if (FRAGMENT_SAFE.test(character)) return character;
  try {
    return encodeURIComponent(character);
  } catch {
    // A lone surrogate has no UTF-8 form: it stands for U+FFFD, as a decoder would read it.
    return '%EF%BF%BD';
  }
}

// A whole token of those characters (most field names: `email`, `0`, `first_name`) needs no escaping at all.
const ALL_FRAGMENT_SAFE = /^[A-Za-z\d\-._!$&'()*+,;=:@?]*$/;

/** One reference token: RFC 6901 escaping (`~` → `~0`, `/` → `~1`), then RFC 3986 fragment escaping. */
function escapeToken(segment: PathSegment): string {
  const text = String(segment);
  if (text.length <= MAX_SEGMENT_LENGTH && ALL_FRAGMENT_SAFE.test(text)) return text;
  const token = truncateText(text, MAX_SEGMENT_LENGTH).replace(/~/g, '~0').replace(/\//g, '~1');
  let escaped = '';
  for (const character of token) escaped += percentEncode(character);
  return escaped;
}

/**
 * A JSON Pointer (RFC 6901) into the request body, in its URI fragment form (Section 6), as in RFC 9457's
 * example: `['profile', 'age']` → `'#/profile/age'`, `['a/b', 'c~d']` → `'#/a~1b/c~0d'`, `[]` → `'#'`.
 */
export function jsonPointer(path: readonly PathSegment[]): string {
  let pointer = '#';
  for (const segment of path) pointer += `/${escapeToken(segment)}`;
  // Escaping makes a character up to nine: a long path is cut like any other text of a problem.
  return truncateText(pointer, MAX_TEXT_LENGTH);
}

/** `['filter', 'name']` → `'filter[name]'`: nested query parameters as `qs` (Express, Koa) writes them. */
function parameterName(path: readonly PathSegment[]): string {
  const [first, ...rest] = path.map((segment) => truncateText(String(segment), MAX_SEGMENT_LENGTH));
  return truncateText(`${first}${rest.map((segment) => `[${segment}]`).join('')}`, MAX_TEXT_LENGTH);
}

/**
 * Where a field error points: `pointer` into the body, `parameter` for a query or path parameter, `header`,
 * `cookie`; nothing when the error is about the whole part (an empty path outside the body).
 */
export function locationOf(part: RequestPart, path: readonly PathSegment[]): FieldLocation {
  if (part === 'body') return { pointer: jsonPointer(path) };
  if (path.length === 0) return {};
  switch (part) {
    case 'headers':
      return { header: truncateText(String(path[0]), MAX_SEGMENT_LENGTH) };
    case 'cookies':
      return { cookie: truncateText(String(path[0]), MAX_SEGMENT_LENGTH) };
    default:
      return { parameter: parameterName(path) };
  }
}

/** The keys of a JSON Pointer (`'/nested/a~1b'` → `['nested', 'a/b']`), as ajv reports where a value is. */
export function parseJsonPointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
