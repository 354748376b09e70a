import { Readable } from 'node:stream';
import type { ProblemDetails } from '@status-i18n/core';
import createError from 'http-errors';
import request from 'supertest';
import { call, quiet, throwing } from './client';
import { differs, type Framework } from './frameworks';

/** Requests a response that breaks off after its first chunk; resolves with what the client saw. */
function fetchTruncated(
  framework: Framework,
  setup: Parameters<Framework['server']>[0],
  headers: Record<string, string> = {},
) {
  const server = framework.server(setup);
  return new Promise<{ status: number; body: string; aborted: boolean }>((resolve, reject) => {
    server.listen(0, '127.0.0.1', async () => {
      const { port } = server.address() as { port: number };
      try {
        const response = await fetch(`http://127.0.0.1:${port}/boom`, { headers });
        let body = '';
        let aborted = false;
        try {
          body = await response.text();
        } catch {
          aborted = true;
        }
        resolve({ status: response.status, body, aborted });
      } catch (error) {
        reject(error);
      } finally {
        server.close();
      }
    });
  });
}

/** A body stream that sends one chunk, then is destroyed with `error` (or with none). */
function cutAfterFirstChunk(error: Error | undefined): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push('first chunk ');
        return;
      }
      setTimeout(() => this.destroy(error), 10);
    },
  });
}

/** A body stream that fails on its first read, with an error of status 503. */
function failingAtOnce(): Readable {
  return new Readable({
    read() {
      this.destroy(Object.assign(new Error('disk gone'), { status: 503 }));
    },
  });
}

