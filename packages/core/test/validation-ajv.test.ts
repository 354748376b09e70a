import { type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import Ajv from 'ajv';
import ajvErrors from 'ajv-errors';

type FieldError = { detail: string; pointer?: string; parameter?: string; header?: string; code: string };

function errorsOf(source: unknown, locale = 'en', options?: Parameters<typeof validationProblem>[1]): FieldError[] {
  const resolved = resolveProblem(validationProblem(source, options), locale, {
    defaultLocale: 'en',
  }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

// `verbose` makes ajv copy each submitted value into its error (`data`): none may reach the response.
const ajv = new Ajv({ allErrors: true, verbose: true });
ajvErrors(ajv);
// ajv-formats is not needed to test the reading: these stand in for its formats, under their names.
ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
ajv.addFormat('uuid', /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);

const SECRET = 'SECRET-VALUE-9917';

describe('validationProblem(ajv errors)', () => {
  const validate = ajv.compile({
    type: 'object',
    required: ['name', 'city'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 3 },
      nick: { type: 'string', maxLength: 2 },
      email: { type: 'string', format: 'email' },
      id: { type: 'string', format: 'uuid' },
      born: { type: 'string', format: 'date' },
      code: { type: 'string', pattern: '^[A-Z]+$' },
      age: { type: 'integer' },
      adult: { type: 'number', minimum: 18 },
      score: { type: 'number', exclusiveMinimum: 10 },
      cap: { type: 'number', maximum: 99 },
      step: { type: 'number', multipleOf: 5 },
      role: { enum: ['admin', 'user'] },
      kind: { const: 'person' },
      tags: { type: 'array', minItems: 2 },
      pets: { type: 'array', maxItems: 1 },
      city: { type: 'string' },
      nested: { type: 'object', properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'number' } } },
      custom: { type: 'string', minLength: 5, errorMessage: { minLength: 'Name is too short!' } },
    },
  });
  validate({
    name: 'ab',
    nick: SECRET,
    email: SECRET,
    id: SECRET,
    born: SECRET,
    code: SECRET,
    age: 12.5,
    adult: 7,
    score: 10,
    cap: 100,
    step: 7,
    role: SECRET,
    kind: SECRET,
    tags: [SECRET],
    pets: [SECRET, SECRET],
    nested: { 'a/b': 1, 'c~d': SECRET },
    custom: 'abc',
    extra: SECRET,
  });
  const errors = validate.errors ?? [];

  it('replaces ajv messages with the words for each keyword, pointing at the value', () => {
    expect(errorsOf(errors).map(({ pointer, detail, code }) => [pointer, detail, code])).toEqual([
      ['#/city', 'This field is required.', 'required'],
      ['#/extra', 'This field is not allowed.', 'additionalProperties'],
      ['#/name', 'Must be at least 3 characters long.', 'minLength'],
      ['#/nick', 'Must be at most 2 characters long.', 'maxLength'],
      ['#/email', 'Must be an email address.', 'format'],
      ['#/id', 'Must be a UUID.', 'format'],
      ['#/born', 'Must be a date (YYYY-MM-DD).', 'format'],
      ['#/code', 'Does not match the required pattern.', 'pattern'],
      ['#/age', 'Must be an integer.', 'type'],
      ['#/adult', 'Must be at least 18.', 'minimum'],
      ['#/score', 'Must be greater than 10.', 'exclusiveMinimum'],
      ['#/cap', 'Must be at most 99.', 'maximum'],
      ['#/step', 'Must be a multiple of 5.', 'multipleOf'],
      ['#/role', 'Must be "admin" or "user".', 'enum'],
      ['#/kind', 'Must be "person".', 'const'],
      ['#/tags', 'Must have at least 2 items.', 'minItems'],
      ['#/pets', 'Must have at most 1 item.', 'maxItems'],
      ['#/nested/a~1b', 'Must be a string.', 'type'],
      ['#/nested/c~0d', 'Must be a number.', 'type'],
      ['#/custom', 'Name is too short!', 'minLength'],
    ]);
  });

  it("points an author's message for a required or unknown property at that property, as ajv's own error", () => {
    const withMessages = ajv.compile({
      type: 'object',
      required: ['a', 'b'],
      additionalProperties: false,
      properties: {
        a: { type: 'string' },
        b: { type: 'string' },
        p: { type: 'object', required: ['x'], errorMessage: { required: { x: 'x needed' } } },
        q: { type: 'object', required: ['y', 'z'], errorMessage: { required: 'y and z needed' } },
      },
      errorMessage: { required: { a: 'A is required' }, additionalProperties: 'No extras' },
    });
    withMessages({ b: 'ok', p: {}, q: {}, extra: SECRET });
    expect(errorsOf(withMessages).map(({ pointer, detail }) => [pointer, detail])).toEqual([
      ['#/p/x', 'x needed'],
      // One message for two properties: their object.
      ['#/q', 'y and z needed'],
      ['#/extra', 'No extras'],
      ['#/a', 'A is required'],
    ]);
  });

  it('never repeats a submitted value', () => {
    expect(JSON.stringify(errors)).toContain(SECRET);
    for (const locale of ['en', 'zh-CN', 'zh-TW'])
      expect(JSON.stringify(errorsOf(errors, locale))).not.toContain(SECRET);
  });

  it('answers in Chinese', () => {
    expect(errorsOf(errors, 'zh-CN')[0]?.detail).toBe('此字段为必填项。');
    expect(errorsOf(errors, 'zh-TW')[10]?.detail).toBe('必須大於 10。');
  });

  it('reads the validate function that holds the errors', () => {
    expect(errorsOf(validate)).toHaveLength(errors.length);
  });

  it('names query parameters and headers', () => {
    const query = ajv.compile({ type: 'object', properties: { page: { type: 'integer', minimum: 1 } } });
    query({ page: 0 });
    expect(errorsOf(query.errors, 'en', { in: 'query', status: 400 })).toEqual([
      { detail: 'Must be at least 1.', parameter: 'page', code: 'minimum' },
    ]);
    const headers = ajv.compile({ type: 'object', required: ['x-api-version'] });
    headers({});
    expect(errorsOf(headers.errors, 'en', { in: 'headers' })).toEqual([
      { detail: 'This field is required.', header: 'x-api-version', code: 'required' },
    ]);
  });
});
