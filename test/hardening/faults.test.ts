import { createServer, request as httpRequest, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { errorHandler as expressErrorHandler } from '@status-i18n/express';
import { errorHandler as koaErrorHandler } from '@status-i18n/koa';
import express4 from 'express4';
import express5 from 'express5';
import createError from 'http-errors';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import { type Framework, frameworks } from '../suite/frameworks';
import { fastifyFrameworks } from '../suite/frameworks-fastify';
import { assertResponse, bodyText, type Observed } from './support/check';
import { guardProcess } from './support/guard';
import { type Listening, listen, send } from './support/http';

const allFrameworks = [...Object.values(frameworks), ...Object.values(fastifyFrameworks)];

guardProcess();

type Options = Record<string, unknown>;
const boom = (label: string) => () => {
  throw new Error(`${label} broke`);
};
/** A value whose every read throws: what a hook might return when it is badly broken. */
const hostile = new Proxy(
  {},
  {
    get: boom('proxy get'),
    has: boom('proxy has'),
    ownKeys: boom('proxy ownKeys'),
    getPrototypeOf: boom('proxy getPrototypeOf'),
    getOwnPropertyDescriptor: boom('proxy descriptor'),
  },
);
const validProblem = { type: 'about:blank', title: 't', status: 500, detail: 'd' };

/** Hooks that throw or return garbage: each must give the minimal safe 500 and two log entries. */
const failingHooks: Array<[string, Options]> = [
  ['map throws', { map: boom('map') }],
  ['map returns a string', { map: () => 'nonsense' }],
  ['map returns an array', { map: () => [] }],
  ['map returns a 2xx status', { map: () => ({ status: 200 }) }],
  ['map returns a non-string title', { map: () => ({ title: 42 }) }],
  ['map returns null extensions', { map: () => ({ extensions: null }) }],
  ['map returns a hostile proxy', { map: () => hostile }],
  ['map returns a promise', { map: async () => ({ status: 409 }) }],
  ['transform throws', { transform: boom('transform') }],
  ['transform returns null', { transform: () => null }],
  ['transform returns an empty object', { transform: () => ({}) }],
  ['transform returns non-string members', { transform: () => ({ ...validProblem, title: 1 }) }],
  ['transform returns a hostile proxy', { transform: () => hostile }],
  ['transform returns a promise', { transform: async () => validProblem }],
  ['locale throws', { locale: boom('locale') }],
  ['locale returns a number', { locale: () => 42 }],
  ['locale returns an object', { locale: () => ({ toString: () => 'en' }) }],
  ['locale returns a symbol', { locale: () => Symbol('zh-CN') }],
  ['type throws', { type: boom('type') }],
  ['type returns undefined', { type: () => undefined }],
  ['type returns a number', { type: () => 404 }],
  ['requestId throws', { requestId: boom('requestId') }],
  ['requestId returns a boolean', { requestId: () => true }],
  ['requestId returns an object', { requestId: () => ({ id: 1 }) }],
];

/** Log hooks that fail: the client must get exactly what it would have got, and the failure is reported. */
const failingLogs: Array<[string, (...args: unknown[]) => unknown, boolean]> = [
  ['throws', boom('log'), true],
  ['throws a non-Error', () => Promise.reject(hostile), true],
  ['returns a rejecting promise', () => Promise.reject(new Error('async log broke')), true],
  [
    'returns a thenable whose then throws',
    () => ({
      // biome-ignore lint/suspicious/noThenProperty: a broken thenable is the point of this case
      then: boom('then'),
    }),
    true,
  ],
  ['returns a hostile proxy', () => hostile, true],
  ['returns a promise that never settles', () => new Promise(() => undefined), false],
  ['is slow (busy 30 ms)', busy(30), false],
  ['returns garbage', () => Symbol('garbage'), false],
];

function busy(ms: number) {
  return () => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // Burn the CPU, as a synchronous logger writing to a slow disk would.
    }
  };
}

const ACCEPTS = ['application/problem+json', 'text/html', 'text/plain', 'application/json'];

async function withServer<T>(
  framework: Framework,
  setup: Parameters<Framework['server']>[0],
  run: (target: Listening) => Promise<T>,
): Promise<T> {
  const target = await listen(framework.server(setup));
  try {
    return await run(target);
  } finally {
    await target.close();
  }
}

/** The body of the minimal safe 500, in the format that was asked for. */
function expectMinimal500(response: Observed, accept: string): void {
  assertResponse(response);
  expect(response.status).toBe(500);
  expect(response.headers['content-language']).toBe('zh-CN');
  const text = bodyText(response.body);
  if (accept.includes('json')) {
    expect(JSON.parse(text)).toEqual({
      type: 'about:blank',
      title: '内部服务器错误',
      status: 500,
      detail: expect.any(String),
    });
  } else {
    expect(text).toContain('500');
    expect(text).toContain('内部服务器错误');
  }
}

