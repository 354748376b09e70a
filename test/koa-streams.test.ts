import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { PassThrough, type Readable } from 'node:stream';
import { inspect } from 'node:util';
import { errorHandler, type KoaErrorOptions } from '@status-i18n/koa';
import type { Context } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { guardProcess } from './hardening/support/guard';
import { type Listening, listen, send } from './hardening/support/http';

// Koa 3 alone crashes the process on a HEAD request for a missing file; with errorHandler it must not.
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

/** What the one `app.on('error')` listener call gets for `thrown`, thrown after a route sent its headers. */
async function emittedAfterHeaders(Koa: KoaClass, thrown: unknown): Promise<unknown> {
  const app = await start(Koa, (ctx) => {
    ctx.status = 200;
    ctx.flushHeaders();
    throw thrown;
  });
  await send(app.target, { path: '/', timeoutMs: 2000 }).catch(() => undefined);
  await settle();
  expect(app.emitted).toHaveLength(1);
  return app.emitted[0]?.error;
}

/** Resolves once `stream` has closed; a stream left open fails the test instead of hanging it. */
async function closed(stream: Readable, timeoutMs = 2000): Promise<void> {
  if (stream.closed) return;
  const timer = new Promise<never>((_resolve, reject) => {
    setTimeout(() => reject(new Error(`the body was not destroyed within ${timeoutMs} ms`)), timeoutMs).unref();
  });
  // Not events.once, which rejects on the 'error' a failing body emits before it closes.
  await Promise.race([new Promise((resolve) => stream.once('close', resolve)), timer]);
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

/**
 * Opens a raw connection, sends a GET and, once the route has set its body, leaves: `end` closes the
 * connection, `reset` resets it (what a killed browser tab or a proxy timeout often does).
 */
async function leave(app: TestApp, how: 'end' | 'reset'): Promise<Readable> {
  const socket = connect(app.target.port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  const body = await app.body();
  // A moment for the server to be waiting on the body, as an idle SSE connection is.
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (how === 'reset') socket.resetAndDestroy();
  else socket.destroy();
  return body;
}

const versions: Array<[string, KoaClass]> = [
  ['Koa 2', Koa2 as unknown as KoaClass],
  ['Koa 3', Koa3],
];

describe.each(versions)('%s: errorHandler(options) with streamed bodies', (name, Koa) => {
  describe('responses Koa sends without a body (HEAD, 204, 205, 304)', () => {
    it('HEAD with an event stream that has no data yet is answered at once, with its own headers', async () => {
      const app = await start(Koa, eventStream);
      const response = await send(app.target, { method: 'HEAD', path: '/', timeoutMs: 2000 });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(response.body.length).toBe(0);
      // Nothing reads it: it is destroyed with the response, as Koa does, so its resources are freed.
      await closed(await app.body());
    });

    it.each([204, 205, 304])(
      'status %i with an event stream that has no data yet is answered at once',
      async (status) => {
        const app = await start(Koa, (ctx) => {
          ctx.status = status;
          eventStream(ctx);
        });
        const response = await send(app.target, { path: '/', timeoutMs: 2000 });
        expect(response.status).toBe(status);
        expect(response.body.length).toBe(0);
        await closed(await app.body());
      },
    );

    it.each([204, 304])(
      'status %i with a missing file keeps its status, and the connection stays usable',
      async (status) => {
        const app = await start(Koa, (ctx) => {
          ctx.status = status;
          ctx.body = createReadStream('/nonexistent/status-i18n-missing');
        });
        const first = await send(app.target, { path: '/', timeoutMs: 2000 });
        expect(first.status).toBe(status);
        await closed(await app.body());
        await settle();
        // The complete answer is not cut afterwards: the keep-alive connection serves the next request.
        const second = await send(app.target, { path: '/', timeoutMs: 2000 });
        expect(second.status).toBe(status);
        expect(app.connections()).toBe(1);
      },
    );

    it('HEAD for a missing file keeps Koa’s 200 and the process keeps running', async () => {
      const app = await start(Koa, (ctx) => {
        ctx.body = createReadStream('/nonexistent/status-i18n-missing');
      });
      const response = await send(app.target, { method: 'HEAD', path: '/', timeoutMs: 2000 });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/octet-stream');
      await closed(await app.body());
      await settle();
    });

    if (name === 'Koa 2') {
      it('Koa 2: the stream’s error is still emitted, as Koa 2 does, with err.headerSent and the sent status', async () => {
        const app = await start(Koa, (ctx) => {
          ctx.status = 204;
          ctx.body = createReadStream('/nonexistent/status-i18n-missing');
        });
        expect((await send(app.target, { path: '/', timeoutMs: 2000 })).status).toBe(204);
        await closed(await app.body());
        await settle();
        expect(app.emitted).toHaveLength(1);
        expect(app.emitted[0]).toMatchObject({ headerSent: true, ctxStatus: 204 });
        expect(app.emitted[0]?.error).toMatchObject({ code: 'ENOENT' });
      });
    } else {
      it('Koa 3: the stream’s error is not emitted, as Koa 3 does not read the body', async () => {
        const log = jest.fn();
        const app = await start(
          Koa,
          (ctx) => {
            ctx.status = 204;
            ctx.body = createReadStream('/nonexistent/status-i18n-missing');
          },
          { log },
        );
        expect((await send(app.target, { path: '/', timeoutMs: 2000 })).status).toBe(204);
        await closed(await app.body());
        await settle();
        expect(log).not.toHaveBeenCalled();
      });

      it.each([
        ['HEAD', 200],
        ['GET', 204],
      ] as const)(
        'Koa 3: %s with a ReadableStream that has no data yet is answered at once, and the stream cancelled',
        async (method, status) => {
          const cancel = jest.fn();
          const app = await start(Koa, (ctx) => {
            if (status !== 200) ctx.status = status;
            ctx.body = new ReadableStream({ pull: () => new Promise(() => undefined), cancel });
          });
          const response = await send(app.target, { method, path: '/', timeoutMs: 2000 });
          expect(response.status).toBe(status);
          await settle();
          expect(cancel).toHaveBeenCalledTimes(1);
        },
      );
    }
  });

  describe('a client that leaves', () => {
    it.each(['end', 'reset'] as const)(
      'before the first byte (%s) is not an error, and the body is destroyed',
      async (how) => {
        const log = jest.fn();
        const app = await start(Koa, eventStream, { log });
        const body = await leave(app, how);
        await closed(body);
        await settle();
        expect(log).not.toHaveBeenCalled();
      },
    );

    it.each(['end', 'reset'] as const)(
      'after the first byte (%s) is not an error, and the body is destroyed',
      async (how) => {
        const log = jest.fn();
        const app = await start(
          Koa,
          (ctx) => {
            eventStream(ctx).write('data: hello\n\n');
          },
          { log },
        );
        const body = await leave(app, how);
        await closed(body);
        await settle();
        expect(log).not.toHaveBeenCalled();
      },
    );

    it('is not emitted to app.on("error") with the default log', async () => {
      const app = await start(Koa, eventStream);
      const body = await leave(app, 'reset');
      await closed(body);
      await settle();
      expect(app.emitted).toEqual([]);
    });

    /** Sends a GET on a raw connection and leaves (`how`) after 30 ms, while the route is still working. */
    async function leaveEarly(app: TestApp, how: 'end' | 'reset'): Promise<void> {
      const socket = connect(app.target.port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await new Promise((resolve) => setTimeout(resolve, 30));
      if (how === 'reset') socket.resetAndDestroy();
      else socket.destroy();
      // The route has finished; anything it or Koa reported would have reached the log by now.
      await app.body();
      await settle();
    }

    it.each(['end', 'reset'] as const)(
      '(%s) while the route that set a stream body is still working is not an error either',
      async (how) => {
        const log = jest.fn();
        const app = await start(
          Koa,
          async (ctx) => {
            eventStream(ctx);
            await new Promise((resolve) => setTimeout(resolve, 100));
          },
          { log },
        );
        await leaveEarly(app, how);
        await closed(await app.body());
        expect(log).not.toHaveBeenCalled();
      },
    );

    it('a route that fails after the client left has still failed: it is reported', async () => {
      const app = await start(Koa, async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('database down');
      });
      await leaveEarly(app, 'reset');
      await settle();
      expect(app.emitted).toHaveLength(1);
      expect(app.emitted[0]?.error.message).toBe('database down');
      // Koa's mark for an error that can no longer be answered.
      expect(app.emitted[0]?.headerSent).toBe(true);
    });
  });

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

    it('an error after the headers were sent is not changed, frozen or not: listeners get one that reads through to it', async () => {
      for (const freeze of [false, true]) {
        const thrown = Object.assign(new Error('feed lost'), { status: 503 });
        if (freeze) Object.freeze(thrown);
        const emitted = (await emittedAfterHeaders(Koa, thrown)) as Error & { headerSent?: boolean; status?: number };
        expect(emitted.headerSent).toBe(true);
        expect(emitted).toBeInstanceOf(Error);
        expect([emitted.message, emitted.status, emitted.stack]).toEqual(['feed lost', 503, thrown.stack]);
        // What a listener that enumerates or prints the error sees: its own members, and the mark.
        expect(Object.keys(emitted).sort()).toEqual(['headerSent', 'status']);
        expect(JSON.parse(JSON.stringify(emitted))).toEqual({ status: 503, headerSent: true });
        // (Printed as an error, with its stack, where it was made in Node's own realm: Jest's differs.)
        expect(inspect(emitted)).toContain('status: 503');
        expect(Object.getOwnPropertyNames(thrown).sort()).toEqual(['message', 'stack', 'status']);
      }
    });

    it("an aborted fetch's DOMException after the headers were sent reads as itself: its getters check what they are read on", async () => {
      const thrown = new DOMException('The operation was aborted.', 'AbortError');
      const emitted = (await emittedAfterHeaders(Koa, thrown)) as DOMException & { headerSent?: boolean };
      expect(emitted.headerSent).toBe(true);
      expect([emitted.name, emitted.message, emitted.code]).toEqual(['AbortError', 'The operation was aborted.', 20]);
      expect(() => inspect(emitted)).not.toThrow();
      expect(String(emitted)).toBe('AbortError: The operation was aborted.');
    });

    it('a thrown proxy whose every trap throws is still emitted, once, as an Error', async () => {
      const hostile = new Proxy(
        {},
        new Proxy(
          {},
          {
            get: () => () => {
              throw new Error('trap');
            },
          },
        ),
      );
      const app = await start(Koa, () => {
        throw hostile;
      });
      expect((await send(app.target, { path: '/', timeoutMs: 2000 })).status).toBe(500);
      await settle();
      expect(app.emitted).toHaveLength(1);
      expect(app.emitted[0]?.error).toBeInstanceOf(Error);
      expect(app.emitted[0]?.error.message).toMatch(/^non-error thrown: /);
      expect(app.emitted[0]?.ctxStatus).toBe(500);
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
