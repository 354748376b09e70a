import { inspect } from 'node:util';
import { ValidationProblemError, validationProblem } from '@status-i18n/core';
import { type ExpressErrorOptions, errorHandler } from '@status-i18n/express';
import type { NextFunction, Request, Response } from 'express';
import { body, query, validationResult } from 'express-validator';
import request from 'supertest';
import { expressVersions } from '../support/loopback';

// A submitted value that must never come back, in any format: express-validator keeps it in each error's `value`.
const SECRET = 'hunter2-secret';
const SIGN_UP = { email: SECRET, name: 'x', profile: { age: 17 } };
const ADULT = 'You must be an adult to sign up';
const FORMATS = ['application/problem+json', 'application/json', 'text/html', 'text/plain'];
const quiet = { log: () => undefined };

type FieldError = { detail: string; pointer?: string; parameter?: string; code: string };

const signUpChecks = [
  body('email').isEmail(),
  body('name').isLength({ min: 2 }),
  body('profile.age').isInt({ min: 18 }).withMessage(ADULT),
];

/** What express-openapi-validator throws for a body without a required property (its `BadRequest`). */
function openApiBadRequest(): Error {
  return Object.assign(new Error("request/body must have required property 'name'"), {
    status: 400,
    errors: [{ path: '/body/name', message: 'must have required property', errorCode: 'required.openapi.validation' }],
  });
}

