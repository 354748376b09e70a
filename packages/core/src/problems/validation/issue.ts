/**
 * The shape every validator's failure is read into: one issue per field error, with the rule that failed in
 * words the library can say in every language, and the schema author's own message when there is one.
 */

/**
 * The most field errors one problem lists. A schema can fail in thousands of places on a large body; the first
 * ones are enough for a client to act on, and the response stays small.
 */
export const MAX_FIELD_ERRORS = 100;

/**
 * How many field errors a source is read for, by every reader, nested ones and one per unknown key included: one
 * more than are listed, so that the problem knows the list was cut and says so, rather than counting only the
 * ones it lists.
 */
export const READ_LIMIT = MAX_FIELD_ERRORS + 1;

/** The part of the request a value came from. */
export type RequestPart = 'body' | 'query' | 'params' | 'headers' | 'cookies';

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

/** Whether a bound is part of the allowed range (`>=`) or not (`>`). */
export type Bound = 'inclusive' | 'exclusive';

/** The rule a value broke, with what the localized message needs. */
export type ValidationRule =
  | { readonly kind: 'required' }
  | { readonly kind: 'type'; readonly expected: ExpectedType }
  | { readonly kind: 'tooShort'; readonly minimum: number }
  | { readonly kind: 'tooLong'; readonly maximum: number }
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'tooSmall'; readonly minimum: number; readonly bound: Bound }
  | { readonly kind: 'tooBig'; readonly maximum: number; readonly bound: Bound }
  | { readonly kind: 'multipleOf'; readonly divisor: number }
  | { readonly kind: 'format'; readonly format: StringFormat }
  | { readonly kind: 'oneOf'; readonly values: readonly unknown[] }
  | { readonly kind: 'unknownKey' }
  | { readonly kind: 'tooFewItems'; readonly minimum: number }
  | { readonly kind: 'tooManyItems'; readonly maximum: number }
  | { readonly kind: 'itemCount'; readonly count: number }
  | { readonly kind: 'invalid' };

/** The kinds of {@link ValidationRule}: the keys of the field messages of every locale. */
export type RuleKind = ValidationRule['kind'];

/** The types a message can name; anything else is `other` ("has the wrong type"). */
export type ExpectedType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'date' | 'null' | 'other';

/** The formats a message can name; anything else is `other` ("does not have the required format"). */
export type StringFormat = 'email' | 'url' | 'uuid' | 'date' | 'datetime' | 'time' | 'pattern' | 'other';

/** One field error, read from a validator. */
export interface FieldIssue {
  /** Where the value is within its part of the request. */
  readonly path: readonly PathSegment[];
  /** The part of the request, when the validator names it (express-validator, OpenAPI validators). */
  readonly in?: RequestPart;
  /** The validator's own code for the issue (`too_small`, `minLength`, …). */
  readonly code: string;
  readonly rule: ValidationRule;
  /** The message the schema's author wrote, kept as written; absent when the validator's default was used. */
  readonly message?: string;
}

const TYPE_NAMES: Readonly<Record<string, ExpectedType>> = {
  string: 'string',
  number: 'number',
  float: 'number',
  nan: 'number',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
  tuple: 'array',
  date: 'date',
  null: 'null',
};

/** A validator's name for a type (`int`, `float`, `Date`), as a type a message can name. */
export function expectedTypeOf(name: unknown): ExpectedType {
  return typeof name === 'string' ? (TYPE_NAMES[name.toLowerCase()] ?? 'other') : 'other';
}

const FORMAT_NAMES: Readonly<Record<string, StringFormat>> = {
  email: 'email',
  url: 'url',
  uri: 'url',
  uuid: 'uuid',
  guid: 'uuid',
  date: 'date',
  iso_date: 'date',
  datetime: 'datetime',
  'date-time': 'datetime',
  iso_date_time: 'datetime',
  iso_timestamp: 'datetime',
  time: 'time',
  iso_time: 'time',
  regex: 'pattern',
  pattern: 'pattern',
  starts_with: 'pattern',
  ends_with: 'pattern',
  includes: 'pattern',
};

/** A validator's name for a string format (`email`, `date-time`, `iso_date`), as a format a message can name. */
export function formatOf(name: unknown): StringFormat {
  return typeof name === 'string' ? (FORMAT_NAMES[name.toLowerCase()] ?? 'other') : 'other';
}

/** A finite number from a bound a validator reports (a number, a bigint, a numeric string), or `undefined`. */
export function finiteNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'bigint' || (typeof value === 'string' && value.trim() !== '') ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

export const INVALID: ValidationRule = Object.freeze({ kind: 'invalid' });
export const REQUIRED: ValidationRule = Object.freeze({ kind: 'required' });
export const UNKNOWN_KEY: ValidationRule = Object.freeze({ kind: 'unknownKey' });
