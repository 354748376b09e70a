import { connect } from 'node:net';
import { errorHandler } from '@status-i18n/koa';
import type { Context } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { serve } from './support/loopback';

type KoaClass = typeof Koa3;

/** Starts a POST that says its body is longer than what it sends, then leaves. */
async function leaveMidBody(port: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(`POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n${'a'.repeat(2048)}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
}

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
      let failed: () => void = () => undefined;
      const routeFailed = new Promise<void>((resolve) => {
        failed = resolve;
      });
      koa.use(errorHandler({ log, logClientErrors }));
      koa.use(async (ctx) => {
        try {
          await readBody(ctx);
        } finally {
          setTimeout(failed, 50);
        }
      });
      const served = await serve(koa.callback());
      try {
        await leaveMidBody(served.port);
        await routeFailed;
        const statuses = log.mock.calls.map(([, , info]) => (info as { status: number }).status);
        expect(statuses).toEqual(logClientErrors ? [400] : []);
      } finally {
        await served.close();
      }
    }
  });
});
