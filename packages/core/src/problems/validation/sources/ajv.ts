import { readProperty, readString } from '../../../error/read';
import { boundRule } from '../bounds';
import {
  expectedTypeOf,
  type FieldIssue,
  formatOf,
  INVALID,
  REQUIRED,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';
import { parseJsonPointer } from '../location';

/**
 * ajv 8 errors (`validate.errors`). ajv's messages are its own defaults unless the ajv-errors plugin replaced
 * them with the schema author's `errorMessage`, which it reports under that keyword: only those are kept.
 */

/** Whether `error` has the shape of an ajv 8 error: an `instancePath` and a `keyword`. */
export function isAjvError(error: unknown): boolean {
  return typeof readProperty(error, 'instancePath') === 'string' && typeof readProperty(error, 'keyword') === 'string';
}

/** The rule an ajv keyword checks, from the keyword and its `params`. */
export function ajvRule(keyword: string, params: unknown): ValidationRule {
  const param = (name: string) => readProperty(params, name);
  switch (keyword) {
    case 'required':
    case 'dependentRequired':
      return REQUIRED;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return UNKNOWN_KEY;
    case 'type': {
      const type = param('type');
      // `"string,null"` when the schema allows several: no one type to name.
      return {
        kind: 'type',
        expected: typeof type === 'string' && !type.includes(',') ? expectedTypeOf(type) : 'other',
      };
    }
    case 'minLength':
    case 'maxLength':
      return boundRule('string', { side: keyword === 'minLength' ? 'min' : 'max', limit: param('limit') });
    case 'minItems':
    case 'maxItems':
      return boundRule('array', { side: keyword === 'minItems' ? 'min' : 'max', limit: param('limit') });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = param('comparison');
      return boundRule('number', {
        side: keyword.toLowerCase().endsWith('minimum') ? 'min' : 'max',
        limit: param('limit'),
        inclusive: comparison === '>=' || comparison === '<=',
      });
    }
    case 'multipleOf': {
      const divisor = Number(param('multipleOf'));
      return Number.isFinite(divisor) ? { kind: 'multipleOf', divisor } : INVALID;
    }
    case 'format':
      return { kind: 'format', format: formatOf(param('format')) };
    case 'pattern':
      return { kind: 'format', format: 'pattern' };
    case 'enum': {
      const values = param('allowedValues');
      return Array.isArray(values) ? { kind: 'oneOf', values } : INVALID;
    }
    case 'const':
      return { kind: 'oneOf', values: [param('allowedValue')] };
    default:
      return INVALID;
  }
}

/** The property an ajv error is about, that its `instancePath` (the object's) leaves out: missing or unknown. */
function propertyOf(params: unknown): unknown {
  return (
    readProperty(params, 'missingProperty') ??
    readProperty(params, 'additionalProperty') ??
    readProperty(params, 'unevaluatedProperty')
  );
}

/**
 * The property all the errors ajv-errors replaced are about, if one: an author's message for one required property
 * (`errorMessage: { required: { a: '…' } }`) points at it, as ajv's own error would; one for several
 * (`required: 'a and b are required'`) at their object.
 */
function replacedPropertyOf(replaced: unknown): unknown {
  if (!Array.isArray(replaced) || replaced.length === 0) return undefined;
  const first = propertyOf(readProperty(replaced[0], 'params'));
  return replaced.every((error) => propertyOf(readProperty(error, 'params')) === first) ? first : undefined;
}

/** The field error of one ajv error; a missing or unknown property is pointed at itself, not at its object. */
export function readAjvError(error: object): FieldIssue[] {
  const keyword = readString(error, 'keyword') ?? 'invalid';
  const params = readProperty(error, 'params');
  const path = parseJsonPointer(readString(error, 'instancePath') ?? '');
  const message = readString(error, 'message');
  if (keyword === 'errorMessage') {
    // ajv-errors keeps the errors it replaced: the first names the keyword that failed.
    const replacedErrors = readProperty(params, 'errors');
    const replaced = readProperty(replacedErrors, 0);
    const code = readString(replaced, 'keyword') ?? keyword;
    const rule = ajvRule(code, readProperty(replaced, 'params'));
    const property = replacedPropertyOf(replacedErrors);
    if (typeof property === 'string') path.push(property);
    return [{ path, code, rule, ...(message === undefined ? {} : { message }) }];
  }
  const property = propertyOf(params);
  if (typeof property === 'string') path.push(property);
  return [{ path, code: keyword, rule: ajvRule(keyword, params) }];
}
