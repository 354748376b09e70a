import {
  MAX_FIELD_ERRORS,
  normalizeError,
  PROBLEM_MEMBER,
  type ResolvedProblem,
  resolveProblem,
  VALIDATION_PROBLEM_TYPE,
  ValidationProblemError,
  validationProblem,
} from '@status-i18n/core';
import { z as z3 } from 'zod3';
import { z } from 'zod4';

const failure = z.object({ name: z.string().min(3), age: z.number() }).safeParse({ name: 'a' }).error;

function resolve(
  error: unknown,
  locale: string,
  context: Parameters<typeof resolveProblem>[2] = { defaultLocale: 'en' },
) {
  return resolveProblem(error, locale, context) as ResolvedProblem;
}

describe('validationProblem(source, options)', () => {
  it('returns an Error to throw: 422, exposed, with its field errors', () => {
    const error = validationProblem(failure);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ValidationProblemError);
    expect(error).toMatchObject({
      name: 'ValidationProblemError',
      status: 422,
      statusCode: 422,
      expose: true,
      in: 'body',
    });
    expect(error.message).toBe('2 values in the request are not valid.');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.issues).toHaveLength(2);
  });

  it("takes a validator's own error as its cause, and the stack from it rather than a second one", () => {
    const limit = Error.stackTraceLimit;
    const error = validationProblem(failure);
    expect(error.cause).toBe(failure);
    expect(error.stack).toBe('ValidationProblemError: 2 values in the request are not valid.');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack).toContain('validation-problem.test.ts');
    // Zod 3's errors have a stack (Zod 4's keep none): where the request failed validation.
    const zod3Failure = z3.object({ name: z3.string() }).safeParse({}).error;
    const fromZod3 = validationProblem(zod3Failure);
    expect(fromZod3.cause).toBe(zod3Failure);
    expect((fromZod3.cause as Error).stack).toContain('validation-problem.test.ts');
  });

  it("takes express-validator's thrown error's frames, not the error itself: it keeps the submitted values", () => {
    // What `validationResult(req).throw()` throws: an Error with no message, the Result's methods and its errors,
    // each with the submitted `value`.
    const errors = [{ type: 'field', value: 'hunter2', msg: 'Invalid value', path: 'password', location: 'body' }];
    const thrown = Object.assign(new Error(), { errors, isEmpty: () => false, array: () => errors });
    const error = validationProblem(thrown);
    expect(error.cause).toBeUndefined();
    const [first, ...frames] = (error.stack as string).split('\n');
    expect(first).toBe('ValidationProblemError: 1 value in the request is not valid.');
    expect(frames[0]).toMatch(/^ +at .*validation-problem\.test\.ts/);
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });

  it("shows its cause's stack where its own would be, under debug", () => {
    const zod3Failure = z3.object({ name: z3.string() }).safeParse({}).error;
    const stack = normalizeError(validationProblem(zod3Failure)).stack as string;
    expect(stack.split('\n')[0]).toBe('ValidationProblemError: 1 value in the request is not valid.');
    expect(stack).toContain('\ncaused by: ZodError');
    expect(stack).toContain('validation-problem.test.ts');
    // A chain that comes back to an error already shown ends there.
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    (first as { cause?: unknown }).cause = second;
    expect(normalizeError(first).stack?.match(/caused by/g)).toHaveLength(1);
  });

  it('has a stack of its own when its source is not an Error (ajv errors), or the stack limit cannot be changed', () => {
    const ajvErrors = [{ instancePath: '/name', keyword: 'required', params: {}, message: 'is required' }];
    const fromList = validationProblem(ajvErrors);
    expect(fromList.cause).toBeUndefined();
    expect(fromList.stack).toContain('validation-problem.test.ts');
    const limit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') as PropertyDescriptor;
    Object.defineProperty(Error, 'stackTraceLimit', { ...limit, writable: false });
    try {
      const error = validationProblem(failure);
      expect(error.cause).toBe(failure);
      expect(error.stack).toContain('validation-problem.test.ts');
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', limit);
    }
    // With no limit at all (V8 then takes no stack), none is added.
    delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
    try {
      expect(validationProblem(failure).cause).toBe(failure);
      expect(Object.hasOwn(Error, 'stackTraceLimit')).toBe(false);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', limit);
    }
  });

  it('answers 400 when asked', () => {
    const error = validationProblem(failure, { status: 400 });
    expect(error.status).toBe(400);
    expect(resolve(error, 'en').status).toBe(400);
  });

  it('returns a validation problem it is given as it is', () => {
    const error = validationProblem(failure);
    expect(validationProblem(error)).toBe(error);
  });

  it.each([
    ['a plain Error', new Error('x')],
    ['null', null],
    ['a successful parse', { success: true, data: {} }],
    ['an object with other errors', { errors: [{ message: 'x' }] }],
  ])('throws a TypeError for %s: a bug of the calling code', (_case, source) => {
    expect(() => validationProblem(source)).toThrow(TypeError);
  });

  it('throws a TypeError for a result that lists no field error: nothing failed', () => {
    expect(() => validationProblem({ issues: [] })).toThrow(
      'status-i18n: validationProblem() was given a result with no field errors: nothing failed',
    );
    // An empty list of errors (ajv's, class-validator's) is no failure either.
    expect(() => validationProblem([])).toThrow(TypeError);
    // Nor is a successful result, its `error` (undefined) or an ajv function that passed: said so, not taken
    // for a source of an unknown kind.
    const passed = z.string().safeParse('x');
    expect(() => validationProblem(passed)).toThrow(
      "status-i18n: validationProblem() was given a successful result: nothing failed (call it when validation fails, with the validator's error)",
    );
    expect(() => validationProblem(passed.error)).toThrow('was given undefined: nothing failed');
    const validate = Object.assign(() => true, { errors: null });
    expect(() => validationProblem(validate)).toThrow('was given a successful result: nothing failed');
    expect(() => validationProblem({ value: 'x' })).toThrow('was given a successful result: nothing failed');
    // A function that is no validator (an async schema's parse, passed by mistake): not taken for a pass.
    expect(() => validationProblem(async () => undefined)).toThrow('reads a ZodError');
    expect(() => validationProblem(Promise.resolve({ issues: [{ message: 'x' }] }))).toThrow(
      'was given a Promise: await',
    );
    expect(() => validationProblem(new Error('x'))).toThrow('reads a ZodError');
  });

  it('throws a TypeError for options it cannot honour', () => {
    const untyped = validationProblem as (source: unknown, options: object) => Error;
    expect(() => untyped(failure, { in: 'url' })).toThrow('option "in"');
    expect(() => untyped(failure, { status: 500 })).toThrow('option "status"');
    // A misspelt option is refused, not ignored.
    expect(() => untyped(failure, { stauts: 400 })).toThrow(
      'status-i18n: validationProblem(): unknown option "stauts" (did you mean "status"?)',
    );
    expect(() => untyped(failure, 'body' as never)).toThrow(TypeError);
  });

  it('lists at most MAX_FIELD_ERRORS errors, and says when the validator reported more', () => {
    const issuesOf = (length: number) => Array.from({ length }, (_, index) => ({ message: 'x', path: [`f${index}`] }));
    expect(MAX_FIELD_ERRORS).toBe(100);
    const cut = validationProblem({ issues: issuesOf(250) });
    const resolved = resolve(cut, 'en');
    expect(resolved.extensions.errors).toHaveLength(100);
    expect(resolved.detail).toBe('More than 100 values in the request are not valid; the first 100 are listed.');
    expect(resolve(cut, 'zh-CN').detail).toBe('请求中有超过 100 个值无效，此处列出前 100 个。');
    expect(cut.message).toBe('More than 100 values in the request are not valid; the first 100 are listed.');
    // Exactly as many as are listed: counted, not "more than".
    expect(resolve(validationProblem({ issues: issuesOf(100) }), 'en').detail).toBe(
      '100 values in the request are not valid.',
    );
    expect(resolve(validationProblem({ issues: issuesOf(101) }), 'en').detail).toMatch(/^More than 100 /);
  });

  it('says "more than" for the other sources it cuts: ajv, class-validator (a tree), unknown keys', () => {
    const ajv = Array.from({ length: 150 }, (_, index) => ({
      instancePath: `/f${index}`,
      schemaPath: '#/required',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    }));
    const classValidator = [
      {
        property: 'items',
        children: Array.from({ length: 60 }, (_, index) => ({
          property: String(index),
          constraints: { isString: 'x', minLength: 'y' },
        })),
      },
    ];
    // One error each, nested: 150 items of a list, each failing one rule (a ValidationPipe's @ValidateNested).
    const nested = [
      {
        property: 'items',
        children: Array.from({ length: 150 }, (_, index) => ({
          property: String(index),
          children: [{ property: 'qty', constraints: { min: 'qty must not be less than 1' } }],
        })),
      },
    ];
    // One issue that names 150 unknown keys (Zod's strict object), and express-validator's unknown fields.
    const unknownKeys = z
      .strictObject({})
      .safeParse(Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`k${index}`, 1]))).error;
    const unknownFields = [
      {
        type: 'unknown_fields',
        msg: 'Unknown field(s)',
        fields: Array.from({ length: 150 }, (_, index) => ({ path: `k${index}`, location: 'body', value: 1 })),
      },
    ];
    for (const source of [ajv, classValidator, nested, unknownKeys, unknownFields]) {
      const resolved = resolve(validationProblem(source), 'en');
      expect(resolved.detail).toBe('More than 100 values in the request are not valid; the first 100 are listed.');
      expect(resolved.extensions.errors).toHaveLength(100);
    }
  });
});

