/**
 * The error cases every variant answers: three errors × two `Accept` × two `Accept-Language` values. Servers
 * throw a fresh error per request (the cost of creating it is the same for every variant).
 */
import createError from 'http-errors';

/** The thrown values, by route. The 500's message is a secret: a safe handler never shows it. */
export const ERRORS = {
  '/404': () => createError(404),
  '/500': () => new Error('db password is hunter2'),
  '/422': () =>
    createError(422, 'The email address is invalid', {
      errors: [{ field: 'email', message: 'must contain @' }],
    }),
};

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

/** Every case: id, route, the headers sent, and what a negotiating handler should answer. */
export const CASES = ROUTES.flatMap((route) =>
  ACCEPTS.flatMap((accept) =>
    LANGUAGES.map((language) => ({
      id: `${route.status} ${accept.format} ${language.locale}`,
      ...route,
      format: accept.format,
      locale: language.locale,
      headers: { accept: accept.accept, 'accept-language': language.acceptLanguage },
    })),
  ),
);
