import { readProperty, readString } from '../../../error/read';
import { boundRule, lengthSubjectOf } from '../bounds';
import {
  expectedTypeOf,
  type FieldIssue,
  formatOf,
  INVALID,
  REQUIRED,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';
import { readPath } from './path';

/**
 * Valibot issues. Valibot's default messages all read `Invalid <label>: Expected <…> but received <…>` or
 * `Invalid <label>: Received <…>`, and they quote the submitted value ("received 3"), so a message of that
 * shape is never kept; anything else was written by the schema's author.
 */
const DEFAULT_MESSAGE = /^Invalid [^:]+: (?:Expected [\s\S]* but r|R)eceived [\s\S]*$/;

const ISSUE_KINDS = new Set(['schema', 'validation', 'transformation']);

// Schemas whose failure means "not one of these": their `expected` lists the allowed values.
const CHOICE_SCHEMAS = new Set(['picklist', 'enum', 'literal']);

/** Whether `issue` has the shape of a Valibot issue: a kind, a type and a message. */
export function isValibotIssue(issue: unknown): boolean {
  const kind = readString(issue, 'kind');
  return kind !== undefined && ISSUE_KINDS.has(kind) && typeof readProperty(issue, 'type') === 'string';
}

/** `'("admin" | "user")'` → `['admin', 'user']`: Valibot writes the allowed values into `expected`. */
function allowedValues(expected: string): unknown[] {
  return expected
    .replace(/^\(([\s\S]*)\)$/, '$1')
    .split(' | ')
    .map((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    });
}

function schemaRule(issue: object, type: string, path: readonly object[]): ValidationRule {
  const expected = readString(issue, 'expected') ?? '';
  const received = readString(issue, 'received');
  // An object schema reports a missing key as `Expected "name" but received undefined` at the key itself,
  // and a key a strict object does not allow as `Expected never`.
  const last = path[path.length - 1];
  if (readProperty(last, 'origin') === 'key') return expected === 'never' ? UNKNOWN_KEY : REQUIRED;
  if (received === 'undefined') return REQUIRED;
  if (CHOICE_SCHEMAS.has(type)) return { kind: 'oneOf', values: allowedValues(expected) };
  const expectedType = expectedTypeOf(type);
  return expectedType === 'other' ? INVALID : { kind: 'type', expected: expectedType };
}

function validationRule(issue: object, type: string): ValidationRule {
  const requirement = readProperty(issue, 'requirement');
  // The value is read only for whether it is a string or an array, to choose the words; it is never repeated.
  const subject = lengthSubjectOf(readProperty(issue, 'input'));
  switch (type) {
    case 'min_length':
    case 'max_length':
    case 'length':
      return boundRule(subject, {
        side: type === 'max_length' ? 'max' : 'min',
        limit: requirement,
        exact: type === 'length',
      });
    case 'min_value':
    case 'max_value':
    case 'gt_value':
    case 'lt_value':
      return boundRule(typeof requirement === 'number' || typeof requirement === 'bigint' ? 'number' : 'other', {
        side: type === 'min_value' || type === 'gt_value' ? 'min' : 'max',
        limit: requirement,
        inclusive: type === 'min_value' || type === 'max_value',
      });
    case 'multiple_of': {
      const divisor = Number(requirement);
      return Number.isFinite(divisor) ? { kind: 'multipleOf', divisor } : INVALID;
    }
    case 'integer':
      return { kind: 'type', expected: 'integer' };
    default: {
      const format = formatOf(type);
      return format === 'other' ? INVALID : { kind: 'format', format };
    }
  }
}

/** The field error of one Valibot issue. */
export function readValibotIssue(issue: object): FieldIssue[] {
  const type = readString(issue, 'type') ?? 'custom';
  const message = readString(issue, 'message') ?? '';
  const pathItems = readProperty(issue, 'path');
  const items = Array.isArray(pathItems) ? (pathItems as object[]) : [];
  const rule = readString(issue, 'kind') === 'schema' ? schemaRule(issue, type, items) : validationRule(issue, type);
  const own = message === '' || DEFAULT_MESSAGE.test(message) ? {} : { message };
  return [{ path: readPath(pathItems), code: type, rule, ...own }];
}
