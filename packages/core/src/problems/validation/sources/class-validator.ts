import { readProperty, readString } from '../../../error/read';
import {
  type FieldIssue,
  INVALID,
  type PathSegment,
  READ_LIMIT,
  REQUIRED,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';

/**
 * class-validator's `ValidationError[]` (what `validate()` returns, and what NestJS's `ValidationPipe` hands an
 * `exceptionFactory`): one field error per failed constraint, at the property's path (nested objects and
 * arrays through `children`). Its errors name the constraint but not its parameters (a `minLength` without the
 * length): where the constraint's message is class-validator's own default, the number is read from it (see
 * {@link PARAMETER_RULES}); a constraint with parameters and a message of the app's gets the generic words.
 * Its messages are not kept: the defaults are English sentences that name the property, and a custom one may
 * quote the value (`$value`). `value` and `target` (what the client sent) are never read.
 */

/** `@IsPositive()` and `@IsNegative()`: bounds their names tell. */
const POSITIVE_RULE: ValidationRule = Object.freeze({ kind: 'tooSmall', minimum: 0, bound: 'exclusive' });
const NEGATIVE_RULE: ValidationRule = Object.freeze({ kind: 'tooBig', maximum: 0, bound: 'exclusive' });

/** The constraints whose name alone tells the rule. */
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
  isPositive: POSITIVE_RULE,
  isNegative: NEGATIVE_RULE,
};

/** A number class-validator printed into its message: the decorator's parameter, never what the client sent. */
const NUMBER = '(-?\\d{1,15}(?:\\.\\d{1,15})?)';

/**
 * The constraints whose parameter class-validator prints into its default message (`$property must be longer than
 * or equal to 2 characters`), with the end of that message and the rule it gives. Matched against the end only
 * (the start is the property's name, or `each value in <name>`); a message the app wrote instead does not match,
 * and gets the generic words.
 */
const PARAMETER_RULES: Readonly<Record<string, ReadonlyArray<readonly [RegExp, (n: number) => ValidationRule]>>> = {
  minLength: [[new RegExp(` must be longer than or equal to ${NUMBER} characters$`), (n) => tooShort(n)]],
  maxLength: [[new RegExp(` must be shorter than or equal to ${NUMBER} characters$`), (n) => tooLong(n)]],
  // @Length(min, max) prints the bound the value broke.
  isLength: [
    [new RegExp(` must be longer than or equal to ${NUMBER} characters$`), (n) => tooShort(n)],
    [new RegExp(` must be shorter than or equal to ${NUMBER} characters$`), (n) => tooLong(n)],
  ],
  min: [
    [new RegExp(` must not be less than ${NUMBER}$`), (n) => ({ kind: 'tooSmall', minimum: n, bound: 'inclusive' })],
  ],
  max: [
    [new RegExp(` must not be greater than ${NUMBER}$`), (n) => ({ kind: 'tooBig', maximum: n, bound: 'inclusive' })],
  ],
  arrayMinSize: [
    [new RegExp(` must contain at least ${NUMBER} elements$`), (n) => ({ kind: 'tooFewItems', minimum: n })],
  ],
  arrayMaxSize: [
    [new RegExp(` must contain no more than ${NUMBER} elements$`), (n) => ({ kind: 'tooManyItems', maximum: n })],
  ],
};

const tooShort = (minimum: number): ValidationRule => ({ kind: 'tooShort', minimum });
const tooLong = (maximum: number): ValidationRule => ({ kind: 'tooLong', maximum });

// class-validator's messages are short; a longer one is the app's, and is not searched.
const MAX_MESSAGE_LENGTH = 300;

/** The rule of a failed constraint: by its name, or with the parameter its default message printed. */
function ruleOf(code: string, message: unknown): ValidationRule {
  const known = Object.hasOwn(RULES, code) ? RULES[code] : undefined;
  if (known !== undefined) return known;
  const withParameter = Object.hasOwn(PARAMETER_RULES, code) ? PARAMETER_RULES[code] : undefined;
  if (withParameter === undefined || typeof message !== 'string' || message.length > MAX_MESSAGE_LENGTH) {
    return INVALID;
  }
  for (const [pattern, rule] of withParameter) {
    const printed = pattern.exec(message)?.[1];
    if (printed !== undefined) return rule(Number(printed));
  }
  return INVALID;
}

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
      issues.push({ path, code, rule: ruleOf(code, readProperty(constraints, code)) });
    }
  }
  const children = readProperty(error, 'children');
  if (!Array.isArray(children)) return;
  // Read up to the limit in all, one past the listed ones, nested or not: the problem then says there were more.
  for (const child of children.slice(0, READ_LIMIT)) {
    if (issues.length >= READ_LIMIT) return;
    collect(child, path, depth + 1, issues);
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
