import { zValidator } from '@hono/zod-validator';
import { defineProblems } from '@status-i18n/core';
import { type HonoErrorOptions, nonErrors, notFound, onError, validationHook } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';

/** The application's own problem: its words in each language, its params as members. */
export const problems = defineProblems(
  {
    'out-of-credit': {
      status: 403,
      messages: {
        en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
        'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
        'zh-TW': { title: '餘額不足', detail: '您的餘額為 {balance, number}，此操作需要 {price, number}。' },
      },
    },
  },
  { typeBase: 'https://api.example.com/problems/' },
);

const SignUp = z.object({
  email: z.email(),
  name: z.string().min(2),
  age: z.number().int().min(18, 'You must be 18 or older to sign up'),
});

const OrderQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  status: z.enum(['open', 'paid']).optional(),
});

/** A message that must never reach a client: the crash route's 500 hides it. */
export const CRASH_SECRET = 'connect ECONNREFUSED db.internal:5432';

const ROUTES = [
  'GET  /orders/7/pay            an application problem (403), in the language asked for',
  'POST /sign-up                 a validation problem (422) with a field error per mistake',
  'GET  /orders?page=0           a validation problem about the query: each error names its parameter',
  'GET  /seats/12A               a Hono HTTPException (409) whose message is shown',
  'GET  /crash                   a hidden 500: the message stays in the log',
  'GET  /staff                   hono/basic-auth: a 401 that keeps its WWW-Authenticate challenge',
  'GET  /nowhere                 a 404 from notFound()',
  '',
  'Add ?lang=zh-CN (or zh-TW, en), or send Accept-Language; Accept: text/html gives a page.',
];

/** The demo app; `log` replaces the default (console.error for 5xx), for the tests. */
export function createApp(options: Pick<HonoErrorOptions, 'log'> = {}): Hono {
  // One options object for onError and notFound.
  const errors: HonoErrorOptions = {
    ...options,
    // `?lang=` wins over Accept-Language; anything else (an array, a missing value) falls back to the header.
    locale: (c) => c.req.query('lang'),
    instance: true,
  };
  const app = new Hono();
  // First: a thrown string or plain object reaches onError too, with the CORS headers set after it.
  app.use('*', nonErrors());
  app.use('*', cors({ origin: '*' }));
  app.onError(onError(errors));
  app.notFound(notFound(errors));

  app.get('/', (c) => c.text(`status-i18n with Hono\n\n${ROUTES.join('\n')}\n`));
  app.get('/orders/:id/pay', () => {
    throw problems.create('out-of-credit', { balance: 30, price: 1250 });
  });
  // validationHook() throws a failed check for onError; without it zValidator answers its own 400 (the ZodError).
  app.post('/sign-up', zValidator('json', SignUp, validationHook()), (c) => c.json(c.req.valid('json'), 201));
  app.get('/orders', zValidator('query', OrderQuery, validationHook()), (c) => {
    const { page, status } = c.req.valid('query');
    return c.json({ page, status: status ?? 'any', orders: [] });
  });
  app.get('/seats/:seat', (c) => {
    throw new HTTPException(409, { message: `Seat ${c.req.param('seat').slice(0, 8)} is taken` });
  });
  app.get('/crash', () => {
    throw new Error(CRASH_SECRET);
  });
  app.use('/staff', basicAuth({ username: 'ada', password: 'lovelace', realm: 'staff' }));
  app.get('/staff', (c) => c.text('Welcome, Ada.'));
  return app;
}