describe.each(allFrameworks)('$name: faults in hooks', (framework) => {
  it.each(failingHooks.map(([name, hooks], index) => [name, hooks, ACCEPTS[index % ACCEPTS.length] as string]))(
    '%s: a minimal safe 500 (%#), and both errors logged',
    async (_name, hooks, accept) => {
      const log = jest.fn();
      const error = createError(404, 'secret-free message');
      await withServer(
        framework,
        { route: () => Promise.reject(error), options: { log, ...hooks } },
        async (target) => {
          const response = await send(target, { headers: { accept, 'accept-language': 'zh-CN' } });
          expectMinimal500(response, accept);
          expect(log).toHaveBeenCalledTimes(2);
          expect(log.mock.calls[0]?.[0]).toBe(error);
          expect(log.mock.calls[0]?.[2]).toMatchObject({ status: 500, hookFailure: false });
          expect(log.mock.calls[1]?.[0]).toMatchObject({
            name: 'StatusI18nHookError',
            message: expect.stringMatching(/^status-i18n: the \w+ hook/),
          });
          expect(log.mock.calls[1]?.[2]).toMatchObject({ status: 500, hookFailure: true });
          // The server goes on answering, the same way (every response, 404s too, goes through the hooks).
          const again = await send(target, { headers: { accept, 'accept-language': 'zh-CN' } });
          expect(again.status).toBe(500);
          expect(again.body).toEqual(response.body);
        },
      );
    },
  );

  it.each(failingLogs)('a log hook that %s changes nothing the client sees', async (_name, log, reported) => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = Object.assign(createError(503, 'maintenance'), { headers: { 'Retry-After': '120' } });
      const baseline = await withServer(
        framework,
        { route: () => Promise.reject(error), options: { log: false } },
        (t) => send(t, { headers: { accept: 'text/html' } }),
      );
      spy.mockClear();
      const response = await withServer(framework, { route: () => Promise.reject(error), options: { log } }, (t) =>
        send(t, { headers: { accept: 'text/html' } }),
      );
      assertResponse(response);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('120');
      expect(response.body).toEqual(baseline.body);
      // Give a rejected promise's handler its turn before looking at what was reported.
      await new Promise((resolve) => setImmediate(resolve));
      const failures = spy.mock.calls.filter(([first]) => String(first).startsWith('status-i18n: the log hook failed'));
      expect(failures).toHaveLength(reported ? 1 : 0);
    } finally {
      spy.mockRestore();
    }
  });

  if (framework.kind === 'koa') {
    it("Koa: an app 'error' listener that throws changes nothing the client sees", async () => {
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const response = await withServer(
          framework,
          { route: () => Promise.reject(createError(502)), onAppError: boom('listener') },
          (target) => send(target),
        );
        assertResponse(response);
        expect(response.status).toBe(502);
        expect(spy.mock.calls.some(([first]) => String(first).startsWith('status-i18n: the log hook failed'))).toBe(
          true,
        );
      } finally {
        spy.mockRestore();
      }
    });
  }
});

/** Starts a request and aborts it as soon as the first chunk of the body arrives. */
function abortAfterFirstChunk(target: Listening): Promise<{ status: number; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: target.port, path: '/boom' }, (res) => {
      res.once('data', (chunk: Buffer) => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, firstChunk: chunk.toString('utf8') });
      });
      res.on('error', () => undefined);
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}

/** Reads a response to its end, or to the point where the server broke it off. */
function readAll(target: Listening): Promise<{ status: number; body: string; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: target.port, path: '/boom' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, complete: res.complete }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body, complete: false }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => reject(new Error('the response hung')));
    req.end();
  });
}

async function eventually(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A stream that sends `chunks` chunks, one every `intervalMs`, then ends; or fails after `failAfter` chunks. */
function slowStream(chunks: number, intervalMs: number, failAfter?: { count: number; error: unknown }): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent === failAfter.count) {
        setTimeout(() => this.destroy(failAfter.error as Error), intervalMs);
        return;
      }
      if (sent === chunks) {
        this.push(null);
        return;
      }
      sent++;
      setTimeout(() => this.push(`chunk ${sent}\n`), sent === 1 ? 0 : intervalMs);
    },
  });
}