/** Express, Koa, Fastify and Nest: a streamed body fails while the adapter still holds the response. */
function nodeStreamRules(framework: Framework): void {
  it('an error before the first byte is answered like a thrown error', async () => {
    const log = jest.fn();
    const stream = failingAtOnce();
    const response = await call(
      framework,
      { route: (tools) => tools.streamBody(stream), options: { log } },
      {
        headers: { 'Accept-Language': 'zh-CN' },
      },
    );
    if (differs(framework, 'stream-error-before-first-byte')) {
      expect([response.status, response.text]).toEqual([400, 'Bad Request']);
      expect(log).not.toHaveBeenCalled();
      return;
    }
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body.title).toBe('服务不可用');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("HEAD: a stream that fails before its first byte gets the GET's answer without its body", async () => {
    const log = jest.fn();
    const stream = failingAtOnce();
    const response = await call(
      framework,
      { route: (tools) => tools.streamBody(stream), options: { log } },
      { method: 'head' },
    );
    expect(response.text ?? '').toBe('');
    if (differs(framework, 'head-stream-not-read')) {
      // The framework answers HEAD without reading the stream: nothing fails, the route's status and headers go.
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(log).not.toHaveBeenCalled();
      return;
    }
    if (differs(framework, 'stream-error-before-first-byte')) {
      expect(response.status).toBe(400);
      expect(log).not.toHaveBeenCalled();
      return;
    }
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('an error after the first byte ends the connection', async () => {
    const log = jest.fn();
    const stream = cutAfterFirstChunk(new Error('midway'));
    const result = await fetchTruncated(framework, {
      route: (tools) => tools.streamBody(stream),
      options: { log },
      onAppError: () => undefined,
    });
    expect(result.status).toBe(200);
    expect(result.aborted).toBe(true);
    if (differs(framework, 'stream-error-after-first-byte')) {
      expect(log).not.toHaveBeenCalled();
      return;
    }
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatchObject({ message: 'midway' });
  });
}

/** What answers a request no route matched, in each framework. */
const UNMATCHED: Readonly<Record<Framework['kind'], string>> = {
  express: 'notFound()',
  koa: "Koa's implicit 404",
  fastify: "Fastify's not-found handler",
  fetch: 'notFoundResponse()',
  hono: 'notFound()',
  nest: "Nest's NotFoundException for no route",
};

const isWeb = (framework: Framework) => framework.kind === 'fetch' || framework.kind === 'hono';

export function lifecycleRules(framework: Framework): void {
  describe('headers already sent', () => {
    const setup = (log: jest.Mock) => ({
      route: (tools: Parameters<NonNullable<Parameters<Framework['server']>[0]['route']>>[0]) => {
        tools.sendPartial('partial ');
        throw new Error('after the first chunk');
      },
      options: { log },
      onAppError: () => undefined,
    });

    it(`${framework.name}: the connection is ended so the client sees a truncated response, nothing appended`, async () => {
      const log = jest.fn();
      // A web server reports the failure of a returned stream itself (see below): kept out of the test output.
      const printed = isWeb(framework) ? jest.spyOn(console, 'error').mockImplementation(() => undefined) : undefined;
      const result = await fetchTruncated(framework, setup(log)).finally(() => printed?.mockRestore());
      expect(result.status).toBe(200);
      expect(result.aborted).toBe(true);
      expect(result.body).not.toContain('Internal Server Error');
    });

    it('the client still gets what was written when middleware in front awaits twice (koa-helmet does)', async () => {
      // Destroyed in the same turn, a response whose first chunk is still corked in the socket sends nothing: the
      // client saw no status line. How soon the error comes back depends on the middleware in between.
      const awaitsTwice = {
        koa: () => async (_ctx: unknown, next: () => Promise<unknown>) => {
          await Promise.resolve();
          await next();
        },
      };
      const printed = isWeb(framework) ? jest.spyOn(console, 'error').mockImplementation(() => undefined) : undefined;
      const result = await fetchTruncated(framework, { ...setup(jest.fn()), before: awaitsTwice }).finally(() =>
        printed?.mockRestore(),
      );
      expect(result.status).toBe(200);
      expect(result.aborted).toBe(true);
    });

    if (isWeb(framework)) {
      it('web: the failure happens in a Response already returned, so the server reports it, not the log option', async () => {
        const log = jest.fn();
        const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
          await fetchTruncated(framework, setup(log));
          expect(log).not.toHaveBeenCalled();
          expect(printed).toHaveBeenCalledWith(expect.objectContaining({ message: 'after the first chunk' }));
        } finally {
          printed.mockRestore();
        }
      });
    } else {
      it('logs the error by the same rule as any 5xx', async () => {
        const log = jest.fn();
        await fetchTruncated(framework, setup(log));
        expect(log).toHaveBeenCalledTimes(1);
        expect(log.mock.calls[0]?.[0]).toMatchObject({ message: 'after the first chunk' });
      });

      it('names the request id in the log, as for any error', async () => {
        const log = jest.fn();
        const withId = { ...setup(log), options: { log, requestId: true } };
        await fetchTruncated(framework, withId, { 'X-Request-Id': 'rid-123' });
        expect(log).toHaveBeenCalledTimes(1);
        expect(log.mock.calls[0]?.[2]).toMatchObject({ status: 500, requestId: 'rid-123' });
      });
    }
  });

  describe('logging', () => {
    it('reports every 5xx once, with the request or context and the status', async () => {
      const log = jest.fn();
      const error = new Error('db down');
      await call(framework, { route: throwing(error), options: { log } });
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toBe(error);
      expect(log.mock.calls[0]?.[2]).toMatchObject({ status: 500, hookFailure: false });
    });

    it('does not report 4xx unless asked', async () => {
      const log = jest.fn();
      await call(framework, { route: throwing(createError(404)), options: { log } });
      expect(log).not.toHaveBeenCalled();
      await call(framework, { route: throwing(createError(404)), options: { log, logClientErrors: true } });
      expect(log).toHaveBeenCalledTimes(1);
    });

    it('log: false turns logging off', async () => {
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const response = await call(framework, { route: throwing(new Error('quiet')), options: { log: false } });
        expect(response.status).toBe(500);
        expect(spy).not.toHaveBeenCalled();
      } finally {
        spy.mockRestore();
      }
    });

    it('a log hook that throws or rejects changes nothing the client sees', async () => {
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const throwingLog = await call(framework, {
          route: throwing(createError(503)),
          options: {
            log: () => {
              throw new Error('logger down');
            },
          },
        });
        expect(throwingLog.status).toBe(503);
        expect(throwingLog.body.title).toBe('Service Unavailable');
        const rejectingLog = await call(framework, {
          route: throwing(createError(503)),
          options: { log: () => Promise.reject(new Error('async logger down')) },
        });
        expect(rejectingLog.status).toBe(503);
      } finally {
        spy.mockRestore();
      }
    });

    // Fastify's default log is request.log (test/fastify/logging.test.ts); Nest's and Koa's follow.
    if (framework.kind !== 'koa' && framework.kind !== 'nest' && framework.kind !== 'fastify') {
      it(`${framework.name}: the default log prints 5xx with console.error`, async () => {
        const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
          const error = new Error('printed');
          await call(framework, { route: throwing(error) });
          expect(spy).toHaveBeenCalledWith(error);
          spy.mockClear();
          await call(framework, { route: throwing(createError(404)) });
          expect(spy).not.toHaveBeenCalled();
          // With a request id, the line starts with it: found from the id a client reports.
          await call(
            framework,
            { route: throwing(error), options: { requestId: true } },
            { headers: { 'X-Request-Id': 'abc-123' } },
          );
          expect(spy).toHaveBeenCalledWith('[request abc-123]', error);
          // An id the app's function made from the request cannot start a forged line.
          spy.mockClear();
          await call(framework, { route: throwing(error), options: { requestId: () => 'id\nERROR forged' } });
          expect(spy).toHaveBeenCalledWith('[request id\uFFFDERROR forged]', error);
        } finally {
          spy.mockRestore();
        }
      });
    }
    if (framework.kind === 'nest') {
      it("Nest: the default log prints 5xx once through Nest's Logger, and Nest's own filter does not print it again", async () => {
        const nestLogger = { error: jest.fn() };
        const error = new Error('printed');
        await call(framework, { route: throwing(error), nestLogger });
        expect(nestLogger.error).toHaveBeenCalledTimes(1);
        expect(nestLogger.error.mock.calls[0]?.[0]).toBe(error);
        nestLogger.error.mockClear();
        await call(framework, { route: throwing(createError(404)), nestLogger });
        expect(nestLogger.error).not.toHaveBeenCalled();
      });

      it('Nest: the default log starts the line with the request id, the stack as its own argument, and writes a 4xx as a one-line warning', async () => {
        const nestLogger = { error: jest.fn(), warn: jest.fn() };
        const error = new Error('printed');
        await call(
          framework,
          { route: throwing(error), nestLogger, options: { requestId: true } },
          { headers: { 'X-Request-Id': 'abc-123' } },
        );
        expect(nestLogger.error).toHaveBeenCalledTimes(1);
        expect(nestLogger.error.mock.calls[0]?.slice(0, 2)).toEqual(['[request abc-123] printed', error.stack]);
        nestLogger.error.mockClear();
        await call(framework, { route: throwing(error), nestLogger, options: { requestId: () => 'id\nERROR forged' } });
        expect(nestLogger.error.mock.calls[0]?.[0]).toBe('[request id\uFFFDERROR forged] printed');
        const conflict = createError(409, 'Seat 12A is taken');
        await call(
          framework,
          { route: throwing(conflict), nestLogger, options: { logClientErrors: true, requestId: true } },
          { headers: { 'X-Request-Id': 'abc-123' } },
        );
        await call(framework, { route: throwing(conflict), nestLogger, options: { logClientErrors: true } });
        expect(nestLogger.error).toHaveBeenCalledTimes(1);
        // A message that quotes the request (a parser's) cannot start a forged line.
        await call(framework, {
          route: throwing(createError(400, 'Unexpected token in "x\n[Nest] 1 - FORGED"')),
          nestLogger,
          options: { logClientErrors: true },
        });
        expect(nestLogger.warn.mock.calls.map((args) => args[0])).toEqual([
          '[request abc-123] Seat 12A is taken',
          'Seat 12A is taken',
          'Unexpected token in "x\uFFFD[Nest] 1 - FORGED"',
        ]);
      });
    }
    if (framework.kind === 'koa') {
      it("Koa: emits app 'error' exactly once per error, with the context, before the response is written", async () => {
        const events: Array<{ error: unknown; headerSent: boolean; path: string }> = [];
        const error = new Error('emitted');
        const response = await call(framework, {
          route: throwing(error),
          onAppError: (emitted, ctx) => events.push({ error: emitted, headerSent: ctx.headerSent, path: ctx.path }),
        });
        expect(response.status).toBe(500);
        expect(events).toHaveLength(1);
        expect(events[0]).toEqual({ error, headerSent: false, path: '/boom' });
      });

      it("Koa: the 'error' listener sees the response's status and the request id", async () => {
        const seen: Array<{ status: number; requestId: unknown }> = [];
        const response = await call(
          framework,
          {
            route: throwing(createError(503)),
            options: { requestId: true },
            onAppError: (_error, ctx) => seen.push({ status: ctx.status, requestId: ctx.state.requestId }),
          },
          { headers: { 'X-Request-Id': 'req-42' } },
        );
        expect(response.status).toBe(503);
        expect(seen).toEqual([{ status: 503, requestId: 'req-42' }]);
      });

      it("Koa: wraps a thrown non-Error before emitting it, so Koa's default listener does not throw", async () => {
        const events: unknown[] = [];
        const response = await call(framework, { route: throwing('a string'), onAppError: (e) => events.push(e) });
        expect(response.status).toBe(500);
        expect(events[0]).toBeInstanceOf(Error);
        expect((events[0] as Error).message).toContain('a string');
        const withDefaultListener = await call(framework, { route: throwing({ weird: true }) });
        expect(withDefaultListener.status).toBe(500);
      });
    }
  });

  describe('hooks', () => {
    it('map turns a domain error into a problem', async () => {
      class OutOfStock extends Error {
        sku = 'A-1';
      }
      const response = await call(framework, {
        route: throwing(new OutOfStock('out')),
        options: {
          ...quiet,
          map: (error: unknown) =>
            error instanceof OutOfStock
              ? {
                  status: 409,
                  detail: `SKU ${error.sku} is sold out`,
                  type: 'https://shop.example/out-of-stock',
                  extensions: { sku: error.sku },
                }
              : undefined,
        },
      });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        type: 'https://shop.example/out-of-stock',
        title: 'Conflict',
        status: 409,
        detail: 'SKU A-1 is sold out',
        sku: 'A-1',
      });
    });

    it('map returning undefined leaves the standard rules', async () => {
      const response = await call(framework, {
        route: throwing(createError(404)),
        options: { ...quiet, map: () => undefined },
      });
      expect(response.status).toBe(404);
    });

    it('transform makes the last change to the body', async () => {
      const response = await call(framework, {
        route: throwing(createError(404)),
        options: {
          ...quiet,
          transform: (problem: ProblemDetails) => ({
            ...problem,
            docs: 'https://docs.example/404',
            status: 200,
          }),
        },
      });
      expect(response.status).toBe(404);
      expect(response.body.docs).toBe('https://docs.example/404');
      expect(response.body.status).toBe(404);
    });

    const failing: Array<[string, Record<string, unknown>]> = [
      [
        'map throws',
        {
          map: () => {
            throw new Error('map broke');
          },
        },
      ],
      ['map returns garbage', { map: () => 'nonsense' }],
      ['map returns an invalid status', { map: () => ({ status: 200 }) }],
      [
        'transform throws',
        {
          transform: () => {
            throw new Error('transform broke');
          },
        },
      ],
      ['transform returns garbage', { transform: () => null }],
      [
        'locale throws',
        {
          locale: () => {
            throw new Error('locale broke');
          },
        },
      ],
      ['locale returns garbage', { locale: () => 42 }],
      [
        'type throws',
        {
          type: () => {
            throw new Error('type broke');
          },
        },
      ],
      [
        'requestId throws',
        {
          requestId: () => {
            throw new Error('id broke');
          },
        },
      ],
    ];

    it.each(failing)('%s: a minimal safe 500, and both errors logged', async (_name, hooks) => {
      const log = jest.fn();
      const error = createError(404);
      const response = await call(
        framework,
        { route: throwing(error), options: { log, ...hooks } },
        {
          headers: { 'Accept-Language': 'zh-CN' },
        },
      );
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        type: 'about:blank',
        title: '内部服务器错误',
        status: 500,
        detail: expect.any(String),
      });
      expect(log).toHaveBeenCalledTimes(2);
      expect(log.mock.calls[0]?.[0]).toBe(error);
      expect(log.mock.calls[1]?.[0]).toMatchObject({ message: expect.stringMatching(/^status-i18n: the \w+ hook/) });
      expect(log.mock.calls[1]?.[2]).toMatchObject({ hookFailure: true });
    });

    it('a hook failure keeps the request id: in the safe 500, its header and both log lines', async () => {
      const log = jest.fn();
      const response = await call(
        framework,
        {
          route: throwing(createError(404)),
          options: {
            log,
            requestId: true,
            transform: () => {
              throw new Error('transform broke');
            },
          },
        },
        { headers: { 'X-Request-Id': 'rid-42' } },
      );
      expect(response.status).toBe(500);
      expect(response.body).toMatchObject({ status: 500, requestId: 'rid-42' });
      expect(response.headers['x-request-id']).toBe('rid-42');
      expect(log.mock.calls.map((call) => call[2])).toEqual([
        expect.objectContaining({ hookFailure: false, requestId: 'rid-42' }),
        expect.objectContaining({ hookFailure: true, requestId: 'rid-42' }),
      ]);
    });
  });

  describe('request ids', () => {
    it('requestId: true echoes a valid X-Request-Id into the body and the response', async () => {
      const log = jest.fn();
      const response = await call(
        framework,
        { route: throwing(new Error('x')), options: { log, requestId: true } },
        {
          headers: { 'X-Request-Id': 'abc-123' },
        },
      );
      expect(response.body.requestId).toBe('abc-123');
      expect(response.headers['x-request-id']).toBe('abc-123');
      expect(log.mock.calls[0]?.[2]).toMatchObject({ requestId: 'abc-123' });
    });

    it('keeps the id a middleware already set on the response, in the body, the header and the log', async () => {
      // A request-id middleware (express-request-id, koa-requestid, a Fastify onRequest hook) sets the response's
      // header before the route runs, from the request's header or a new id: the error names the same one.
      const setsId = (id: string) => (tools: { setHeader(name: string, value: string): void }) => {
        tools.setHeader('X-Request-Id', id);
        throw new Error('x');
      };
      const log = jest.fn();
      const made = await call(framework, { route: setsId('mw-made-1'), options: { log, requestId: true } });
      const sent = await call(
        framework,
        { route: setsId('mw-echoed'), options: { ...quiet, requestId: true } },
        { headers: { 'X-Request-Id': 'from-client' } },
      );
      const unsafe = await call(framework, { route: setsId('a b'), options: { ...quiet, requestId: true } });
      if (differs(framework, 'no-route-headers')) {
        // Nothing was sent before the error: the id is the request's, or a new one.
        expect(made.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(sent.body.requestId).toBe('from-client');
        return;
      }
      expect(made.body.requestId).toBe('mw-made-1');
      expect(made.headers['x-request-id']).toBe('mw-made-1');
      expect(log.mock.calls[0]?.[2]).toMatchObject({ requestId: 'mw-made-1' });
      // What the middleware sent is what its log lines name, whatever the client asked.
      expect(sent.body.requestId).toBe('mw-echoed');
      expect(sent.headers['x-request-id']).toBe('mw-echoed');
      // Not a plain token: not trusted, a new id as without one.
      expect(unsafe.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('trusts a plain token of up to 255 characters, as hono/request-id does, and no longer one', async () => {
      const longest = 'a'.repeat(255);
      const kept = await call(
        framework,
        { route: throwing(new Error('x')), options: { ...quiet, requestId: true } },
        { headers: { 'X-Request-Id': longest } },
      );
      expect(kept.body.requestId).toBe(longest);
      expect(kept.headers['x-request-id']).toBe(longest);
      const tooLong = await call(
        framework,
        { route: throwing(new Error('x')), options: { ...quiet, requestId: true } },
        { headers: { 'X-Request-Id': `${longest}a` } },
      );
      expect(tooLong.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('makes one when the header is missing or unsafe', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(400)), options: { ...quiet, requestId: 'X-Trace' } },
        {
          headers: { 'X-Trace': '<script>' },
        },
      );
      expect(response.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('takes it from a function, and sends it back in X-Request-Id when it is a plain token', async () => {
      const response = await call(framework, {
        route: throwing(createError(400)),
        options: { ...quiet, requestId: () => 'from-fn' },
      });
      expect(response.body.requestId).toBe('from-fn');
      expect(response.headers['x-request-id']).toBe('from-fn');
      // Not a token (a space, a line break): in the body, escaped like any text, and in no header.
      const unsafe = await call(framework, {
        route: throwing(createError(400)),
        options: { ...quiet, requestId: () => 'user 42\r\nSet-Cookie: a=b' },
      });
      expect(unsafe.status).toBe(400);
      expect(unsafe.body.requestId).toBe('user 42\r\nSet-Cookie: a=b');
      expect(unsafe.headers['x-request-id']).toBeUndefined();
      expect(unsafe.headers['set-cookie']).toBeUndefined();
      const spaced = await call(framework, {
        route: throwing(createError(400)),
        options: { ...quiet, requestId: () => 'user 42' },
      });
      expect(spaced.body.requestId).toBe('user 42');
      expect(spaced.headers['x-request-id']).toBeUndefined();
    });

    it('takes a number from a function as its digits (pino-http counts), and makes one for a function that has none', async () => {
      const counted = await call(framework, {
        route: throwing(createError(400)),
        options: { ...quiet, requestId: () => 7 },
      });
      expect(counted.status).toBe(400);
      expect(counted.body.requestId).toBe('7');
      expect(counted.headers['x-request-id']).toBe('7');
      // `(req) => req.id` where nothing set one: a new id, as for a request without the header, not a safe 500.
      for (const none of [undefined, null, '']) {
        const response = await call(framework, {
          route: throwing(createError(404)),
          options: { ...quiet, requestId: () => none },
        });
        expect(response.status).toBe(404);
        expect(response.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(response.headers['x-request-id']).toBe(response.body.requestId);
      }
      // Something that is no id at all is still the hook's failure.
      const object = await call(framework, {
        route: throwing(createError(404)),
        options: { log: false, requestId: () => ({ id: 1 }) as unknown as string },
      });
      expect(object.status).toBe(500);
    });

    it('calls a requestId function once per request: a new id per call still names the answer and each log line', async () => {
      const log = jest.fn();
      let made = 0;
      const requestId = jest.fn(() => `id-${++made}`);
      const failing = await call(framework, {
        route: throwing(new Error('db down')),
        options: {
          log,
          requestId,
          transform: () => {
            throw new Error('transform broke');
          },
        },
      });
      expect(failing.status).toBe(500);
      expect(requestId).toHaveBeenCalledTimes(1);
      expect(failing.body.requestId).toBe('id-1');
      expect(failing.headers['x-request-id']).toBe('id-1');
      // The error and the failed hook, each logged with the request's one id.
      expect(log.mock.calls.map((logged) => logged[2].requestId)).toEqual(['id-1', 'id-1']);
      const next = await call(framework, { route: throwing(createError(503)), options: { log, requestId } });
      expect(next.body.requestId).toBe('id-2');
      expect(requestId).toHaveBeenCalledTimes(2);
    });
  });

  describe('unmatched routes', () => {
    it(`${UNMATCHED[framework.kind]} answers in the negotiated format and language`, async () => {
      const response = await call(
        framework,
        { options: quiet },
        {
          path: '/nowhere',
          headers: { Accept: 'text/html', 'Accept-Language': 'zh-TW' },
        },
      );
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('<title>404 找不到</title>');
    });

    it('does not log an unmatched route', async () => {
      const log = jest.fn();
      await call(framework, { options: { log, logClientErrors: true } }, { path: '/nowhere' });
      expect(log).not.toHaveBeenCalled();
    });
  });

  describe('streamed bodies', () => {
    if (isWeb(framework)) {
      it('web: a returned stream that fails before or after its first chunk is cut by the server, after its 200', async () => {
        const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
          for (const stream of [
            new Readable({
              read() {
                this.destroy(Object.assign(new Error('disk gone'), { status: 503 }));
              },
            }),
            cutAfterFirstChunk(new Error('midway')),
          ]) {
            const log = jest.fn();
            const result = await fetchTruncated(framework, {
              route: (tools) => tools.streamBody(stream),
              options: { log },
            });
            // @hono/node-server sends the status and headers when the first read is not ready at once.
            expect(result.status).toBe(200);
            expect(result.aborted).toBe(true);
            expect(result.body).not.toContain('disk gone');
            expect(log).not.toHaveBeenCalled();
          }
          expect(printed).toHaveBeenCalledTimes(2);
        } finally {
          printed.mockRestore();
        }
      });
    } else {
      nodeStreamRules(framework);
    }

    if (framework.kind === 'koa') {
      it('a stream destroyed without an error after the first byte ends the connection, logged once', async () => {
        const log = jest.fn();
        const stream = cutAfterFirstChunk(undefined);
        // Koa 2 pipes with `pipe`, which would leave this client waiting for the rest forever.
        const result = await fetchTruncated(framework, {
          route: (tools) => tools.streamBody(stream),
          options: { log },
          onAppError: () => undefined,
        });
        expect(result.aborted).toBe(true);
        expect(result.body).toBe('');
        expect(log).toHaveBeenCalledTimes(1);
        expect(log.mock.calls[0]?.[0]).toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
      });

      it('a stream destroyed without an error before its first byte gets an error response', async () => {
        const log = jest.fn();
        const stream = new Readable({
          read() {
            this.destroy();
          },
        });
        const response = await call(framework, { route: (tools) => tools.streamBody(stream), options: { log } });
        expect(response.status).toBe(500);
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(log).toHaveBeenCalledTimes(1);
      });
    }

    it('an empty stream is sent as an empty body, whether it ends at once or later', async () => {
      const atOnce = await call(framework, { route: (tools) => tools.streamBody(Readable.from([])), options: quiet });
      expect(atOnce.status).toBe(200);
      expect(atOnce.text).toBe('');
      const later = new Readable({ read: () => undefined });
      setTimeout(() => later.push(null), 30);
      const endsLater = await call(framework, { route: (tools) => tools.streamBody(later), options: quiet });
      expect(endsLater.status).toBe(200);
      expect(endsLater.text).toBe('');
    });

    it('a healthy stream is sent untouched', async () => {
      const response = await call(framework, {
        route: (tools) => tools.streamBody(Readable.from(['a', 'b', 'c'])),
        options: quiet,
      });
      expect(response.status).toBe(200);
      expect(response.text).toBe('abc');
    });
  });

  describe('options are checked when the middleware is created', () => {
    const wrongOptions: Array<[string, Record<string, unknown>]> = [
      ['formats', { formats: ['xml'] }],
      ['formats', { formats: [] }],
      ['defaultFormat', { formats: ['json'], defaultFormat: 'html' }],
      ['locale', { locale: 'zh-CN' }],
      ['defaultLocale', { defaultLocale: 'xx' }],
      ['log', { log: 'console' }],
      ['debug', { debug: 'yes' }],
      ['instance', { instance: 1 }],
      ['map', { map: {} }],
      ['transform', { transform: true }],
      ['type', { type: 'about:blank' }],
      ['requestId', { requestId: 42 }],
      ['timeZone', { timeZone: 'China Standard Time' }],
      ['timeZone', { timeZone: 8 }],
      ['catalog', { catalog: {} }],
      ['formts', { formts: ['json'] }],
    ];
    const { load } = framework;
    if (load) {
      // Fastify runs a plugin when the app loads: that is when its options can be checked.
      it.each(wrongOptions)(
        'a wrong %s makes loading the app fail with a TypeError naming it',
        async (option, options) => {
          await expect(load({ options: options as never })).rejects.toThrow(TypeError);
          await expect(load({ options: options as never })).rejects.toThrow(option);
        },
      );
    } else {
      it.each(wrongOptions)('a wrong %s throws a TypeError naming it', (option, options) => {
        const check = (value: unknown) =>
          framework.checkOptions ? framework.checkOptions(value) : framework.server({ options: value as never });
        expect(() => check(options)).toThrow(TypeError);
        expect(() => check(options)).toThrow(option);
      });
    }
  });

  it('keeps serving after every kind of failure', async () => {
    const server = framework.server({ route: throwing(null), options: quiet });
    const agent = request(server);
    for (let index = 0; index < 20; index++) {
      const response = await agent.get('/boom');
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
  });
}
