import { readProperty, readString } from '../../../error/read';
import { boundRule, boundSubjectOf } from '../bounds';
import {
  expectedTypeOf,
  type FieldIssue,
  formatOf,
  INVALID,
  READ_LIMIT,
  REQUIRED,
  UNKNOWN_KEY,
  type ValidationRule,
} from '../issue';
import { readPath } from './path';

/**
 * Zod 3 and Zod 4 issues. Zod puts its default message on every issue and marks nothing, so a default is told
 * from an author's message by its wording: each pattern below matches what Zod's English error map writes for
 * that code (Zod 3's and Zod 4's), and nothing else an author would write with a different meaning; `Invalid
 * input` is Zod 4's word for every code when no locale is loaded (`zod/mini`). A message from an error map the
 * application installed (`z.setErrorMap`, `z.config(z.locales.fr())`) matches none and is kept as written: the
 * application chose those words.
 */
interface ZodReading {
  readonly rule: ValidationRule;
  readonly isDefault: boolean;
}

type Reader = (issue: object, message: string) => ZodReading;

const read = (rule: ValidationRule, isDefault: boolean): ZodReading => ({ rule, isDefault });

function boundReading(issue: object, message: string): ZodReading {
  const side = readProperty(issue, 'code') === 'too_small' ? 'min' : 'max';
  // Zod 3 names the subject `type`, Zod 4 `origin`.
  const subject = boundSubjectOf(readProperty(issue, 'origin') ?? readProperty(issue, 'type'));
  const rule = boundRule(subject, {
    side,
    limit: readProperty(issue, side === 'min' ? 'minimum' : 'maximum'),
    exact: readProperty(issue, 'exact') === true,
    inclusive: readProperty(issue, 'inclusive') !== false,
  });
  return read(
    rule,
    /^(?:(?:String|Number|Array|BigInt|Date) must |Too (?:small|big): expected |Invalid input$)/.test(message),
  );
}

function oneOfReading(values: unknown, isDefault: boolean): ZodReading {
  return read(Array.isArray(values) ? { kind: 'oneOf', values } : INVALID, isDefault);
}

function formatReading(issue: object, message: string): ZodReading {
  // Zod 3: `validation` is a name or `{ includes | startsWith | endsWith }`; Zod 4: `format`.
  const name = readProperty(issue, 'format') ?? readProperty(issue, 'validation');
  const format = typeof name === 'object' && name !== null ? 'pattern' : formatOf(name);
  const isDefault = /^Invalid(?: input: must | string: must |$| [\w .-]+$)/.test(message);
  return read({ kind: 'format', format }, isDefault);
}

const READERS: Readonly<Record<string, Reader>> = {
  invalid_type(issue, message) {
    const v3Required = message === 'Required' && readProperty(issue, 'received') === 'undefined';
    const v4Default = /^Invalid input: expected \S+, received \S+$/.test(message);
    const missing =
      v3Required || readProperty(issue, 'received') === 'undefined' || /received undefined$/.test(message);
    const rule = missing
      ? REQUIRED
      : ({ kind: 'type', expected: expectedTypeOf(readProperty(issue, 'expected')) } as const);
    return read(rule, v3Required || v4Default || /^Expected \S+, received \S+$/.test(message));
  },
  too_small: boundReading,
  too_big: boundReading,
  not_multiple_of(issue, message) {
    const divisor = Number(readProperty(issue, 'divisor') ?? readProperty(issue, 'multipleOf'));
    const rule: ValidationRule = Number.isFinite(divisor) ? { kind: 'multipleOf', divisor } : INVALID;
    return read(rule, /^(?:Number|Invalid number:) must be a multiple of /.test(message));
  },
  invalid_string: formatReading,
  invalid_format: formatReading,
  invalid_enum_value: (issue, message) =>
    oneOfReading(
      readProperty(issue, 'options'),
      /^Invalid enum value\. Expected [\s\S]*, received '[\s\S]*'$/.test(message),
    ),
  invalid_literal: (issue, message) =>
    oneOfReading([readProperty(issue, 'expected')], /^Invalid literal value, expected /.test(message)),
  invalid_value: (issue, message) =>
    oneOfReading(readProperty(issue, 'values'), /^Invalid (?:input: expected |option: expected one of )/.test(message)),
  invalid_union_discriminator: (issue, message) =>
    oneOfReading(readProperty(issue, 'options'), /^Invalid discriminator value\. Expected /.test(message)),
  invalid_union(issue, message) {
    const options = readProperty(issue, 'options');
    if (Array.isArray(options) && options.length > 0) {
      return oneOfReading(options, /^Invalid discriminator value\. Expected /.test(message));
    }
    return read(INVALID, /^Invalid input(?:: more than one option matched)?$/.test(message));
  },
  unrecognized_keys: (_issue, message) => read(UNKNOWN_KEY, /^Unrecognized key(?:\(s\) in object|s?): /.test(message)),
  invalid_date: (_issue, message) => read({ kind: 'type', expected: 'date' }, message === 'Invalid date'),
  not_finite: (_issue, message) => read({ kind: 'type', expected: 'number' }, message === 'Number must be finite'),
  invalid_key: (_issue, message) => read(INVALID, /^Invalid key in /.test(message)),
  invalid_element: (_issue, message) => read(INVALID, /^Invalid value in /.test(message)),
  invalid_arguments: (_issue, message) => read(INVALID, message === 'Invalid function arguments'),
  invalid_return_type: (_issue, message) => read(INVALID, message === 'Invalid function return type'),
  invalid_intersection_types: (_issue, message) =>
    read(INVALID, message === 'Intersection results could not be merged'),
  custom: (_issue, message) => read(INVALID, message === 'Invalid input'),
};

/** Whether `issue` has the shape of a Zod 3 or Zod 4 issue: a code Zod uses, a path and a message. */
export function isZodIssue(issue: unknown): boolean {
  const code = readString(issue, 'code');
  return code !== undefined && Object.hasOwn(READERS, code) && Array.isArray(readProperty(issue, 'path'));
}

/** The field errors of one Zod issue: one per key for unrecognized keys, so each is pointed at. */
export function readZodIssue(issue: object): FieldIssue[] {
  const code = readString(issue, 'code') ?? 'custom';
  const message = readString(issue, 'message') ?? '';
  const reader = READERS[code] ?? READERS.custom;
  const reading = (reader as Reader)(issue, message);
  // Zod 4 without a locale (`zod/mini` loads none) says only this, for every code.
  const isDefault = reading.isDefault || message === 'Invalid input';
  const { rule } = reading;
  const path = readPath(readProperty(issue, 'path'));
  const own = isDefault || message === '' ? {} : { message };
  if (code === 'unrecognized_keys') {
    const keys = readProperty(issue, 'keys');
    if (Array.isArray(keys) && keys.length > 0) {
      return keys.slice(0, READ_LIMIT).map((key) => ({ path: [...path, String(key)], code, rule, ...own }));
    }
  }
  return [{ path, code, rule, ...own }];
}
