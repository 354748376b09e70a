import { unauthorized } from '@hapi/boom';
import { type ExpressErrorOptions, errorHandler, notFound } from '@status-i18n/express';
import express, { type Express, type Request } from 'express';
import createError from 'http-errors';
import { catalog } from './catalog';
import { mapDomainError, OutOfStockError } from './domain';
import { LANDING_CSP, renderLanding } from './landing';
import { problems } from './problems';
import { placeOrder, signUp } from './validation';

/** What the demo's tests may change; everything else is the demo as it runs. */
export interface AppOptions {
  /** Where 5xx errors are logged. Default: `logError`, to stderr. */
  readonly log?: ExpressErrorOptions['log'];
}

/**
 * The log line carries the request id the client was given, so a user's report ("request id 3f2c…") leads
 * straight to the full error, message and stack, that the response hid.
 */
const logError: Exclude<ExpressErrorOptions['log'], false | undefined> = (error, req, info) => {
  console.error(`[${info.requestId ?? '-'}] ${req.method} ${req.originalUrl} -> ${info.status}`, error);
};

// Only a plain host[:port] goes into the curl commands; anything odd in the Host header is not echoed.
const HOST = /^[\w.-]+(:\d{1,5})?$|^\[[\d:a-fA-F]+\](:\d{1,5})?$/;

function baseUrlOf(req: Request): string {
  const host = req.get('host');
  return `http://${host !== undefined && HOST.test(host) ? host : '127.0.0.1:3000'}`;
}

/**
 * `?lang=` is how a link (or a user's saved setting) picks a language; it wins over `Accept-Language`. A value
 * the catalog cannot match (`?lang=xx`) is ignored by the adapter and the header decides.
 */
function localeFromQuery(req: Request): string | undefined {
  const lang = req.query.lang;
  return typeof lang === 'string' ? lang : undefined;
}

/**
 * A problem `type` per catalog key (`NOT_FOUND` → `https://example.com/problems/not-found`) instead of
 * `about:blank`. RFC 9457 allows both; a URI per key gives clients one stable identifier to branch on and a
 * page to document it, also for the keys an application adds. example.com is reserved (RFC 2606): a real app
 * points this at pages it serves.
 */
function problemType(_status: number, key: string): string {
  return `https://example.com/problems/${key.toLowerCase().replaceAll('_', '-')}`;
}

/** The secret in `/crash`'s message; the smoke test checks that it never reaches a client. */
export const CRASH_SECRET = 's3cret-db-password';

/**
 * The demo app: a landing page at `/` and one route per error case (see `CASES`). Every error, whichever
 * library made it, leaves through the same two middlewares and so looks the same to clients.
 */
export function createApp(appOptions: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/', (req, res) => {
    res
      .set('Content-Security-Policy', LANDING_CSP)
      .type('html')
      .send(renderLanding(baseUrlOf(req)));
  });

  app.get('/validation', () => {
    // http-errors sets `expose: true` for 4xx: the message and the `errors` property are meant for the client.
    throw createError(422, 'The order has 2 invalid fields', {
      errors: [
        { field: 'email', message: 'must be an email address' },
        { field: 'quantity', message: 'must be at least 1' },
      ],
    });
  });

  // Async on purpose: Express 5 passes a rejected promise to the error handler like a thrown error.
  app.get('/crash', async () => {
    await Promise.resolve();
    // Messages like this one leak internals; a 5xx is hidden unless it says otherwise.
    throw new Error(`connect ECONNREFUSED postgres://shop:${CRASH_SECRET}@10.0.0.7:5432/orders`);
  });

  app.get('/boom', () => {
    // Boom puts the challenge in output.headers; the adapter sends it because the 401 came from the error.
    throw unauthorized('Sign in to see your orders', 'Bearer', { realm: 'orders' });
  });

  app.get('/http-errors', () => {
    // A string `code` is a safe extension member: clients can branch on it without parsing the message.
    throw createError(409, 'Order 1042 has already shipped and can no longer be changed', { code: 'ORDER_SHIPPED' });
  });

  app.get('/out-of-stock', () => {
    throw new OutOfStockError('TEA-SENCHA-100G', 3, 1);
  });

  // Validation problems: zod marked by the route, express-validator recognized as it throws (see validation.ts).
  app.post('/sign-up', express.json(), signUp);
  app.post('/orders', express.json(), ...placeOrder);

  app.get('/checkout', () => {
    // A problem the shop defined, with its params: the words, plurals and numbers follow the request's language.
    throw problems.create('basket-full', { max: 10, count: 12 });
  });

  const options: ExpressErrorOptions = {
    catalog,
    locale: localeFromQuery,
    type: problemType,
    // The path lets a support person find the request; the query is left out, as it may carry tokens.
    instance: true,
    // Echoes a sane X-Request-Id or makes one, in the body and the response header, to match logs and reports.
    requestId: true,
    map: mapDomainError,
    log: appOptions.log ?? logError,
  };
  // Both get the same options, so a 404 looks like every other error.
  app.use(notFound(options));
  app.use(errorHandler(options));
  return app;
}
