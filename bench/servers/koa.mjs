/** Koa apps, one per error handler; every route throws the case's error. */
import { createRequire } from 'node:module';
import { errorsFor } from '../lib/cases.mjs';
import { sendFixed, sendFixedWithHeaders } from './fixed.mjs';

const require = createRequire(import.meta.url);

/**
 * A typical try/catch middleware: a validator's error mapped to field errors by hand, else the status, a JSON
 * body, the message only when it is public.
 */
async function tryCatch(ctx, next) {
  try {
    await next();
  } catch (err) {
    if (err.name === 'ZodError') {
      ctx.status = 422;
      ctx.body = {
        error: 'Invalid request',
        errors: err.issues.map((issue) => ({ pointer: `#/${issue.path.join('/')}`, detail: issue.message })),
      };
      return;
    }
    ctx.status = err.status ?? err.statusCode ?? 500;
    ctx.body = { error: ctx.status >= 500 || !err.expose ? 'Internal Server Error' : err.message };
    if (err.expose && err.errors) ctx.body.errors = err.errors;
    ctx.app.emit('error', err, ctx);
  }
}

/**
 * The least an error middleware can do: catch, and send a fixed body with `send` (only the body, or the body with
 * the headers every error response must carry) without Koa's response machinery.
 */
function catchAndSend(send) {
  return async function fixedBody(ctx, next) {
    try {
      await next();
    } catch {
      ctx.respond = false;
      send(ctx.req, ctx.res);
    }
  };
}

/**
 * @param {'fixedhandler' | 'fixedheaders' | 'default' | 'onerror' | 'trycatch' | 'ours'} handler
 * @param {'koa2' | 'koa3'} version the root's alias of the Koa major
 */
export async function create(handler, version) {
  const Koa = require(version);
  const app = new Koa();
  // Koa's default error listener prints hidden errors unless app.silent: its documented switch.
  app.silent = true;
  if (handler === 'onerror') require('koa-onerror').onerror(app);
  if (handler === 'fixedhandler') app.use(catchAndSend(sendFixed));
  if (handler === 'fixedheaders') app.use(catchAndSend(sendFixedWithHeaders));
  if (handler === 'trycatch') app.use(tryCatch);
  if (handler === 'ours') {
    const { errorHandler } = await import('../../packages/koa/dist/index.js');
    app.use(errorHandler({ log: false }));
  }
  const errors = errorsFor(handler);
  app.use((ctx) => {
    const makeError = errors[ctx.path];
    if (makeError) throw makeError();
  });
  return app.callback();
}
