import { type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import { z as z3 } from 'zod3';
import { z as z4 } from 'zod4';
import * as zm from 'zod4/mini';

type FieldError = { detail: string; pointer?: string; code: string };

function fieldErrors(error: unknown, locale = 'en'): FieldError[] {
  const resolved = resolveProblem(validationProblem(error), locale, { defaultLocale: 'en' }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

// The same schema in both versions; the inputs break one rule per field.
function profileSchema(z: typeof z3 | typeof z4) {
  const zod = z as typeof z4;
  return zod
    .object({
      name: zod.string().min(3),
      nick: zod.string().max(2),
      pin: zod.string().length(4),
      email: zod.string().email(),
      site: zod.string().url(),
      id: zod.string().uuid(),
      born: zod.string().date(),
      code: zod.string().regex(/^[A-Z]+$/),
      age: zod.number().int(),
      adult: zod.number().min(18),
      score: zod.number().gt(10),
      cap: zod.number().max(99),
      step: zod.number().multipleOf(5),
      role: zod.enum(['admin', 'user']),
      kind: zod.literal('person'),
      tags: zod.array(zod.string()).min(2),
      pets: zod.array(zod.string()).max(1),
      active: zod.boolean(),
      city: zod.string(),
      nested: zod.object({ 'a/b': zod.string(), 'c~d': zod.number() }),
    })
    .strict();
}

const SECRET = 'SECRET-VALUE-7731';

const input = {
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
  pets: [SECRET, SECRET],
  active: SECRET,
  nested: { 'a/b': 1, 'c~d': SECRET },
  [SECRET.toLowerCase()]: 1,
};

const expected: Array<[pointer: string, detail: string]> = [
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
  ['#/pets', 'Must have at most 1 item.'],
  ['#/active', 'Must be true or false.'],
  ['#/city', 'This field is required.'],
  ['#/nested/a~1b', 'Must be a string.'],
  ['#/nested/c~0d', 'Must be a number.'],
  [`#/${SECRET.toLowerCase()}`, 'This field is not allowed.'],
];

describe.each([
  ['Zod 3', z3],
  ['Zod 4', z4],
] as const)('validationProblem(ZodError) with %s', (_version, z) => {
  // Zod 4 then copies the submitted values into its issues; Zod 3 quotes a bad enum value in its message.
  const result = profileSchema(z).safeParse(input, { reportInput: true });
  if (result.success) throw new Error('the input must fail');

  it('replaces every default message with the words for its rule', () => {
    const errors = fieldErrors(result.error);
    expect(errors.map(({ pointer, detail }) => [pointer, detail])).toEqual(
      expect.arrayContaining(expected.map(([pointer, detail]) => [pointer, detail])),
    );
    expect(errors).toHaveLength(expected.length);
  });

  it("names each error with Zod's own code", () => {
    const codes = Object.fromEntries(fieldErrors(result.error).map(({ pointer, code }) => [pointer, code]));
    expect(codes['#/name']).toBe('too_small');
    expect(codes['#/step']).toBe('not_multiple_of');
    expect(codes['#/email']).toBe(_version === 'Zod 3' ? 'invalid_string' : 'invalid_format');
    expect(codes['#/role']).toBe(_version === 'Zod 3' ? 'invalid_enum_value' : 'invalid_value');
    expect(codes[`#/${SECRET.toLowerCase()}`]).toBe('unrecognized_keys');
  });

  it('never repeats a submitted value', () => {
    // The unknown key is named by its pointer (where the error is, in lower case here), never in words.
    for (const locale of ['en', 'zh-CN', 'zh-TW'])
      expect(JSON.stringify(fieldErrors(result.error, locale))).not.toContain(SECRET);
    expect(JSON.stringify(result.error.issues)).toContain(SECRET);
  });

  it.each([
    ['zh-CN', '#/name', '长度至少为 3 个字符。'],
    ['zh-CN', '#/role', '必须为“admin”或“user”。'],
    ['zh-CN', '#/city', '此字段为必填项。'],
    ['zh-TW', '#/name', '長度至少為 3 個字元。'],
    ['zh-TW', '#/score', '必須大於 10。'],
    ['zh-TW', '#/pets', '最多只能有 1 項。'],
  ])('answers in %s (%s)', (locale, pointer, detail) => {
    expect(fieldErrors(result.error, locale).find((error) => error.pointer === pointer)?.detail).toBe(detail);
  });
});

describe('validationProblem(ZodError) keeps what the author wrote', () => {
  it('keeps Zod 3 messages given to checks and to required_error', () => {
    const schema = z3.object({
      name: z3.string({ required_error: 'Tell us your name' }),
      nick: z3.string().min(3, 'Nick is too short!'),
      email: z3.string().email({ message: 'That is no email' }),
      age: z3.number().refine((age) => age > 0, 'Age must be positive'),
    });
    const result = schema.safeParse({ nick: 'a', email: 'x', age: -1 });
    expect(fieldErrors(result.error, 'zh-CN').map(({ detail }) => detail)).toEqual([
      'Tell us your name',
      'Nick is too short!',
      'That is no email',
      'Age must be positive',
    ]);
  });

  it('keeps Zod 4 messages given as strings, as error options and as error functions', () => {
    const schema = z4.object({
      name: z4.string({ error: 'Tell us your name' }),
      nick: z4.string().min(3, 'Nick is too short!'),
      email: z4.email({ error: () => 'That is no email' }),
      age: z4.number().refine((age) => age > 0, { message: 'Age must be positive' }),
    });
    const result = schema.safeParse({ nick: 'a', email: 'x', age: -1 });
    expect(fieldErrors(result.error, 'zh-TW').map(({ detail }) => detail)).toEqual([
      'Tell us your name',
      'Nick is too short!',
      'That is no email',
      'Age must be positive',
    ]);
  });

  it('keeps the messages of an error map the application chose for a parse', () => {
    const v3 = z3
      .string()
      .min(3)
      .safeParse('a', { errorMap: () => ({ message: 'Trop court' }) });
    const v4 = z4
      .string()
      .min(3)
      .safeParse('a', { error: () => 'Trop court' });
    expect(fieldErrors(v3.error)[0]?.detail).toBe('Trop court');
    expect(fieldErrors(v4.error)[0]?.detail).toBe('Trop court');
  });

  it('replaces a refinement without a message (Zod says only "Invalid input")', () => {
    const v3 = z3
      .number()
      .refine((n) => n > 0)
      .safeParse(-1);
    const v4 = z4
      .number()
      .refine((n) => n > 0)
      .safeParse(-1);
    expect(fieldErrors(v3.error, 'zh-CN')[0]).toEqual({ detail: '此值无效。', pointer: '#', code: 'custom' });
    expect(fieldErrors(v4.error, 'zh-CN')[0]).toEqual({ detail: '此值无效。', pointer: '#', code: 'custom' });
  });
});

describe('validationProblem(ZodError) reads Zod-specific issues', () => {
  it('points at each unknown key of a strict object', () => {
    for (const z of [z3, z4] as const) {
      const result = (z as typeof z4).object({}).strict().safeParse({ a: 1, 'b/c': 2 });
      expect(fieldErrors(result.error).map(({ pointer }) => pointer)).toEqual(['#/a', '#/b~1c']);
    }
  });

  it('lists the allowed values of a discriminated union', () => {
    const v3 = z3
      .discriminatedUnion('type', [z3.object({ type: z3.literal('a') }), z3.object({ type: z3.literal('b') })])
      .safeParse({ type: SECRET });
    expect(fieldErrors(v3.error)).toEqual([
      { detail: 'Must be "a" or "b".', pointer: '#/type', code: 'invalid_union_discriminator' },
    ]);
    const v4 = z4
      .discriminatedUnion('type', [z4.object({ type: z4.literal('a') }), z4.object({ type: z4.literal('b') })])
      .safeParse({ type: SECRET });
    expect(fieldErrors(v4.error)[0]).toMatchObject({ pointer: '#/type' });
    expect(JSON.stringify(fieldErrors(v4.error))).not.toContain(SECRET);
  });

  it('reads array indices into the pointer', () => {
    const result = z4.object({ items: z4.array(z4.object({ qty: z4.number().positive() })) }).safeParse({
      items: [{ qty: 1 }, { qty: -2 }],
    });
    expect(fieldErrors(result.error)).toEqual([
      { detail: 'Must be greater than 0.', pointer: '#/items/1/qty', code: 'too_small' },
    ]);
  });

  it('says nothing about a date bound it could only name with its unit', () => {
    const result = z3
      .date()
      .min(new Date(Date.UTC(2020, 0, 1)))
      .safeParse(new Date(0));
    expect(fieldErrors(result.error)[0]?.detail).toBe('This value is not valid.');
  });
});

describe('validationProblem($ZodError) with zod/mini', () => {
  it('replaces the one word Zod 4 has for every issue when no locale is loaded', () => {
    // Importing zod (classic) loads its English locale for every copy of Zod 4 in the process: unload it here.
    z4.config({ localeError: undefined });
    try {
      const result = zm.object({ name: zm.string(), age: zm.number().check(zm.minimum(18)) }).safeParse({ age: 3 });
      expect(result.error?.issues.map(({ message }) => message)).toEqual(['Invalid input', 'Invalid input']);
      // Nothing says the name is missing rather than of another type.
      expect(fieldErrors(result.error, 'zh-TW')).toEqual([
        { detail: '必須是字串。', pointer: '#/name', code: 'invalid_type' },
        { detail: '不能小於 18。', pointer: '#/age', code: 'too_small' },
      ]);
    } finally {
      z4.config(z4.locales.en());
    }
  });
});

// fastify-type-provider-zod hands Fastify Zod's issues dressed as ajv errors: its recent releases spread the issue
// into `params` and mark each error with a registered symbol; its older ones (Fastify 4's) keep the issue in
// `params.issue`. (Its current release is driven through a real Fastify app in test/fastify/errors.test.ts.)
describe('Zod issues dressed as ajv errors (fastify-type-provider-zod)', () => {
  const schema = z4.object({ age: z4.number().min(18), name: z4.string().min(2, 'Two letters at least') });
  const error = schema.safeParse({ age: 17, name: 'A' }).error as z4.ZodError;

  it('reads the recent shape (issue members in params, the mark) as the Zod issues they are', () => {
    const dressed = error.issues.map(({ path, code, message, ...rest }) => ({
      [Symbol.for('ZodFastifySchemaValidationError')]: true,
      keyword: code,
      instancePath: `/${path.join('/')}`,
      schemaPath: `#/${path.join('/')}/${code}`,
      message,
      params: rest,
    }));
    expect(fieldErrors(dressed, 'zh-CN')).toEqual([
      { detail: '不能小于 18。', pointer: '#/age', code: 'too_small' },
      { detail: 'Two letters at least', pointer: '#/name', code: 'too_small' },
    ]);
  });

  it('reads the older shape (the issue in params.issue) the same way', () => {
    const dressed = error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
      params: { issue, zodError: error },
      message: error.message,
    }));
    expect(fieldErrors(dressed)).toEqual([
      { detail: 'Must be at least 18.', pointer: '#/age', code: 'too_small' },
      { detail: 'Two letters at least', pointer: '#/name', code: 'too_small' },
    ]);
  });

  it('leaves an ajv error without the mark an ajv error', () => {
    const ajv = [{ keyword: 'too_small', instancePath: '/age', schemaPath: '#/age', params: { minimum: 18 } }];
    expect(fieldErrors(ajv)).toEqual([{ detail: 'This value is not valid.', pointer: '#/age', code: 'too_small' }]);
  });
});
