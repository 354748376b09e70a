import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { errorHandler } from '@status-i18n/koa';
import Koa, { type Context } from 'koa';
import { LANDING_CSP, renderLanding } from './landing';
import { problems } from './problems';
import { search } from './search';

/** What the demo's tests may change; everything else is the demo as it runs. */
export interface AppOptions {
  /** The `app.on('error')` listener. Default: `logError`, to stderr. */
  readonly onError?: (error: Error, ctx: Context) => void;
}

/** What the demo keeps in `ctx.state`. */
interface DemoState {
  requestId: string;
}

/** The secrets in the failing routes' messages; the smoke test checks that they never reach a client. */
export const CRASH_SECRET = 's3cret-db-password';
export const REPORT_SECRET = '/srv/reports/internal/q3-margins.csv';

// An id from the client is echoed into pages and logs: only a short, plain token is trusted.
const REQUEST_ID = /^[\w\-.:]{1,64}$/;
// Only a plain host[:port] goes into the curl commands; anything odd in the Host header is not echoed.
const HOST = /^[\w.-]+(:\d{1,5})?$|^\[[\d:a-fA-F]+\](:\d{1,5})?$/;

// Koa emits before the response is written, so ctx.status is not yet the error's: the line leaves it out.
function logError(error: Error, ctx: Context): void {
  const { requestId } = ctx.state as DemoState;
  console.error(`[${requestId ?? '-'}] ${ctx.method} ${ctx.originalUrl}`, error);
}

type Route = (ctx: Context) => void | Promise<void>;

// A plain table instead of a router package: the demo is about errors, not routing.
const routes: Readonly<Record<string, Route>> = {
  '/': (ctx) => {
    const host = ctx.get('host');
    ctx.set('Content-Security-Policy', LANDING_CSP);
    ctx.type = 'html';
    ctx.body = renderLanding(`http://${HOST.test(host) ? host : '127.0.0.1:3001'}`);
  },
  '/validation': (ctx) => {
    // ctx.throw sets `expose: true` for 4xx: the message and the `errors` property are meant for the client.
    ctx.throw(422, 'The order has 2 invalid fields', {
      errors: [
        { field: 'email', message: 'must be an email address' },
        { field: 'quantity', message: 'must be at least 1' },
      ],
    });
  },
  '/crash': async () => {
    await Promise.resolve();
    // Messages like this one leak internals; a 5xx is hidden unless it says otherwise.
    throw new Error(`connect ECONNREFUSED postgres://shop:${CRASH_SECRET}@10.0.0.7:5432/orders`);
  },
  '/search': search,
  '/reports/export': () => {
    // A problem the app defined, with its params: the words, plural and numbers follow the request's language.
    throw problems.create('export-limit', { limit: 5, used: 5 });
  },
  '/report.csv': (ctx) => {
    // The headers of the download that never happens: the error response must not keep them.
    ctx.attachment('report.csv');
    // Fails on the first read, before any byte, as a file or a database cursor does when it cannot open.
    // Koa alone would cut the connection; here the client gets a proper, hidden 500.
    ctx.body = new Readable({
      read() {
        this.destroy(new Error(`EACCES: permission denied, open '${REPORT_SECRET}'`));
      },
    });
  },
};

/**
 * The demo app: a landing page at `/` and one route per error case (see `CASES`). Anything else is left to
 * Koa's implicit 404, which the error handler answers like every other error.
 */
export function createApp(appOptions: AppOptions = {}): Koa {
  const app = new Koa();

  // First, so the id exists before anything can fail, and the error listener can log it.
  app.use(async (ctx, next) => {
    const fromClient = ctx.get('x-request-id');
    const requestId = REQUEST_ID.test(fromClient) ? fromClient : randomUUID();
    (ctx.state as DemoState).requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    await next();
  });

  app.use(
    errorHandler({
      locale: (ctx) => (typeof ctx.query.lang === 'string' ? ctx.query.lang : undefined),
      // This example keeps `type: about:blank` (the default): RFC 9457 says so for a problem that means no
      // more than its status. The Express example shows the other choice, a URI per problem.
      instance: true,
      // A function: the id made above, so body, header and log agree.
      requestId: (ctx) => (ctx.state as DemoState).requestId,
    }),
  );

  app.use(async (ctx, next) => {
    const route = ctx.method === 'GET' || ctx.method === 'HEAD' ? routes[ctx.path] : undefined;
    if (route === undefined) return next();
    return route(ctx);
  });

  // The adapter reports each 5xx here exactly once, before the response is written; 4xx are not logged.
  app.on('error', appOptions.onError ?? logError);
  return app;
}
