import { readProperty, readString } from '../../../error/read';
import { type FieldIssue, INVALID, type PathSegment, REQUIRED, UNKNOWN_KEY, type ValidationRule } from '../issue';

/**
 * class-validator's `ValidationError[]` (what `validate()` returns, and what NestJS's `ValidationPipe` hands an
 * `exceptionFactory`): one field error per failed constraint, at the property's path (nested objects and
 * arrays through `children`). Its errors name the constraint but not its parameters (a `minLength` without the
 * length), so a constraint with parameters gets the generic words. Its messages are not kept: the defaults are
 * English sentences that name the property, and a custom one may quote the value (`$value`). `value` and
 * `target` (what the client sent) are never read.
 */

const RULES: Readonly<Record<string, ValidationRule>> = {
  isDefined: REQUIRED,
  isNotEmpty: REQUIRED,
  whitelistValidation: UNKNOWN_KEY,
  isString: { kind: 'type', expected: 'string' },
  isNumber: { kind: 'type', expected: 'number' },
  isNumberString: { kind: 'type', expected: 'number' },
  isInt: { kind: 'type', expected: 'integer' },
  isBoolean: { kind: 'type', expected: 'boolean' },
  isDate: { kind: 'type', expected: 'date' },
  isArray: { kind: 'type', expected: 'array' },
  isObject: { kind: 'type', expected: 'object' },
  nestedValidation: { kind: 'type', expected: 'object' },
  isEmail: { kind: 'format', format: 'email' },
  isUrl: { kind: 'format', format: 'url' },
  isURL: { kind: 'format', format: 'url' },
  isUuid: { kind: 'format', format: 'uuid' },
  isUUID: { kind: 'format', format: 'uuid' },
  isIso8601: { kind: 'format', format: 'datetime' },
  isISO8601: { kind: 'format', format: 'datetime' },
  isDateString: { kind: 'format', format: 'datetime' },
  matches: { kind: 'format', format: 'pattern' },
};

// Deeper than any DTO: a bound on what a hostile or cyclic error list can cost.
const MAX_DEPTH = 32;

/** Whether `item` has the shape of a class-validator `ValidationError`: a `property`, constraints or children. */
export function isClassValidatorError(item: unknown): boolean {
  if (typeof readProperty(item, 'property') !== 'string') return false;
  const constraints = readProperty(item, 'constraints');
  return (typeof constraints === 'object' && constraints !== null) || Array.isArray(readProperty(item, 'children'));
}

// An array's items are children named by their index ('0'): a number in the path, as the other readers give.
const segmentOf = (property: string): PathSegment =>
  /^(?:0|[1-9]\d{0,8})$/.test(property) ? Number(property) : property;

function collect(error: unknown, parent: readonly PathSegment[], depth: number, issues: FieldIssue[]): void {
  const property = readString(error, 'property');
  if (property === undefined || depth > MAX_DEPTH) return;
  const path = [...parent, segmentOf(property)];
  const constraints = readProperty(error, 'constraints');
  if (typeof constraints === 'object' && constraints !== null) {
    for (const code of Object.keys(constraints).slice(0, 20)) {
      issues.push({ path, code, rule: RULES[code] ?? INVALID });
    }
  }
  const children = readProperty(error, 'children');
  if (Array.isArray(children)) {
    for (const child of children.slice(0, 100)) collect(child, path, depth + 1, issues);
  }
}

/** The field errors of one class-validator `ValidationError` and its children. */
export function readClassValidatorError(error: object): FieldIssue[] {
  const issues: FieldIssue[] = [];
  try {
    collect(error, [], 0, issues);
  } catch {
    // A hostile error (a proxy whose keys cannot be listed): the issues read so far.
  }
  return issues;
}
