import { defineProblems, type ProblemDetails, validationProblem } from '@status-i18n/core';
import Ajv from 'ajv';
import { validator } from 'hono/validator';
import bodyParser from 'koa-bodyparser';
import * as v from 'valibot';
import { z as z3 } from 'zod3';
import { z as z4 } from 'zod4';
import { call, quiet } from './client';
import type { AppSetup, Framework, Route, RouteTools } from './frameworks';

// A submitted value that must never come back, in any format.
const SECRET = 'hunter2-secret';
const SIGN_UP = { email: SECRET, name: 'x', profile: { age: 17 } };
const JSON_BODY = { 'Content-Type': 'application/json' };
const parseJson: NonNullable<AppSetup['before']> = {
  express: (express) => express.json(),
  koa: () => bodyParser(),
  hono: () => validator('json', (value) => value),
  fetch: (request) => request.json(),
};

const problems = defineProblems(
  {
    'out-of-credit': {
      status: 403,
      messages: {
        en: {
          title: 'Not enough credit',
          detail: 'Your balance is {balance, number}; this costs {price, number}.',
        },
        'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
      },
    },
    'seats-left': {
      status: 409,
      messages: {
        en: {
          title: 'Sold out',
          detail: '{seats, plural, =0 {No seat is left.} one {# seat is left.} other {# seats are left.}}',
        },
      },
    },
  },
  { typeBase: 'https://api.example.com/problems/' },
);

function signUpSchema(z: typeof z4) {
  return z.object({
    email: z.string().email(),
    name: z.string().min(2),
    profile: z.object({ age: z.number().int().min(18, 'You must be an adult to sign up') }),
  });
}

type FieldError = { detail: string; pointer?: string; parameter?: string; code: string };

/** A route that validates the parsed body with `validate` and throws what it makes of a failure. */
const validating =
  (validate: (body: unknown) => unknown) =>
  async ({ body }: RouteTools) => {
    const failure = await validate(body());
    if (failure !== undefined) throw failure;
  };

const zodRoute = (z: typeof z4) =>
  validating((body) => {
    const result = signUpSchema(z).safeParse(body);
    return result.success ? undefined : validationProblem(result.error, { in: 'body' });
  });

