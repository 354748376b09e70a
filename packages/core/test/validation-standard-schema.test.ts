import { type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import { type } from 'arktype';
import * as v from 'valibot';
import { z as z3 } from 'zod3';
import { z as z4 } from 'zod4';

type FieldError = { detail: string; pointer?: string; parameter?: string; code: string };

const SECRET = 'SECRET-VALUE-5521';

function errorsOf(source: unknown, locale = 'en', options?: Parameters<typeof validationProblem>[1]): FieldError[] {
  const resolved = resolveProblem(validationProblem(source, options), locale, {
    defaultLocale: 'en',
  }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

/** What `schema['~standard'].validate(value)` returns, known to be synchronous for these schemas. */
function validate(schema: { '~standard': { validate(value: unknown): unknown } }, value: unknown): unknown {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('expected a synchronous result');
  return result;
}

describe('validationProblem(Standard Schema result) with Valibot', () => {
  const Profile = v.strictObject({
    name: v.pipe(v.string(), v.minLength(3)),
    nick: v.pipe(v.string(), v.maxLength(2)),
    pin: v.pipe(v.string(), v.length(4)),
    email: v.pipe(v.string(), v.email()),
    site: v.pipe(v.string(), v.url()),
    id: v.pipe(v.string(), v.uuid()),
    born: v.pipe(v.string(), v.isoDate()),
    code: v.pipe(v.string(), v.regex(/^[A-Z]+$/)),
    age: v.pipe(v.number(), v.integer()),
    adult: v.pipe(v.number(), v.minValue(18)),
    score: v.pipe(v.number(), v.gtValue(10)),
    cap: v.pipe(v.number(), v.maxValue(99)),
    step: v.pipe(v.number(), v.multipleOf(5)),
    role: v.picklist(['admin', 'user']),
    kind: v.literal('person'),
    tags: v.pipe(v.array(v.string()), v.minLength(2)),
    active: v.boolean(),
    city: v.string(),
    nested: v.object({ 'a/b': v.string() }),
    custom: v.pipe(v.string(), v.minLength(5, 'Name is too short!')),
  });
  const result = validate(Profile, {
    name: 'ab',
    nick: SECRET,
    pin: 'a',
    email: SECRET,
    site: SECRET,
    id: SECRET,
    born: SECRET,
    code: SECRET,
    age: 12.5,
    adult: 7,
    score: 3,
    cap: 100,
    step: 7,
    role: SECRET,
    kind: SECRET,
    tags: [SECRET],
    active: SECRET,
    nested: { 'a/b': 1 },
    custom: 'abc',
    extra: SECRET,
  });

  it('replaces the default messages, which quote the submitted value', () => {
    expect(JSON.stringify(result)).toContain(`received \\"${SECRET}\\"`);
    expect(errorsOf(result).map(({ pointer, detail }) => [pointer, detail])).toEqual([
      ['#/name', 'Must be at least 3 characters long.'],
      ['#/nick', 'Must be at most 2 characters long.'],
      ['#/pin', 'Must be exactly 4 characters long.'],
      ['#/email', 'Must be an email address.'],
      ['#/site', 'Must be a URL.'],
      ['#/id', 'Must be a UUID.'],
      ['#/born', 'Must be a date (YYYY-MM-DD).'],
      ['#/code', 'Does not match the required pattern.'],
      ['#/age', 'Must be an integer.'],
      ['#/adult', 'Must be at least 18.'],
      ['#/score', 'Must be greater than 10.'],
      ['#/cap', 'Must be at most 99.'],
      ['#/step', 'Must be a multiple of 5.'],
      ['#/role', 'Must be "admin" or "user".'],
      ['#/kind', 'Must be "person".'],
      ['#/tags', 'Must have at least 2 items.'],
      ['#/active', 'Must be true or false.'],
      ['#/city', 'This field is required.'],
      ['#/nested/a~1b', 'Must be a string.'],
      ['#/custom', 'Name is too short!'],
      ['#/extra', 'This field is not allowed.'],
    ]);
  });

  it("names each error with Valibot's issue type", () => {
    const codes = errorsOf(result).map(({ code }) => code);
    expect(codes.slice(0, 4)).toEqual(['min_length', 'max_length', 'length', 'email']);
    expect(codes).toContain('strict_object');
  });

  it('never repeats a submitted value, in any language', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'])
      expect(JSON.stringify(errorsOf(result, locale))).not.toContain(SECRET);
  });

  it('answers in Chinese', () => {
    expect(errorsOf(result, 'zh-CN')[0]?.detail).toBe('长度至少为 3 个字符。');
    expect(errorsOf(result, 'zh-TW')[13]?.detail).toBe('必須為「admin」或「user」。');
  });

  it('also reads a thrown ValiError', () => {
    let thrown: unknown;
    try {
      v.parse(v.object({ page: v.pipe(v.number(), v.minValue(1)) }), { page: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(errorsOf(thrown, 'en', { in: 'query' })).toEqual([
      { detail: 'Must be at least 1.', parameter: 'page', code: 'min_value' },
    ]);
  });

  it("reads a safeParse result's issues alone as it reads the result", () => {
    const failed = v.safeParse(v.object({ page: v.pipe(v.number(), v.minValue(1)) }), { page: 0 });
    expect(errorsOf(failed.issues, 'en', { in: 'query' })).toEqual(errorsOf(failed, 'en', { in: 'query' }));
    expect(errorsOf(failed.issues, 'en', { in: 'query' })).toEqual([
      { detail: 'Must be at least 1.', parameter: 'page', code: 'min_value' },
    ]);
  });
});

describe('validationProblem(Standard Schema result) with ArkType', () => {
  const Profile = type({
    name: 'string >= 3',
    nick: 'string <= 2',
    pin: 'string == 4',
    email: 'string.email',
    id: 'string.uuid',
    code: /^[A-Z]+$/,
    age: 'number.integer',
    adult: 'number >= 18',
    score: 'number > 10',
    step: 'number % 5',
    role: "'admin' | 'user'",
    tags: 'string[] >= 2',
    active: 'boolean',
    city: 'string',
    custom: type('string >= 5').configure({ message: 'Name is too short!' }),
    '+': 'reject',
  });
  const result = validate(Profile, {
    name: 'ab',
    nick: SECRET,
    pin: 'a',
    email: SECRET,
    id: SECRET,
    code: SECRET,
    age: 12.5,
    adult: 7,
    score: 3,
    step: 7,
    role: SECRET,
    tags: [SECRET],
    active: SECRET,
    custom: 'abc',
    extra: SECRET,
  });

  it('replaces the default messages, which quote the submitted value', () => {
    expect(
      JSON.stringify((result as { issues: Array<{ message: string }> }).issues.map((issue) => issue.message)),
    ).toContain(SECRET);
    const details = Object.fromEntries(errorsOf(result).map(({ pointer, detail }) => [pointer, detail]));
    expect(details).toEqual({
      '#/name': 'Must be at least 3 characters long.',
      '#/nick': 'Must be at most 2 characters long.',
      '#/pin': 'Must be exactly 4 characters long.',
      '#/email': 'Must be an email address.',
      '#/id': 'Must be a UUID.',
      '#/code': 'Does not match the required pattern.',
      '#/age': 'Must be an integer.',
      '#/adult': 'Must be at least 18.',
      '#/score': 'Must be greater than 10.',
      '#/step': 'Must be a multiple of 5.',
      '#/role': 'Must be "admin" or "user".',
      '#/tags': 'Must have at least 2 items.',
      '#/active': 'Must be true or false.',
      '#/city': 'This field is required.',
      '#/custom': 'Name is too short!',
      '#/extra': 'This field is not allowed.',
    });
  });

  it('never repeats a submitted value, in any language', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'])
      expect(JSON.stringify(errorsOf(result, locale))).not.toContain(SECRET);
  });

  it('gives one error per rule when a value breaks several at once', () => {
    const both = validate(type({ age: 'number.integer >= 18' }), { age: 12.5 });
    expect(errorsOf(both, 'zh-TW')).toEqual([
      { detail: '必須是整數。', pointer: '#/age', code: 'divisor' },
      { detail: '不能小於 18。', pointer: '#/age', code: 'min' },
    ]);
  });
});

describe('validationProblem(Standard Schema result) with Zod', () => {
  it.each([
    ['Zod 3', z3.object({ page: z3.number().int().min(1) })],
    ['Zod 4', z4.object({ page: z4.number().int().min(1) })],
  ])('reads %s issues from its Standard Schema result', (_version, schema) => {
    expect(errorsOf(validate(schema, { page: 0 }), 'zh-CN', { in: 'query' })).toEqual([
      { detail: '不能小于 1。', parameter: 'page', code: 'too_small' },
    ]);
  });
});

describe('validationProblem(Standard Schema result) from another validator', () => {
  it('gives the generic words: nothing tells its defaults, which may quote the value, from its author', () => {
    const result = { issues: [{ message: `Expected a number, got "${SECRET}"`, path: [{ key: 'profile' }, 'age'] }] };
    expect(errorsOf(result)).toEqual([
      { detail: 'This value is not valid.', pointer: '#/profile/age', code: 'invalid' },
    ]);
  });

  it('reads a bare list of issues too', () => {
    expect(errorsOf([{ message: 'x', path: ['a'] }])).toEqual([
      { detail: 'This value is not valid.', pointer: '#/a', code: 'invalid' },
    ]);
  });
});
