import { type ResolvedProblem, readValidationError, resolveProblem, validationProblem } from '@status-i18n/core';
import { body, checkExact, header, oneOf, query, validationResult } from 'express-validator';

type FieldError = { detail: string; pointer?: string; parameter?: string; header?: string; code: string };

const SECRET = 'SECRET-VALUE-3308';

function errorsOf(error: unknown, locale = 'en'): FieldError[] {
  const resolved = resolveProblem(error, locale, { defaultLocale: 'en' }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

/** A request as express-validator reads it: it needs no server, only these members. */
function request(parts: { body?: object; query?: object; headers?: object }) {
  return { body: {}, query: {}, params: {}, cookies: {}, headers: {}, ...parts };
}

async function failed(parts: Parameters<typeof request>[0], chains: Array<{ run(req: object): Promise<unknown> }>) {
  const req = request(parts);
  for (const chain of chains) await chain.run(req);
  return validationResult(req);
}

describe('validationProblem(express-validator Result)', () => {
  it('points each error where express-validator found it, in the part it names', async () => {
    const result = await failed(
      { body: { profile: { age: SECRET }, items: [{}, { name: SECRET }] }, query: { page: SECRET }, headers: {} },
      [
        body('profile.age').isInt(),
        body('items[1].name').isLength({ min: 50 }),
        query('page').isInt(),
        header('x-api-version').exists(),
      ],
    );
    expect(errorsOf(validationProblem(result))).toEqual([
      { detail: 'This value is not valid.', pointer: '#/profile/age', code: 'field' },
      { detail: 'This value is not valid.', pointer: '#/items/1/name', code: 'field' },
      { detail: 'This value is not valid.', parameter: 'page', code: 'field' },
      { detail: 'This value is not valid.', header: 'x-api-version', code: 'field' },
    ]);
  });

  it('keeps messages given with withMessage(), replaces the default one in the language of the request', async () => {
    const result = await failed({ body: { email: SECRET, age: SECRET } }, [
      body('email').isEmail().withMessage('Please give a real email address'),
      body('age').isInt(),
    ]);
    expect(errorsOf(validationProblem(result), 'zh-TW').map(({ detail }) => detail)).toEqual([
      'Please give a real email address',
      '此值無效。',
    ]);
  });

  it('never repeats a submitted value', async () => {
    const result = await failed({ body: { email: SECRET } }, [body('email').isEmail()]);
    expect(JSON.stringify(result.array())).toContain(SECRET);
    expect(JSON.stringify(errorsOf(validationProblem(result)))).not.toContain(SECRET);
  });

  it('points at each unknown field of checkExact()', async () => {
    const req = request({ body: { name: 'Ann', extra: SECRET, 'a/b': 1 } });
    await checkExact([body('name').isString()]).run(req);
    expect(errorsOf(validationProblem(validationResult(req)), 'zh-CN')).toEqual([
      { detail: '不允许此字段。', pointer: '#/extra', code: 'unknown_fields' },
      { detail: '不允许此字段。', pointer: '#/a~1b', code: 'unknown_fields' },
    ]);
  });

  it('gives one error for a oneOf() that failed, where its alternatives agree', async () => {
    const req = request({ body: { contact: SECRET } });
    await oneOf([body('contact').isEmail(), body('contact').isMobilePhone('any')]).run(req);
    expect(errorsOf(validationProblem(validationResult(req)))).toEqual([
      { detail: 'This value is not valid.', pointer: '#/contact', code: 'alternative_grouped' },
    ]);
  });

  it('also reads the list from result.array()', async () => {
    const result = await failed({ query: { page: 'x' } }, [query('page').isInt()]);
    expect(errorsOf(validationProblem(result.array()))).toEqual([
      { detail: 'This value is not valid.', parameter: 'page', code: 'field' },
    ]);
  });
});

describe('readValidationError(error of validationResult(req).throw())', () => {
  it('recognizes the thrown error with no call, as a 422', async () => {
    const result = await failed({ body: { age: SECRET } }, [body('age').isInt().withMessage('Age must be a number')]);
    let thrown: unknown;
    try {
      result.throw();
    } catch (error) {
      thrown = error;
    }
    const problem = readValidationError(thrown);
    expect(problem?.status).toBe(422);
    expect(errorsOf(problem)).toEqual([{ detail: 'Age must be a number', pointer: '#/age', code: 'field' }]);
    expect(readValidationError(thrown, { status: 400 })?.status).toBe(400);
  });
});
