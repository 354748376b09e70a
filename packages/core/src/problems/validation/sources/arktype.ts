import { readProperty, readString } from '../../../error/read';
import { boundRule, lengthSubjectOf } from '../bounds';
import {
  expectedTypeOf,
  type FieldIssue,
  INVALID,
  REQUIRED,
  type StringFormat,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';
import { readPath } from './path';

/**
 * ArkType errors. ArkType's default messages end with the submitted value (`must be a string (was 5)`), so they
 * are never kept; the schema's author writes their own with `.configure({ message })`, which ArkType keeps in
 * the error's `meta.message`: only then is the message the author's.
 */

/** Whether `issue` has the shape of an ArkType error: a code, and ArkType's own `problem` text. */
export function isArkTypeIssue(issue: unknown): boolean {
  return typeof readString(issue, 'code') === 'string' && typeof readProperty(issue, 'problem') === 'string';
}

// ArkType describes its built-in string formats in words; these are the ones messages can name.
const FORMAT_DESCRIPTIONS: ReadonlyArray<readonly [RegExp, StringFormat]> = [
  [/email/i, 'email'],
  [/\bURL\b/, 'url'],
  [/\bUUID\b/, 'uuid'],
  [/\bdate\b/i, 'date'],
];

function patternFormat(issue: object): StringFormat {
  const format = readProperty(readProperty(issue, 'meta'), 'format');
  if (format === 'uuid') return 'uuid';
  const description = readString(issue, 'description') ?? '';
  return FORMAT_DESCRIPTIONS.find(([pattern]) => pattern.test(description))?.[1] ?? 'pattern';
}

function ruleOf(issue: object, code: string): ValidationRule {
  const limit = readProperty(issue, 'rule');
  switch (code) {
    case 'required':
      return REQUIRED;
    case 'domain':
      return { kind: 'type', expected: expectedTypeOf(readProperty(issue, 'domain')) };
    case 'proto': {
      const proto = readProperty(issue, 'proto');
      return { kind: 'type', expected: expectedTypeOf(typeof proto === 'function' ? proto.name : proto) };
    }
    case 'unit':
      return { kind: 'oneOf', values: [readProperty(issue, 'unit')] };
    case 'union': {
      const branches = readProperty(issue, 'errors');
      const units = Array.isArray(branches) ? branches.filter((branch) => readProperty(branch, 'code') === 'unit') : [];
      const allUnits = Array.isArray(branches) && units.length === branches.length && units.length > 0;
      if (!allUnits) return INVALID;
      const values = units.map((unit) => readProperty(unit, 'unit'));
      // ArkType's `boolean` is the union `false | true`.
      const isBoolean = values.length === 2 && values.includes(true) && values.includes(false);
      return isBoolean ? { kind: 'type', expected: 'boolean' } : { kind: 'oneOf', values };
    }
    case 'minLength':
    case 'maxLength':
    case 'exactLength':
      // The value is read only for whether it is a string or an array; it is never repeated.
      return boundRule(lengthSubjectOf(readProperty(issue, 'data')), {
        side: code === 'maxLength' ? 'max' : 'min',
        limit,
        exact: code === 'exactLength',
      });
    case 'min':
    case 'max':
      return boundRule('number', {
        side: code,
        limit,
        inclusive: readProperty(issue, 'exclusive') !== true,
      });
    case 'divisor':
      return limit === 1 ? { kind: 'type', expected: 'integer' } : { kind: 'multipleOf', divisor: Number(limit) };
    case 'pattern':
      return { kind: 'format', format: patternFormat(issue) };
    case 'predicate':
      // An undeclared key under `'+': 'reject'` is a predicate that expects the key "removed".
      return readProperty(issue, 'expected') === 'removed' ? UNKNOWN_KEY : INVALID;
    default:
      return INVALID;
  }
}

/** The field errors of one ArkType error; an intersection (several rules broken at once) gives one per rule. */
export function readArkTypeIssue(issue: object): FieldIssue[] {
  const code = readString(issue, 'code') ?? 'predicate';
  const path = readPath(readProperty(issue, 'path'));
  const authored = readProperty(readProperty(issue, 'meta'), 'message') !== undefined;
  const message = readString(issue, 'message');
  const own = authored && message !== undefined ? { message } : {};
  const parts = readProperty(issue, 'errors');
  if (code === 'intersection' && !authored && Array.isArray(parts)) {
    return parts.slice(0, 20).map((part: unknown) => {
      const partCode = readString(part, 'code') ?? 'predicate';
      return {
        path,
        code: partCode,
        rule: typeof part === 'object' && part !== null ? ruleOf(part, partCode) : INVALID,
      };
    });
  }
  return [{ path, code, rule: ruleOf(issue, code), ...own }];
}
