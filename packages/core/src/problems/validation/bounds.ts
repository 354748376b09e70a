import { finiteNumber, INVALID, type ValidationRule } from './issue';

/** What a size or range bound applies to: a string's length, an array's items, or a number's value. */
export type BoundSubject = 'string' | 'array' | 'number' | 'other';

/** How a validator describes one bound. */
export interface BoundFacts {
  readonly side: 'min' | 'max';
  readonly limit: unknown;
  /** The value must equal the limit (`z.string().length(4)`). */
  readonly exact?: boolean;
  /** Default `true`: the limit itself is allowed. */
  readonly inclusive?: boolean;
}

/**
 * The rule for a failed bound, the same for every validator: a string's length, an array's items, a number's
 * value. Lengths and counts are whole numbers, so an exclusive one is turned into the inclusive one next to it
 * (more than 2 characters is at least 3). A bound on anything else (a date, a file) is `invalid`: a message
 * that named it would need its unit.
 */
export function boundRule(subject: BoundSubject, facts: BoundFacts): ValidationRule {
  const limit = finiteNumber(facts.limit);
  if (limit === undefined) return INVALID;
  const inclusive = facts.inclusive !== false;
  const min = facts.side === 'min';
  switch (subject) {
    case 'number':
      if (facts.exact) return { kind: 'oneOf', values: [limit] };
      return min
        ? { kind: 'tooSmall', minimum: limit, bound: inclusive ? 'inclusive' : 'exclusive' }
        : { kind: 'tooBig', maximum: limit, bound: inclusive ? 'inclusive' : 'exclusive' };
    case 'string': {
      if (facts.exact) return { kind: 'length', length: limit };
      const count = inclusive ? limit : min ? limit + 1 : limit - 1;
      return min ? { kind: 'tooShort', minimum: count } : { kind: 'tooLong', maximum: count };
    }
    case 'array': {
      if (facts.exact) return { kind: 'itemCount', count: limit };
      const count = inclusive ? limit : min ? limit + 1 : limit - 1;
      return min ? { kind: 'tooFewItems', minimum: count } : { kind: 'tooManyItems', maximum: count };
    }
    default:
      return INVALID;
  }
}

/** The subject of a bound from a validator's name for it (`string`, `array`, `set`, `number`, `int`, `bigint`). */
export function boundSubjectOf(name: unknown): BoundSubject {
  switch (name) {
    case 'string':
      return 'string';
    case 'array':
    case 'set':
      return 'array';
    case 'number':
    case 'int':
    case 'bigint':
      return 'number';
    default:
      return 'other';
  }
}

/** The subject of a length bound from the value that failed it, read only for its kind, never repeated. */
export function lengthSubjectOf(value: unknown): BoundSubject {
  if (typeof value === 'string') return 'string';
  return Array.isArray(value) || value instanceof Set ? 'array' : 'other';
}
