import { readProperty, readString } from '../../../error/read';
import type { FieldIssue, PathSegment, RequestPart, ValidationRule } from '../issue';
import { parseJsonPointer } from '../location';
import { ajvRule } from './ajv';

/**
 * Errors that already declare a request validation failure: a 400 or 422 with a field list whose items carry
 * an `errorCode`, as express-openapi-validator throws them (`{ path: '/body/name', message, errorCode:
 * 'required.openapi.validation' }`; older versions write `.body.name`, or `name` with a `location`). The code
 * names the ajv keyword that failed; its parameters are read back from ajv's English message, the only place
 * the error keeps them. The messages themselves are ajv's defaults and are replaced.
 */

const LOCATIONS: Readonly<Record<string, RequestPart>> = {
  body: 'body',
  query: 'query',
  params: 'params',
  path: 'params',
  headers: 'headers',
  header: 'headers',
  cookies: 'cookies',
  cookie: 'cookies',
};

/** Whether `item` is a field error of that shape. */
function isDeclaredFieldError(item: unknown): boolean {
  return typeof readProperty(item, 'path') === 'string' && typeof readProperty(item, 'message') === 'string';
}

/** The items of a declared validation failure, or `undefined` when `thrown` is not one. */
export function declaredFieldErrorsOf(thrown: unknown): unknown[] | undefined {
  const errors = readProperty(thrown, 'errors');
  if (!Array.isArray(errors) || errors.length === 0 || !errors.every(isDeclaredFieldError)) return undefined;
  return errors.some((item) => typeof readProperty(item, 'errorCode') === 'string') ? errors : undefined;
}

/** `'/body/profile/age'` or `'.body.profile.age'` → the part and the keys within it. */
function splitPath(path: string, location: string | undefined): { in?: RequestPart; path: PathSegment[] } {
  const segments = path.startsWith('/') ? parseJsonPointer(path) : path.split('.').filter((key) => key !== '');
  const named = location === undefined ? undefined : LOCATIONS[location];
  if (named !== undefined) return { in: named, path: segments };
  const part = LOCATIONS[String(segments[0])];
  return part === undefined ? { path: segments } : { in: part, path: segments.slice(1) };
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';

/** The ajv params a keyword's rule needs, read back from ajv's message (`must be >= 18` → `{ limit: 18 }`). */
function paramsFromMessage(keyword: string, message: string): Record<string, unknown> {
  const number = new RegExp(NUMBER, 'i').exec(message)?.[1];
  switch (keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const [, comparison, limit] = new RegExp(`([<>]=?) ${NUMBER}`, 'i').exec(message) ?? [];
      return { comparison, limit };
    }
    case 'multipleOf':
      return { multipleOf: number };
    case 'type':
      return { type: /^(?:must|should) be (\w+)$/.exec(message)?.[1] };
    case 'format':
      return { format: /format "([^"]+)"/.exec(message)?.[1] };
    case 'enum': {
      // express-openapi-validator appends the allowed values to ajv's message: `…allowed values: a, b`.
      const list = /allowed values: ([\s\S]+)$/.exec(message)?.[1];
      return list === undefined ? {} : { allowedValues: list.split(', ') };
    }
    default:
      return { limit: number };
  }
}

/** The field error of one declared item. */
export function readDeclaredFieldError(item: object): FieldIssue[] {
  const errorCode = readString(item, 'errorCode') ?? 'invalid';
  const keyword = errorCode.replace(/\.openapi\.validation$/, '');
  const message = readString(item, 'message') ?? '';
  const rule: ValidationRule = ajvRule(keyword, paramsFromMessage(keyword, message));
  const where = splitPath(readString(item, 'path') ?? '', readString(item, 'location'));
  return [{ ...where, code: errorCode, rule }];
}
