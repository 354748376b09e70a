/**
 * The error cases: three errors every variant answers, and a validation failure that only the handlers that map
 * it answer; each × two `Accept` × two `Accept-Language` values. Servers throw a fresh error per request (the
 * cost of creating it is the same for every variant).
 */
import { createRequire } from 'node:module';
import createError from 'http-errors';
import { validationProblem } from '../../packages/core/dist/index.js';

const { z } = createRequire(import.meta.url)('zod4');

/** A sign-up form and a body that fails it in five fields, one of them with the secret as its value. */
const SIGN_UP = z.object({
  email: z.email(),
  name: z.string().min(2),
  age: z.number().int().min(18),
  password: z.string().min(12),
  country: z.enum(['CN', 'TW', 'US']),
});
const INVALID_SIGN_UP = { email: 'ada', name: 'A', age: 17, password: 'hunter2', country: 'XX' };

/** The thrown values, by route. The 500's message is a secret: a safe handler never shows it. */
export const ERRORS = {
  '/404': () => createError(404),
  '/500': () => new Error('db password is hunter2'),
  '/422': () =>
    createError(422, 'The email address is invalid', {
      errors: [{ field: 'email', message: 'must contain @' }],
    }),
  // The validator's own error (zod 4), five issues: what a hand-written handler gets and maps itself.
  '/validation': () => SIGN_UP.safeParse(INVALID_SIGN_UP).error,
};

/**
 * The thrown value of each route for `handler`. Ours marks the validation failure as the request's in the route
 * with `validationProblem()`, as the README shows, so that call is part of its time; every other handler gets
 * the validator's own error.
 */
export function errorsFor(handler) {
  if (handler !== 'ours') return ERRORS;
  return { ...ERRORS, '/validation': () => validationProblem(ERRORS['/validation'](), { in: 'body' }) };
}

export const SECRET = 'hunter2';

const ROUTES = [
  { path: '/404', status: 404, what: '404 http-errors' },
  { path: '/500', status: 500, what: 'hidden 500 Error' },
  { path: '/422', status: 422, what: 'exposed 422 + errors' },
];

const ACCEPTS = [
  { format: 'json', accept: 'application/json' },
  { format: 'html', accept: 'text/html' },
];

const LANGUAGES = [
  { locale: 'en', acceptLanguage: 'en' },
  { locale: 'zh-CN', acceptLanguage: 'zh-CN,zh;q=0.9' },
];

/** The cases of `routes`: id, route, the headers sent, and what a negotiating handler should answer. */
const casesOf = (routes) =>
  routes.flatMap((route) =>
    ACCEPTS.flatMap((accept) =>
      LANGUAGES.map((language) => ({
        ...route,
        id: `${route.id ?? route.status} ${accept.format} ${language.locale}`,
        format: accept.format,
        locale: language.locale,
        headers: { accept: accept.accept, 'accept-language': language.acceptLanguage },
      })),
    ),
  );

/** The cases every variant answers. */
export const CASES = casesOf(ROUTES);

/**
 * A validation failure with five field errors, answered only by the variants that map it to field errors (ours
 * and the hand-written ones) and by the group's contract ceiling: the others would answer a `ZodError` as a 500.
 */
export const VALIDATION_CASES = casesOf([
  {
    id: 'validation',
    path: '/validation',
    status: 422,
    what: 'validation, five field errors',
    validation: true,
    variants: [
      'express5-fixedheaders',
      'express5-handwritten',
      'express5-ours',
      'koa3-fixedheaders',
      'koa3-trycatch',
      'koa3-ours',
      'fastify5-fixedheaders',
      'fastify5-handwritten',
      'fastify5-ours',
    ],
  },
]);

/** Every case `variant` answers. */
export function casesFor(variant) {
  return [...CASES, ...VALIDATION_CASES.filter((c) => c.variants.includes(variant.id))];
}
