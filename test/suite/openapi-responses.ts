import { defineProblems, openApiComponents, validationProblem } from '@status-i18n/core';
import { validator } from 'hono/validator';
import bodyParser from 'koa-bodyparser';
import { z } from 'zod4';
import { documentWith, schemaChecker } from '../../packages/core/test/openapi-fixture';
import { call, quiet } from './client';
import type { AppSetup, Framework, RouteTools } from './frameworks';

const problems = defineProblems(
  {
    'out-of-credit': {
      status: 403,
      messages: {
        en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
        'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
      },
    },
  },
  { typeBase: 'https://api.example.com/problems/' },
);

const PARAMS = { balance: 30, price: 1250 };
const components = openApiComponents({ problems, examples: { 'out-of-credit': PARAMS } });
// The fixture's paths name problems this file does not define: ajv reads only the components.
const check = schemaChecker(documentWith(components));

const parseJson: NonNullable<AppSetup['before']> = {
  express: (express) => express.json(),
  koa: () => bodyParser(),
  hono: () => validator('json', (value) => value),
  fetch: (request) => request.json(),
};
const SignUp = z.object({ email: z.string().email(), name: z.string().min(2) });
const Page = z.object({ page: z.coerce.number().int().min(1) });

export function openApiRules(framework: Framework): void {
  describe('openApiComponents(options): what the responses really are', () => {
    it.each(['en', 'zh-CN'])('sends a defined problem as its %s example shows it', async (language) => {
      const response = await call(
        framework,
        { route: () => Promise.reject(problems.create('out-of-credit', PARAMS)), options: quiet },
        { headers: { 'Accept-Language': language } },
      );
      const examples = components.responses.OutOfCreditProblem?.content['application/problem+json']?.examples;
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.headers['content-language']).toBe(language);
      expect(response.body).toEqual(examples?.[language]?.value);
      expect(check('OutOfCreditProblem', response.body)).toBeUndefined();
    });

    it.each(['en', 'zh-TW'])('sends validation problems that match the schema (%s)', async (language) => {
      const route = ({ body, query }: RouteTools) => {
        const page = Page.safeParse(query());
        if (!page.success) throw validationProblem(page.error, { in: 'query' });
        const signUp = SignUp.safeParse(body());
        if (!signUp.success) throw validationProblem(signUp.error);
      };
      const setup: AppSetup = { route, options: quiet, before: parseJson };
      const headers = { 'Accept-Language': language, 'Content-Type': 'application/json' };
      const bodyErrors = await call(framework, setup, { method: 'post', path: '/boom?page=1', headers, body: {} });
      const queryErrors = await call(framework, setup, { method: 'post', path: '/boom?page=x', headers, body: {} });
      for (const response of [bodyErrors, queryErrors]) {
        expect(response.status).toBe(422);
        expect(response.headers['content-language']).toBe(language);
        expect(check('ValidationProblem', response.body)).toBeUndefined();
      }
      expect(bodyErrors.body.errors[0]).toHaveProperty('pointer');
      expect(queryErrors.body.errors[0]).toHaveProperty('parameter', 'page');
    });

    it('sends any other error as the Problem schema says, with instance and requestId', async () => {
      const setup = {
        route: () => {
          throw Object.assign(new Error('gone'), { status: 410, expose: true, retryAfter: 30 });
        },
        options: { ...quiet, instance: true, requestId: true },
      };
      const response = await call(framework, setup, { path: '/boom/7', headers: { 'X-Request-Id': 'r-17' } });
      expect(response.body).toMatchObject({ status: 410, instance: '/boom/7', requestId: 'r-17' });
      expect(check('Problem', response.body)).toBeUndefined();
      const notFound = await call(framework, { options: quiet }, { path: '/nowhere' });
      expect(notFound.status).toBe(404);
      expect(check('Problem', notFound.body)).toBeUndefined();
    });
  });
}
