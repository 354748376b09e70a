import {
  defineProblems,
  type ResolvedProblem,
  readValidationError,
  resolveProblem,
  validationProblem,
} from '@status-i18n/core';
import { type } from 'arktype';
import * as v from 'valibot';
import { z as z3 } from 'zod3';
import { z as z4 } from 'zod4';

type FieldError = { detail: string; pointer?: string; parameter?: string; header?: string; code: string };

function errorsOf(error: unknown, locale = 'en'): FieldError[] {
  const resolved = resolveProblem(error, locale, { defaultLocale: 'en' }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const zod3Error = thrownBy(() => z3.object({ age: z3.number() }).parse({ age: 'x' }));
const zod4Error = thrownBy(() => z4.object({ age: z4.number() }).parse({ age: 'x' }));
const valiError = thrownBy(() => v.parse(v.object({ age: v.number() }), { age: 'x' }));
const arkError = thrownBy(() => type({ age: 'number' }).assert({ age: 'x' }));

/** The shape express-openapi-validator 5 throws (its HttpError subclasses): an Error with status and errors. */
class BadRequest extends Error {
  readonly status: number;
  readonly path: string;
  readonly errors: ReadonlyArray<Record<string, string>>;
  constructor(status: number, errors: ReadonlyArray<Record<string, string>>) {
    super(errors.map((error) => `request${error.path} ${error.message}`).join(', '));
    this.name = 'Bad Request';
    this.status = status;
    this.path = errors[0]?.path ?? '';
    this.errors = errors;
  }
}

describe('readValidationError(thrown, options)', () => {
  describe('a thrown schema error', () => {
    it.each([
      ['Zod 3', zod3Error],
      ['Zod 4', zod4Error],
      ['Valibot', valiError],
      ['ArkType', arkError],
    ])('from %s is a server error by default: not recognized, not a problem', (_name, error) => {
      expect(readValidationError(error)).toBeUndefined();
      expect(readValidationError(error, { schemaErrorsAreRequestErrors: false })).toBeUndefined();
      expect(resolveProblem(error, 'en', { defaultLocale: 'en' })).toBeUndefined();
    });

    it.each([
      ['Zod 3', zod3Error],
      ['Zod 4', zod4Error],
      ['Valibot', valiError],
      ['ArkType', arkError],
    ])('from %s is a failure of the body when the application says so', (_name, error) => {
      const problem = readValidationError(error, { schemaErrorsAreRequestErrors: true });
      expect(problem?.status).toBe(422);
      expect(errorsOf(problem, 'zh-CN')).toEqual([
        expect.objectContaining({ detail: '必须是数字。', pointer: '#/age' }),
      ]);
    });

    it('is also read from a Standard Schema failure result thrown as it is', () => {
      const result = z4.object({ age: z4.number() })['~standard'].validate({ age: 'x' });
      expect(readValidationError(result, { schemaErrorsAreRequestErrors: true, status: 400 })?.status).toBe(400);
      expect(readValidationError(result)).toBeUndefined();
    });
  });

  describe('an error that declares a validation failure with its field list (express-openapi-validator)', () => {
    it('is recognized with its status, each field in its part, with words for its keyword', () => {
      const error = new BadRequest(400, [
        { path: '/body/name', message: "must have required property 'name'", errorCode: 'required.openapi.validation' },
        { path: '/body/profile/age', message: 'must be >= 18', errorCode: 'minimum.openapi.validation' },
        {
          path: '/body/extra',
          message: 'must NOT have additional properties',
          errorCode: 'additionalProperties.openapi.validation',
        },
        { path: '/query/limit', message: 'must be < 100', errorCode: 'exclusiveMaximum.openapi.validation' },
        { path: '/query/tags', message: 'must NOT have more than 3 items', errorCode: 'maxItems.openapi.validation' },
        { path: '/params/id', message: 'must be integer', errorCode: 'type.openapi.validation' },
        { path: '/headers/x-api-version', message: 'must match format "date"', errorCode: 'format.openapi.validation' },
        {
          path: '/body/role',
          message: 'must be equal to one of the allowed values: admin, user',
          errorCode: 'enum.openapi.validation',
        },
        { path: '/body/code', message: 'must be multiple of 5', errorCode: 'multipleOf.openapi.validation' },
        {
          path: '/body/nick',
          message: 'must NOT have fewer than 3 characters',
          errorCode: 'minLength.openapi.validation',
        },
      ]);
      const problem = readValidationError(error);
      expect(problem?.status).toBe(400);
      expect(errorsOf(problem)).toEqual([
        { detail: 'This field is required.', pointer: '#/name', code: 'required.openapi.validation' },
        { detail: 'Must be at least 18.', pointer: '#/profile/age', code: 'minimum.openapi.validation' },
        { detail: 'This field is not allowed.', pointer: '#/extra', code: 'additionalProperties.openapi.validation' },
        { detail: 'Must be less than 100.', parameter: 'limit', code: 'exclusiveMaximum.openapi.validation' },
        { detail: 'Must have at most 3 items.', parameter: 'tags', code: 'maxItems.openapi.validation' },
        { detail: 'Must be an integer.', parameter: 'id', code: 'type.openapi.validation' },
        { detail: 'Must be a date (YYYY-MM-DD).', header: 'x-api-version', code: 'format.openapi.validation' },
        { detail: 'Must be "admin" or "user".', pointer: '#/role', code: 'enum.openapi.validation' },
        { detail: 'Must be a multiple of 5.', pointer: '#/code', code: 'multipleOf.openapi.validation' },
        { detail: 'Must be at least 3 characters long.', pointer: '#/nick', code: 'minLength.openapi.validation' },
      ]);
    });

    it('reads the older path forms (".query.limit", or a name with its location)', () => {
      const dotted = new BadRequest(400, [
        { path: '.query.limit', message: 'should be <= 20', errorCode: 'maximum.openapi.validation' },
      ]);
      const located = new BadRequest(422, [
        { path: 'id', message: 'should be integer', errorCode: 'type.openapi.validation', location: 'path' },
      ]);
      expect(errorsOf(readValidationError(dotted), 'zh-CN')).toEqual([
        { detail: '不能大于 20。', parameter: 'limit', code: 'maximum.openapi.validation' },
      ]);
      expect(readValidationError(located)?.status).toBe(422);
      expect(errorsOf(readValidationError(located))).toEqual([
        { detail: 'Must be an integer.', parameter: 'id', code: 'type.openapi.validation' },
      ]);
    });

    it.each([
      [
        'a 415 with a list',
        new BadRequest(415, [{ path: '/v1/pets', message: 'unsupported media type application/xml', errorCode: 'x' }]),
      ],
      [
        'a 400 whose items carry no errorCode (the application’s own)',
        new BadRequest(400, [{ path: '/body/email', message: 'Email taken' }]),
      ],
      ['a 400 with an empty list', new BadRequest(400, [])],
    ])('is not recognized for %s', (_case, error) => {
      expect(readValidationError(error)).toBeUndefined();
    });
  });

  it('leaves problems that already carry their words to resolveProblem', () => {
    const problems = defineProblems({ gone: { status: 410, messages: { en: { title: 'Gone', detail: 'Gone.' } } } });
    expect(readValidationError(problems.create('gone'))).toBeUndefined();
    expect(readValidationError(validationProblem(zod4Error))).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'ZodError'],
    ['an Error', new Error('x')],
    [
      'an object whose members throw',
      Object.defineProperty({}, 'errors', {
        get: () => {
          throw new Error('x');
        },
      }),
    ],
    [
      'a proxy that throws on every read',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    ],
    [
      'an object whose array() throws',
      {
        isEmpty: () => false,
        array: () => {
          throw new Error('x');
        },
      },
    ],
  ])('never throws, and recognizes nothing in %s', (_case, thrown) => {
    expect(readValidationError(thrown, { schemaErrorsAreRequestErrors: true })).toBeUndefined();
  });
});
