import { createServer } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { errorHandler, type KoaErrorOptions } from '@status-i18n/koa';
import type { Context } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { guardProcess } from './hardening/support/guard';
import { type Listening, listen, send } from './hardening/support/http';

guardProcess();

type KoaClass = typeof Koa3;

/** What an `app.on('error')` listener saw, read when the event was emitted. */
interface Emitted {
  readonly error: Error & { headerSent?: boolean; status?: number; expose?: boolean };
  readonly headerSent: boolean | undefined;
  readonly ctxStatus: number;
}

interface TestApp {
  readonly target: Listening;
  readonly emitted: Emitted[];
  /** `ctx.body` as the route left it, once a request reached the end of the route (or its failure). */
  body(): Promise<Readable>;
  /** How many connections the server accepted. */
  connections(): number;
}

const opened: Listening[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((target) => target.close()));
});

/** A Koa app with errorHandler first and `route` as its only middleware, listening on loopback. */
async function start(Koa: KoaClass, route: (ctx: Context) => unknown, options?: KoaErrorOptions): Promise<TestApp> {
  const app = new Koa();
  const emitted: Emitted[] = [];
  app.on('error', (error: Emitted['error'], ctx: Context) =>
    emitted.push({ error, headerSent: error.headerSent, ctxStatus: ctx.status }),
  );
  let reached: (body: Readable) => void = () => undefined;
  const reachedBody = new Promise<Readable>((resolve) => {
    reached = resolve;
  });
  app.use(errorHandler(options));
  app.use(async (ctx) => {
    try {
      await route(ctx);
    } finally {
      reached(ctx.body);
    }
  });
  const server = createServer(app.callback());
  let connections = 0;
  server.on('connection', () => connections++);
  const target = await listen(server);
  opened.push(target);
  return { target, emitted, body: () => reachedBody, connections: () => connections };
}

/** Lets pending events (a late 'error', a log call) happen before the test looks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A server-sent-events body: open, with nothing written yet. */
function eventStream(ctx: Context): PassThrough {
  const stream = new PassThrough();
  ctx.type = 'text/event-stream';
  ctx.body = stream;
  return stream;
}

const versions: Array<[string, KoaClass]> = [
  ['Koa 2', Koa2 as unknown as KoaClass],
  ['Koa 3', Koa3],
];

describe.each(versions)('%s: errorHandler(options) with streamed bodies', (_name, Koa) => {
  describe("what app.on('error') listeners see (Koa's conventions)", () => {
    it('an error after the headers were sent has err.headerSent = true and the sent status', async () => {
      const app = await start(Koa, (ctx) => {
        const stream = eventStream(ctx);
        stream.write('data: hello\n\n');
        setTimeout(() => stream.destroy(Object.assign(new Error('feed lost'), { status: 503 })), 20);
      });
      await expect(send(app.target, { path: '/', timeoutMs: 2000 })).rejects.toThrow();
      await settle();
      expect(app.emitted).toHaveLength(1);
      expect(app.emitted[0]).toMatchObject({ headerSent: true, ctxStatus: 200 });
      // Koa leaves the error's own status as it was thrown.
      expect(app.emitted[0]?.error).toMatchObject({ message: 'feed lost', status: 503 });
    });

    it('an error before the headers has no err.headerSent, and ctx.status is the answer’s', async () => {
      const app = await start(Koa, (ctx) => {
        ctx.throw(503);
      });
      expect((await send(app.target, { path: '/', timeoutMs: 2000 })).status).toBe(503);
      expect(app.emitted).toHaveLength(1);
      expect(app.emitted[0]?.headerSent).toBeUndefined();
      expect(app.emitted[0]).toMatchObject({ ctxStatus: 503 });
      expect(app.emitted[0]?.error.expose).toBe(false);
    });

    it('a thrown non-Error is wrapped with Koa’s message', async () => {
      const app = await start(Koa, () => {
        throw 'a string';
      });
      expect((await send(app.target, { path: '/', timeoutMs: 2000 })).status).toBe(500);
      expect(app.emitted[0]?.error).toBeInstanceOf(Error);
      expect(app.emitted[0]?.error.message).toBe('non-error thrown: "a string"');
    });
  });
});