export function applicationProblemRules(framework: Framework): void {
  describe('application problems: problems.create(name, params)', () => {
    it('answers with the problem type, its words in the negotiated language and its params as members', async () => {
      const setup = {
        route: () => Promise.reject(problems.create('out-of-credit', { balance: 30, price: 1250 })),
        options: quiet,
      };
      const en = await call(framework, setup);
      expect(en.status).toBe(403);
      expect(en.body).toEqual({
        type: 'https://api.example.com/problems/out-of-credit',
        title: 'Not enough credit',
        status: 403,
        detail: 'Your balance is 30; this costs 1,250.',
        balance: 30,
        price: 1250,
      });
      const zh = await call(framework, setup, { headers: { 'Accept-Language': 'zh-CN' } });
      expect(zh.body).toMatchObject({ title: '余额不足', detail: '您的余额为 30，此操作需要 1,250。', balance: 30 });
      expect(zh.headers['content-language']).toBe('zh-CN');
    });

    it('falls back the way the catalog does, and Content-Language names the language sent', async () => {
      const setup = {
        route: () => Promise.reject(problems.create('out-of-credit', { balance: 1, price: 2 })),
        options: quiet,
      };
      const traditional = await call(framework, setup, { headers: { 'Accept-Language': 'zh-TW' } });
      expect(traditional.body.title).toBe('余额不足');
      expect(traditional.headers['content-language']).toBe('zh-CN');
      const english = await call(
        framework,
        { route: () => Promise.reject(problems.create('seats-left', { seats: 1 })), options: quiet },
        { headers: { 'Accept-Language': 'zh-CN' } },
      );
      expect(english.body).toMatchObject({ status: 409, title: 'Sold out', detail: '1 seat is left.', seats: 1 });
      expect(english.headers['content-language']).toBe('en');
    });

    it('shows the problem on the HTML page and in the text body', async () => {
      const setup = {
        route: () => Promise.reject(problems.create('out-of-credit', { balance: 30, price: 50 })),
        options: quiet,
      };
      const html = await call(framework, setup, { headers: { Accept: 'text/html', 'Accept-Language': 'zh-CN' } });
      expect(html.text).toContain('<html lang="zh-CN"');
      expect(html.text).toContain('余额不足');
      expect(html.text).toContain('您的余额为 30，此操作需要 50。');
      const text = await call(framework, setup, { headers: { Accept: 'text/plain' } });
      expect(text.text).toContain('403 Not enough credit\n\nYour balance is 30; this costs 50.\n');
    });
  });

  describe('application problems: dates in the timeZone option', () => {
    const billing = defineProblems({
      overdue: {
        status: 409,
        messages: {
          en: { title: 'Overdue', detail: 'Due {due, date, long} at {due, time, short}.' },
          'zh-CN': { title: '已逾期', detail: '应于 {due, date, long} {due, time, short} 前支付。' },
        },
      },
    });
    const due = new Date('2025-01-31T20:30:00Z');
    const route = () => Promise.reject(billing.create('overdue', { due }));
    // What the server's own zone shows (the tests run in whatever zone the machine has).
    const serverDate = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(due);

    it('shows dates in the zone named, per language', async () => {
      const shanghai = { route, options: { ...quiet, timeZone: 'Asia/Shanghai' } };
      const zh = await call(framework, shanghai, { headers: { 'Accept-Language': 'zh-CN' } });
      expect(zh.body.detail).toBe('应于 2025年2月1日 04:30 前支付。');
      // The member is the instant itself, in no zone.
      expect(zh.body.due).toBe('2025-01-31T20:30:00.000Z');
      const en = await call(framework, { route, options: { ...quiet, timeZone: 'America/New_York' } });
      expect(en.body.detail).toBe('Due January 31, 2025 at 3:30 PM.');
      const html = await call(framework, shanghai, { headers: { Accept: 'text/html' } });
      expect(html.text).toContain('Due February 1, 2025 at 4:30 AM.');
    });

    it("takes a function of the request (a user's zone), and the server's zone when it names none", async () => {
      const withHook = (zone: unknown) => ({ route, options: { ...quiet, timeZone: () => zone as string } });
      expect((await call(framework, withHook('Asia/Taipei'))).body.detail).toBe('Due February 1, 2025 at 4:30 AM.');
      for (const none of [undefined, null, 'Mars/Olympus_Mons', '']) {
        const response = await call(framework, withHook(none));
        expect(response.status).toBe(409);
        expect(response.body.detail).toContain(`Due ${serverDate} at`);
      }
      // A number (an offset from a profile) is no zone's name either.
      expect((await call(framework, withHook(8))).body.detail).toContain(`Due ${serverDate} at`);
    });

    it('asks a timeZone hook only for a problem that shows a date: one that throws fails those answers alone', async () => {
      const timeZone = jest.fn(() => {
        throw new Error('no user on this request');
      });
      const options = { log: false as const, timeZone };
      const dated = await call(framework, { route, options });
      expect(dated.status).toBe(500);
      const dateless = await call(framework, {
        route: () => Promise.reject(problems.create('seats-left', { seats: 2 })),
        options,
      });
      expect([dateless.status, dateless.body.detail]).toEqual([409, '2 seats are left.']);
      const invalid = await call(framework, {
        route: () => Promise.reject(validationProblem({ issues: [{ message: 'Too short', path: ['name'] }] })),
        options,
      });
      expect(invalid.status).toBe(422);
      expect(timeZone).toHaveBeenCalledTimes(1);
    });
  });

  describe('validation problems: validationProblem(source, { in })', () => {
    it('answers with the validationStatus option unless the call gave its own status', async () => {
      const ask = (route: Route) =>
        call(
          framework,
          { route, options: { ...quiet, validationStatus: 400 }, before: parseJson },
          { method: 'post', headers: JSON_BODY, body: SIGN_UP },
        );
      const unsaid = await ask(zodRoute(z4));
      expect([unsaid.status, unsaid.body.status]).toEqual([400, 400]);
      const said = await ask(
        validating((body) => {
          const result = signUpSchema(z4).safeParse(body);
          return result.success ? undefined : validationProblem(result.error, { in: 'body', status: 422 });
        }),
      );
      expect([said.status, said.body.status]).toEqual([422, 422]);
    });

    it.each([
      ['Zod 4', zodRoute(z4)],
      ['Zod 3', zodRoute(z3 as unknown as typeof z4)],
    ])('%s: a 422 with a JSON Pointer per field, localized by Accept-Language', async (_name, route) => {
      const setup = { route, options: quiet, before: parseJson };
      const details: Record<string, string[]> = {};
      for (const language of ['en', 'zh-CN', 'zh-TW']) {
        const response = await call(framework, setup, {
          method: 'post',
          headers: { ...JSON_BODY, 'Accept-Language': language },
          body: SIGN_UP,
        });
        expect(response.status).toBe(422);
        expect(response.headers['content-language']).toBe(language);
        const errors = response.body.errors as FieldError[];
        expect(errors.map((error) => error.pointer)).toEqual(['#/email', '#/name', '#/profile/age']);
        // Each carries the validator's own issue code.
        expect(errors.every((error) => typeof error.code === 'string' && error.code !== '')).toBe(true);
        // The schema author's own words are kept as written.
        expect(errors[2]?.detail).toBe('You must be an adult to sign up');
        details[language] = [
          response.body.title,
          response.body.detail,
          errors[0]?.detail ?? '',
          errors[1]?.detail ?? '',
        ];
        expect(JSON.stringify(response.body)).not.toContain(SECRET);
      }
      expect(details.en?.[3]).toBe('Must be at least 2 characters long.');
      for (const language of ['zh-CN', 'zh-TW']) {
        for (const [index, text] of (details[language] ?? []).entries()) {
          expect(text).not.toBe(details.en?.[index]);
          expect(text).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });

    it('never repeats a submitted value, in any format', async () => {
      const setup = { route: zodRoute(z4), options: quiet, before: parseJson };
      for (const accept of ['application/problem+json', 'application/json', 'text/html', 'text/plain']) {
        const response = await call(framework, setup, {
          method: 'post',
          headers: { ...JSON_BODY, Accept: accept, 'Accept-Language': 'zh-CN' },
          body: SIGN_UP,
        });
        expect(response.status).toBe(422);
        expect(response.text).not.toContain(SECRET);
      }
    });

    it('lists field errors under a heading in the page language on the HTML page and in the text body', async () => {
      const setup = { route: zodRoute(z4), options: quiet, before: parseJson };
      const html = await call(framework, setup, {
        method: 'post',
        headers: { ...JSON_BODY, Accept: 'text/html', 'Accept-Language': 'zh-CN' },
        body: SIGN_UP,
      });
      // A heading of its own (a screen reader's heading navigation finds it), the list right under it.
      expect(html.text).toContain('<section><h2>需要更正的内容</h2><ul><li>');
      expect(html.text).not.toContain('errors');
      expect(html.text).toContain('<code>profile.age</code> You must be an adult to sign up');
      const text = await call(framework, setup, {
        method: 'post',
        headers: { ...JSON_BODY, Accept: 'text/plain' },
        body: SIGN_UP,
      });
      expect(text.text).toContain('What to correct:\n  - email: ');
      expect(text.text).toContain('\n  - profile.age: You must be an adult to sign up');
    });

    it('names a header or cookie field error on the HTML page and in the text body, as JSON does', async () => {
      for (const [part, name] of [
        ['headers', 'x-api-key'],
        ['cookies', 'session'],
      ] as const) {
        const route = () => {
          const result = z4.object({ [name]: z4.string().length(8) }).safeParse({ [name]: 'x' });
          if (!result.success) throw validationProblem(result.error, { in: part });
        };
        const json = await call(framework, { route, options: quiet });
        expect(json.body.errors[0]).toMatchObject({ [part === 'headers' ? 'header' : 'cookie']: name });
        const html = await call(framework, { route, options: quiet }, { headers: { Accept: 'text/html' } });
        expect(html.text).toContain(`<code>${name}</code> `);
        const text = await call(framework, { route, options: quiet }, { headers: { Accept: 'text/plain' } });
        expect(text.text).toContain(`\n  - ${name}: `);
      }
    });

    it('names query parameters as `parameter`', async () => {
      const route = ({ query }: RouteTools) => {
        const result = z4.object({ page: z4.coerce.number().int().min(1) }).safeParse(query());
        if (!result.success) throw validationProblem(result.error, { in: 'query' });
      };
      const response = await call(framework, { route, options: quiet }, { path: '/boom?page=0' });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        { detail: 'Must be at least 1.', parameter: 'page', code: expect.any(String) },
      ]);
    });

    it('reads Valibot through Standard Schema, and ajv errors', async () => {
      const valibot = v.object({ email: v.pipe(v.string(), v.email()), name: v.pipe(v.string(), v.minLength(2)) });
      const standard = validating(async (body) => {
        const result = await valibot['~standard'].validate(body);
        return result.issues === undefined ? undefined : validationProblem(result, { in: 'body' });
      });
      const fromValibot = await call(
        framework,
        { route: standard, options: quiet, before: parseJson },
        { method: 'post', headers: JSON_BODY, body: SIGN_UP },
      );
      expect(fromValibot.status).toBe(422);
      expect((fromValibot.body.errors as FieldError[]).map((error) => error.pointer)).toEqual(['#/email', '#/name']);
      expect(fromValibot.text).not.toContain(SECRET);

      const validate = new Ajv({ allErrors: true }).compile({
        type: 'object',
        properties: { name: { type: 'string', minLength: 2 }, profile: { type: 'object', required: ['city'] } },
      });
      const ajv = validating((body) =>
        validate(body) ? undefined : validationProblem(validate.errors, { in: 'body' }),
      );
      const fromAjv = await call(
        framework,
        { route: ajv, options: quiet, before: parseJson },
        { method: 'post', headers: JSON_BODY, body: SIGN_UP },
      );
      expect(fromAjv.status).toBe(422);
      expect(fromAjv.body.errors).toEqual([
        { detail: 'Must be at least 2 characters long.', pointer: '#/name', code: 'minLength' },
        { detail: 'This field is required.', pointer: '#/profile/city', code: 'required' },
      ]);
    });

    it('keeps a ZodError the app did not mark a hidden 500, unless schemaErrors is "request"', async () => {
      const route = validating((body) => {
        signUpSchema(z4).parse(body);
        return undefined;
      });
      const hidden = await call(
        framework,
        { route, options: quiet, before: parseJson },
        { method: 'post', headers: JSON_BODY, body: SIGN_UP },
      );
      expect(hidden.status).toBe(500);
      expect(hidden.body.errors).toBeUndefined();
      expect(hidden.text).not.toContain(SECRET);
      const request = await call(
        framework,
        { route, options: { ...quiet, schemaErrors: 'request' }, before: parseJson },
        { method: 'post', headers: JSON_BODY, body: SIGN_UP },
      );
      expect(request.status).toBe(422);
      expect((request.body.errors as FieldError[]).map((error) => error.pointer)).toEqual([
        '#/email',
        '#/name',
        '#/profile/age',
      ]);
      const badRequest = await call(
        framework,
        { route, options: { ...quiet, schemaErrors: 'request', validationStatus: 400 }, before: parseJson },
        { method: 'post', headers: JSON_BODY, body: SIGN_UP },
      );
      expect(badRequest.status).toBe(400);
    });
  });

  describe('hooks see the request and the language', () => {
    it('map(error, reqOrCtx, { locale }) and transform(problem, reqOrCtx, { locale })', async () => {
      const seen: string[] = [];
      const response = await call(
        framework,
        {
          route: () => {
            throw Object.assign(new Error('domain'), { kind: 'seat-taken' });
          },
          options: {
            ...quiet,
            map: (_error: unknown, context: unknown, { locale }: { locale: string }) => {
              seen.push(typeof context === 'object' && context !== null ? 'context' : 'none');
              return { status: 409, detail: locale === 'zh-CN' ? '座位已被占用' : 'The seat is taken' };
            },
            transform: (problem: ProblemDetails, _context: unknown, { locale }: { locale: string }) => ({
              ...problem,
              locale,
            }),
          },
        },
        { headers: { 'Accept-Language': 'zh-CN,en;q=0.5' } },
      );
      expect(seen).toEqual(['context']);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ detail: '座位已被占用', locale: 'zh-CN', title: '冲突' });
    });
  });
}