describe('resolveProblem(validation problem, locale, context)', () => {
  it('answers with the validation type, a localized title and detail, and the field errors', () => {
    expect(resolve(validationProblem(failure), 'en')).toEqual({
      status: 422,
      type: VALIDATION_PROBLEM_TYPE,
      title: 'The request is not valid',
      detail: '2 values in the request are not valid.',
      extensions: {
        errors: [
          { detail: 'Must be at least 3 characters long.', pointer: '#/name', code: 'too_small' },
          { detail: 'This field is required.', pointer: '#/age', code: 'invalid_type' },
        ],
      },
      locale: 'en',
    });
    expect(VALIDATION_PROBLEM_TYPE).toBe('urn:problem-type:validation');
  });

  it.each([
    ['zh-CN', '请求无效', '请求中有 2 个值无效。'],
    ['zh-TW', '請求無效', '請求中有 2 個值無效。'],
  ])('answers in %s', (locale, title, detail) => {
    expect(resolve(validationProblem(failure), locale)).toMatchObject({ title, detail, locale });
  });

  it('says "1 value" for one error', () => {
    const one = z.object({ a: z.string() }).safeParse({}).error;
    expect(resolve(validationProblem(one), 'en').detail).toBe('1 value in the request is not valid.');
  });

  it.each([
    ['zh-HK', 'en', 'zh-TW'],
    ['zh-Hant', 'en', 'zh-TW'],
    ['zh-Hans-SG', 'en', 'zh-CN'],
    ['en-GB', 'zh-CN', 'en'],
    ['fr', 'en', 'en'],
    ['fr', 'zh-TW', 'zh-TW'],
  ])('falls back from %s (default %s) to %s, as the catalog does', (locale, defaultLocale, expected) => {
    expect(resolve(validationProblem(failure), locale, { defaultLocale }).locale).toBe(expected);
  });

  describe('with words of the application (context.validationMessages)', () => {
    const validationMessages = {
      ja: {
        title: 'リクエストが正しくありません。',
        required: 'この項目は必須です。',
        tooShort: '{minimum} 文字以上で入力してください。',
      },
      'zh-CN': { title: '提交的内容有误。' },
      'not a tag!': { title: 'ignored' },
      de: { required: '{broken', title: 'Die Anfrage ist ungültig.' },
    };

    it('answers in a locale it adds, the rest in English', () => {
      const resolved = resolve(validationProblem(failure), 'ja', { defaultLocale: 'en', validationMessages });
      expect(resolved.locale).toBe('ja');
      expect(resolved.title).toBe('リクエストが正しくありません。');
      expect(resolved.detail).toBe('2 values in the request are not valid.');
      expect((resolved.extensions.errors as Array<{ detail: string }>).map(({ detail }) => detail)).toEqual([
        '3 文字以上で入力してください。',
        'この項目は必須です。',
      ]);
    });

    it('overrides the shipped words of a locale', () => {
      const resolved = resolve(validationProblem(failure), 'zh-CN', { defaultLocale: 'en', validationMessages });
      expect(resolved).toMatchObject({ title: '提交的内容有误。', detail: '请求中有 2 个值无效。', locale: 'zh-CN' });
    });

    it('falls back to the English message for one that is not valid ICU', () => {
      const resolved = resolve(validationProblem(failure), 'de', { defaultLocale: 'en', validationMessages });
      expect(resolved.title).toBe('Die Anfrage ist ungültig.');
      expect((resolved.extensions.errors as Array<{ detail: string }>)[1]?.detail).toBe('This field is required.');
    });
  });

  it('names at most 20 allowed values', () => {
    const values = Array.from({ length: 30 }, (_, index) => `v${index}`) as [string, ...string[]];
    const error = z.object({ pick: z.enum(values) }).safeParse({ pick: 'x' }).error;
    const [first] = resolve(validationProblem(error), 'en').extensions.errors as Array<{ detail: string }>;
    expect(first?.detail).toBe(
      `Must be ${values
        .slice(0, 20)
        .map((value) => `"${value}"`)
        .join(', ')}, or ….`,
    );
  });

  it('is recognized through its member alone, as from another copy of the package', () => {
    const error = validationProblem(failure);
    const copy = { [PROBLEM_MEMBER]: (error as unknown as Record<symbol, unknown>)[PROBLEM_MEMBER] };
    expect(resolve(copy, 'zh-TW')).toEqual(resolve(error, 'zh-TW'));
  });
});