describe.each([frameworks.koa2, frameworks.koa3])('$name: faults while streaming', (framework) => {
  it('a client that disconnects mid-stream: the stream is destroyed, nothing is sent after, the server keeps serving', async () => {
    const log = jest.fn();
    let stream: Readable | undefined;
    await withServer(
      framework,
      {
        route: (tools) => {
          stream = slowStream(100, 20);
          tools.streamBody(stream);
        },
        options: { log },
        onAppError: () => undefined,
      },
      async (target) => {
        const aborted = await abortAfterFirstChunk(target);
        expect(aborted).toEqual({ status: 200, firstChunk: 'chunk 1\n' });
        await eventually(() => stream?.destroyed === true, 'the body stream is destroyed');
        // A client that goes away is not a server error: not logged. (Koa 3 alone, piping with stream.pipeline,
        // would emit the premature close as one.)
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(log).not.toHaveBeenCalled();
        const next = await send(target, { path: '/nowhere', headers: { accept: 'text/plain' } });
        assertResponse(next);
        expect(next.status).toBe(404);
      },
    );
  });

  it('many clients disconnecting at once leave no stream behind', async () => {
    const streams: Readable[] = [];
    await withServer(
      framework,
      {
        route: (tools) => {
          const stream = slowStream(100, 10);
          streams.push(stream);
          tools.streamBody(stream);
        },
        options: { log: () => undefined },
        onAppError: () => undefined,
      },
      async (target) => {
        await Promise.all(Array.from({ length: 20 }, () => abortAfterFirstChunk(target)));
        await eventually(() => streams.length === 20 && streams.every((stream) => stream.destroyed), 'all destroyed');
      },
    );
  });

  it.each([
    ['an Error', () => new Error('disk gone midway')],
    ['an http error', () => createError(503, 'upstream gone')],
    ['an error whose getters throw', () => Object.defineProperty(new Error('x'), 'status', { get: boom('getter') })],
  ])(
    '%s thrown while streaming: the connection is cut, one log entry, the server keeps serving',
    async (_name, make) => {
      const log = jest.fn();
      const error = make();
      await withServer(
        framework,
        {
          route: (tools) => tools.streamBody(slowStream(100, 5, { count: 2, error })),
          options: { log },
          onAppError: () => undefined,
        },
        async (target) => {
          const result = await readAll(target);
          expect(result.status).toBe(200);
          expect(result.complete).toBe(false);
          expect(result.body).toBe('chunk 1\nchunk 2\n');
          await eventually(() => log.mock.calls.length > 0, 'the error is logged');
          expect(log).toHaveBeenCalledTimes(1);
          expect(log.mock.calls[0]?.[0]).toBe(error);
          const next = await send(target, { path: '/nowhere' });
          expect(next.status).toBe(404);
        },
      );
    },
  );

  it('an error before the first byte gets a proper error response, logged once', async () => {
    const log = jest.fn();
    const error = new Error('gone before the first byte');
    await withServer(
      framework,
      {
        route: (tools) => tools.streamBody(slowStream(100, 5, { count: 0, error })),
        options: { log },
        onAppError: () => undefined,
      },
      async (target) => {
        const response = await send(target, { headers: { accept: 'text/html' } });
        assertResponse(response, { secrets: ['gone before the first byte'] });
        expect(response.status).toBe(500);
        expect(log).toHaveBeenCalledTimes(1);
      },
    );
  });
});

/**
 * Sends two requests, one after the other, on one keep-alive connection, and counts the connections the
 * server saw: a server that cut the connection after the first (complete) response would break the second.
 */
async function twiceOnOneConnection(server: Server): Promise<{ bodies: string[]; connections: number }> {
  let connections = 0;
  server.on('connection', () => {
    connections++;
  });
  const target = await listen(server);
  try {
    const bodies: string[] = [];
    for (let index = 0; index < 2; index++) {
      const response = await send(target, { path: '/' });
      expect(response.status).toBe(200);
      bodies.push(bodyText(response.body));
      // Let the server finish with the error (and close the connection, if it wrongly does) before going on.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { bodies, connections };
  } finally {
    await target.close();
  }
}

describe('a response already ended by the route', () => {
  // frameworks.server() gives routes no way to end the response; these mount the adapter on tiny apps directly.
  const express = [
    { name: 'Express 4', make: express4 as unknown as typeof express5 },
    { name: 'Express 5', make: express5 },
  ];
  const koa = [
    { name: 'Koa 2', Koa: Koa2 as unknown as typeof Koa3 },
    { name: 'Koa 3', Koa: Koa3 },
  ];

  it.each(express)(
    '$name: the complete response stands, the error is logged, the connection stays usable',
    async ({ make }) => {
      const log = jest.fn();
      const error = new Error('after end');
      const app = make();
      app.use((_req, res, next) => {
        res.end('done');
        next(error);
      });
      app.use(expressErrorHandler({ log }));
      const result = await twiceOnOneConnection(createServer(app));
      expect(result).toEqual({ bodies: ['done', 'done'], connections: 1 });
      expect(log).toHaveBeenCalledTimes(2);
      expect(log.mock.calls[0]?.[0]).toBe(error);
    },
  );

  it.each(koa)(
    '$name: the complete response stands, the error is logged, the connection stays usable',
    async ({ Koa }) => {
      const log = jest.fn();
      const error = new Error('after end');
      const app = new Koa();
      app.silent = true;
      app.use(koaErrorHandler({ log }));
      app.use((ctx) => {
        ctx.res.writeHead(200, { 'Content-Type': 'text/plain' });
        ctx.res.end('done');
        throw error;
      });
      const result = await twiceOnOneConnection(createServer(app.callback()));
      expect(result).toEqual({ bodies: ['done', 'done'], connections: 1 });
      expect(log).toHaveBeenCalledTimes(2);
      expect(log.mock.calls[0]?.[0]).toBe(error);
    },
  );
});
