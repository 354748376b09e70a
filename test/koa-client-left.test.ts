import { errorHandler } from '@status-i18n/koa';
import type { Context } from 'koa';
import { koaBody } from 'koa-body';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { MULTIPART_START, signal, statusesLoggedAfterLeaving } from './support/loopback';

type KoaClass = typeof Koa3;

/** Reads the request body to its end; rejects with the stream's error (`aborted` when the client leaves). */
const readBody = (ctx: Context) =>
  new Promise<void>((resolve, reject) => {
    ctx.req.on('error', reject);
    ctx.req.on('end', resolve);
    ctx.req.resume();
  });

describe.each([
  ['Koa 2', Koa2 as unknown as KoaClass],
  ['Koa 3', Koa3],
])('%s: a client that leaves in the middle of its body', (_name, Koa) => {
  it('is no failure of the server: the error it causes is a 400, logged only with logClientErrors', async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const koa = new Koa();
      koa.silent = true;
      const routeFailed = signal();
      koa.use(errorHandler({ log, logClientErrors }));
      koa.use(async (ctx) => {
        try {
          await readBody(ctx);
        } finally {
          setTimeout(routeFailed.done, 50);
        }
      });
      const statuses = await statusesLoggedAfterLeaving(koa.callback(), '/upload', routeFailed.settled, log);
      expect(statuses).toEqual(logClientErrors ? [400] : []);
    }
  });

  it("is a 400 under koa-body's formidable too (its 'Request aborted'), logged only with logClientErrors", async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const koa = new Koa();
      koa.silent = true;
      const parserFailed = signal();
      koa.use(errorHandler({ log, logClientErrors }));
      koa.use(async (_ctx, next) => {
        try {
          await next();
        } finally {
          setTimeout(parserFailed.done, 50);
        }
      });
      koa.use(koaBody({ multipart: true }));
      const listener = koa.callback();
      const statuses = await statusesLoggedAfterLeaving(
        listener,
        '/upload',
        parserFailed.settled,
        log,
        MULTIPART_START,
      );
      expect(statuses).toEqual(logClientErrors ? [400] : []);
    }
  });
});
