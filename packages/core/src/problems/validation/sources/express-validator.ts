import { callMethod, readProperty, readString } from '../../../error/read';
import {
  type FieldIssue,
  INVALID,
  type PathSegment,
  READ_LIMIT,
  type RequestPart,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';

/**
 * express-validator 7 results. Its errors carry no code for the check that failed and its default message is
 * the same for every check (`Invalid value`, `Unknown field(s)`, `Invalid value(s)`), so a default gets the
 * generic words and any other message is the author's (`.withMessage()`). The error's `value` (the submitted
 * value) is never read.
 */

const LOCATIONS: Readonly<Record<string, RequestPart>> = {
  body: 'body',
  query: 'query',
  params: 'params',
  headers: 'headers',
  cookies: 'cookies',
};

const DEFAULT_MESSAGES = new Set(['Invalid value', 'Unknown field(s)', 'Invalid value(s)']);
const ERROR_TYPES = new Set(['field', 'alternative', 'alternative_grouped', 'unknown_fields']);

/** Whether `item` has the shape of an express-validator error: a type it uses and a `msg`. */
export function isExpressValidatorError(item: unknown): boolean {
  const type = readString(item, 'type');
  return type !== undefined && ERROR_TYPES.has(type) && readProperty(item, 'msg') !== undefined;
}

/** The errors of a `Result` (`validationResult(req)`, or what its `.throw()` threw), or `undefined`. */
export function expressValidatorErrorsOf(source: unknown): unknown[] | undefined {
  if (typeof readProperty(source, 'isEmpty') !== 'function') return undefined;
  const errors = callMethod(source, 'array');
  return Array.isArray(errors) && errors.every(isExpressValidatorError) ? errors : undefined;
}

/**
 * `'profile.age'`, `'items[0].name'`, `'["a.b"].c'` → keys and indices, as express-validator (lodash) writes
 * paths.
 */
export function parseFieldPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/\[(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\]|((?:[^.[\]\\]|\\.)+)/g)) {
    const [, doubleQuoted, singleQuoted, index, plain] = match;
    if (index !== undefined) segments.push(Number(index));
    else segments.push((doubleQuoted ?? singleQuoted ?? plain ?? '').replace(/\\(.)/g, '$1'));
  }
  return segments;
}

function issueOf(field: unknown, code: string, rule: ValidationRule, message: unknown): FieldIssue {
  const location = LOCATIONS[readString(field, 'location') ?? ''];
  const own = typeof message === 'string' && message !== '' && !DEFAULT_MESSAGES.has(message) ? { message } : {};
  return {
    path: parseFieldPath(readString(field, 'path') ?? ''),
    ...(location === undefined ? {} : { in: location }),
    code,
    rule,
    ...own,
  };
}

/** The field errors of one express-validator error: one per unknown field; one for a failed `oneOf`. */
export function readExpressValidatorError(error: object): FieldIssue[] {
  const type = readString(error, 'type') ?? 'field';
  const message = readProperty(error, 'msg');
  if (type === 'unknown_fields') {
    const fields = readProperty(error, 'fields');
    if (!Array.isArray(fields)) return [];
    return fields.slice(0, READ_LIMIT).map((field: unknown) => issueOf(field, type, UNKNOWN_KEY, message));
  }
  if (type === 'field') return [issueOf(error, type, INVALID, message)];
  // A `oneOf` failed: located where all its nested errors agree, if they do.
  const nested = readProperty(error, 'nestedErrors');
  const flat = Array.isArray(nested) ? nested.flat() : [];
  const paths = new Set(flat.map((item) => `${readString(item, 'location')}\u0000${readString(item, 'path')}`));
  const issue = issueOf(paths.size === 1 ? flat[0] : undefined, type, INVALID, message);
  return [issue];
}