describe.each(expressVersions)('%s: errorHandler(options) and express-validator 7', (_name, express) => {
  function app(options: ExpressErrorOptions = quiet) {
    const app = express();
    app.use(express.json());
    // (a) The app's own code: no call of ours between the validator and the error handler.
    app.post('/sign-up', ...signUpChecks, (req: Request, res: Response) => {
      validationResult(req).throw();
      res.status(201).end();
    });
    // (b) Marked with validationProblem().
    app.post('/sign-up-marked', ...signUpChecks, (req: Request, res: Response) => {
      const result = validationResult(req);
      if (!result.isEmpty()) throw validationProblem(result, { in: 'body' });
      res.status(201).end();
    });
    // (c) Query parameters: express-validator names the part of each error itself.
    app.get('/orders', query('page').isInt({ min: 1 }), (req: Request, res: Response) => {
      validationResult(req).throw();
      res.json([]);
    });
    app.get('/orders-marked', query('page').isInt({ min: 1 }), (req: Request, res: Response) => {
      const result = validationResult(req);
      if (!result.isEmpty()) throw validationProblem(result, { in: 'query' });
      res.json([]);
    });
    app.use(errorHandler(options));
    return app;
  }

  const signUp = (server: ReturnType<typeof app>, path: string, headers: Record<string, string> = {}) =>
    request(server).post(path).set(headers).send(SIGN_UP);

  describe('validationResult(req).throw(), with no call of ours', () => {
    it('answers 422 with a JSON Pointer per field, localized by Accept-Language', async () => {
      const server = app();
      const details: Record<string, string[]> = {};
      for (const language of ['en', 'zh-CN', 'zh-TW']) {
        const response = await signUp(server, '/sign-up', { 'Accept-Language': language });
        expect(response.status).toBe(422);
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(response.headers['content-language']).toBe(language);
        const errors = response.body.errors as FieldError[];
        expect(errors.map((error) => error.pointer)).toEqual(['#/email', '#/name', '#/profile/age']);
        expect(errors.map((error) => error.code)).toEqual(['field', 'field', 'field']);
        // The author's `.withMessage()` is kept as written, in every language.
        expect(errors[2]?.detail).toBe(ADULT);
        details[language] = [
          response.body.title,
          response.body.detail,
          errors[0]?.detail ?? '',
          errors[1]?.detail ?? '',
        ];
      }
      expect(details.en).toEqual([
        'The request is not valid',
        '3 values in the request are not valid.',
        'This value is not valid.',
        'This value is not valid.',
      ]);
      for (const language of ['zh-CN', 'zh-TW']) {
        for (const [index, text] of (details[language] ?? []).entries()) {
          expect(text).not.toBe(details.en?.[index]);
          expect(text).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      expect(details['zh-CN']).not.toEqual(details['zh-TW']);
    });

    it('never repeats the submitted value, in any format', async () => {
      const server = app();
      for (const accept of FORMATS) {
        for (const language of ['en', 'zh-CN']) {
          const response = await signUp(server, '/sign-up', { Accept: accept, 'Accept-Language': language });
          expect(response.status).toBe(422);
          expect(response.text).not.toContain(SECRET);
          expect(response.text).toContain(ADULT);
        }
      }
    });

    it('answers 400 with validationStatus: 400', async () => {
      const response = await signUp(app({ ...quiet, validationStatus: 400 }), '/sign-up');
      expect(response.status).toBe(400);
      expect((response.body.errors as FieldError[]).map((error) => error.pointer)).toEqual([
        '#/email',
        '#/name',
        '#/profile/age',
      ]);
    });

    it('is logged as the validation problem it was answered with, without the submitted values', async () => {
      // express-validator throws an Error with no message: logged as thrown, a log line would say nothing.
      const logged: Array<{ error: unknown; status: number }> = [];
      const server = app({ logClientErrors: true, log: (error, _req, { status }) => logged.push({ error, status }) });
      await signUp(server, '/sign-up', { 'Accept-Language': 'zh-CN' }).expect(422);
      expect(logged).toHaveLength(1);
      const [{ error, status }] = logged as [{ error: unknown; status: number }];
      expect(status).toBe(422);
      expect(error).toBeInstanceOf(ValidationProblemError);
      // In English, whatever the client's language: a log is read by the app's team.
      expect((error as Error).message).toBe('3 values in the request are not valid.');
      // Not its cause: express-validator's error keeps every submitted value, the password too. Its frames stay.
      expect((error as Error).cause).toBeUndefined();
      expect((error as Error).stack).toMatch(/^ValidationProblemError: 3 values in the request are not valid\.\n +at /);
      expect((error as Error).stack).toContain('express-validator.test.ts');
      expect(inspect(error, { depth: null })).not.toContain(SECRET);
      expect((error as ValidationProblemError).issues.map((issue) => issue.path)).toEqual([
        ['email'],
        ['name'],
        ['profile', 'age'],
      ]);
    });

    it('is logged as the validation problem also when map answered it otherwise', async () => {
      const logged: Array<{ error: unknown; status: number }> = [];
      const mapped: unknown[] = [];
      const server = app({
        logClientErrors: true,
        log: (error, _req, { status }) => logged.push({ error, status }),
        map: (error) => {
          mapped.push(error);
          return { status: 400, detail: 'Check your fields.' };
        },
      });
      const response = await signUp(server, '/sign-up').expect(400);
      expect(response.body.detail).toBe('Check your fields.');
      // The hook gets the thrown error, the log the problem (never the submitted values), with the client's status.
      expect(mapped[0]).not.toBeInstanceOf(ValidationProblemError);
      expect(logged).toHaveLength(1);
      expect(logged[0]?.status).toBe(400);
      expect(logged[0]?.error).toBeInstanceOf(ValidationProblemError);
      expect(inspect(logged[0]?.error, { depth: null })).not.toContain(SECRET);
    });

    it('passes a valid request on to the route', async () => {
      const response = await request(app())
        .post('/sign-up')
        .send({ email: 'ada@example.com', name: 'Ada', profile: { age: 36 } });
      expect(response.status).toBe(201);
    });
  });

  describe('validationProblem(validationResult(req), { in })', () => {
    it('answers the same problem, in the request language, without the submitted value', async () => {
      const server = app();
      const marked = await signUp(server, '/sign-up-marked', { 'Accept-Language': 'zh-CN' });
      const unmarked = await signUp(server, '/sign-up', { 'Accept-Language': 'zh-CN' });
      expect(marked.status).toBe(422);
      expect(marked.body).toEqual(unmarked.body);
      expect(marked.headers['content-language']).toBe('zh-CN');
      for (const accept of FORMATS) {
        const response = await signUp(server, '/sign-up-marked', { Accept: accept });
        expect(response.text).not.toContain(SECRET);
      }
    });

    it('answers with validationStatus when the call gave no status', async () => {
      const response = await signUp(app({ ...quiet, validationStatus: 400 }), '/sign-up-marked');
      expect(response.status).toBe(400);
      expect(response.body.status).toBe(400);
    });
  });

  describe('query parameters', () => {
    it.each(['/orders', '/orders-marked'])('%s names the failed parameter as `parameter`', async (path) => {
      const response = await request(app()).get(`${path}?page=0`).set('Accept-Language', 'zh-TW');
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        { detail: expect.stringMatching(/[\u4e00-\u9fff]/), parameter: 'page', code: 'field' },
      ]);
      expect(response.body.errors[0]).not.toHaveProperty('pointer');
    });
  });
});

describe.each(expressVersions)('%s: errorHandler(options) and express-openapi-validator errors', (_name, express) => {
  function app(options: ExpressErrorOptions = quiet) {
    const app = express();
    app.post('/pets', (_req: Request, _res: Response, next: NextFunction) => next(openApiBadRequest()));
    app.use(errorHandler(options));
    return app;
  }

  it('keeps the declared 400 and points at the field, localized', async () => {
    const en = await request(app()).post('/pets');
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([
      { detail: 'This field is required.', pointer: '#/name', code: 'required.openapi.validation' },
    ]);
    const zh = await request(app()).post('/pets').set('Accept-Language', 'zh-CN');
    expect(zh.status).toBe(400);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.body.errors[0]).toMatchObject({ pointer: '#/name', detail: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('keeps the declared status whatever validationStatus says', async () => {
    const response = await request(app({ ...quiet, validationStatus: 422 })).post('/pets');
    expect(response.status).toBe(400);
  });
});
