import { errorHandler } from '@status-i18n/koa';
import type { Context } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { guardProcess } from './hardening/support/guard';
import { serve, sinkFailingAfter64KB, stalledSink, UPLOAD, uploadOverOneSocket } from './support/loopback';

guardProcess();

type KoaClass = typeof Koa3;

/** Pipes the request into a consumer that takes 64 KB, then fails the way a full disk does. */
function pipeIntoFailingSink(ctx: Context): Promise<void> {
  return new Promise((_resolve, reject) => {
    ctx.req.pipe(sinkFailingAfter64KB(reject));
  });
}

describe.each([
  ['Koa 2', Koa2 as unknown as KoaClass],
  ['Koa 3', Koa3],
])('%s: errorHandler(options) with a request body left unread', (_name, Koa) => {
  function app(): Koa3 {
    const koa = new Koa();
    koa.silent = true;
    koa.use(errorHandler({ log: () => undefined }));
    koa.use(async (ctx) => {
      if (ctx.path === '/upload') await pipeIntoFailingSink(ctx);
      else ctx.req.pipe(stalledSink());
    });
    return koa;
  }

  it('answers every request on a keep-alive connection when a route failed halfway through the body', async () => {
    const server = await serve(app().callback());
    try {
      const statuses = await uploadOverOneSocket(server.port, { path: '/upload', body: UPLOAD });
      expect(statuses).toEqual([507, 507, 507, 507, 507, 507]);
      expect(server.connections()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("answers Koa's implicit 404 on a keep-alive connection when a middleware left the body half-read", async () => {
    const server = await serve(app().callback());
    try {
      const statuses = await uploadOverOneSocket(server.port, { path: '/nowhere', body: UPLOAD });
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
      expect(server.connections()).toBe(1);
    } finally {
      await server.close();
    }
  });
});
