import { describe as describeCode } from '@status-i18n/core';
import { statusI18n } from '@status-i18n/fastify';
import { guardProcess } from '../hardening/support/guard';
import { eachFastify, type FastifyMajor, LEVEL, listen, logCapture, settle } from '../support/fastify';

guardProcess();

/**
 * When the error response itself fails on its way out (an app's onSend hook throws or rejects on it, or Node.js
 * refuses at writeHead a header the app set), Fastify would hand that failure to its own default handler, which
 * shows the failure's message even for a 500 and copies its headers. The client gets the core's safe 500 instead
 * (README, "Fastify"; SECURITY.md), and each failure is logged once.
 */
describe.each(eachFastify)('%s: an error response that fails while it is sent', (_name, major: FastifyMajor) => {
  const log = jest.fn();
  let logs: ReturnType<typeof logCapture>;
  let app: ReturnType<FastifyMajor['fastify']>;
  let base: string;

  /** The app: our plugin, one failing step of the app's own, and a route that throws a secret. */
  async function start(failing: (app: ReturnType<FastifyMajor['fastify']>) => void) {
    log.mockReset();
    logs = logCapture();
    app = major.fastify({ logger: { level: 'info', stream: logs.stream } });
    await app.register(statusI18n, { log });
    await app.register(major.plugins.cors, { origin: 'https://app.example' });
    failing(app);
    app.get('/boom', () => {
      throw new Error('db password is hunter2');
    });
    app.get('/ok', () => ({ ok: true }));
    app.get('/conflict', () => {
      throw Object.assign(new Error('Seat 12A is taken'), { statusCode: 409, expose: true });
    });
    base = await listen(app);
  }
  afterEach(() => app.close());

  /** What the client sees, as text, asking in Chinese with an Origin. */
  async function get(path: string, accept = 'application/json') {
    const response = await fetch(`${base}${path}`, {
      headers: { accept, 'accept-language': 'zh-CN', origin: 'https://app.example' },
    });
    return { response, text: await response.text() };
  }

  /** A hook failure that tries to leak: its message, and headers of its own. */
  const hookFailure = () =>
    Object.assign(new Error('onSend failed reading secret-token-42'), {
      headers: { 'x-internal-debug': 'secret-token-42', 'cache-control': 'public, max-age=31536000' },
    });

  function expectSafe500({ response, text }: Awaited<ReturnType<typeof get>>) {
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-language')).toBe('zh-CN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    // The CORS header the app set before the failure stays, so a browser can read the answer.
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('x-internal-debug')).toBeNull();
    expect(response.headers.get('cache-control')).toBeNull();
    const body = JSON.parse(text) as Record<string, unknown>;
    // The catalog's own 500, in the language asked for.
    const words = describeCode(500, { locale: 'zh-CN' });
    expect(body).toEqual({ type: 'about:blank', title: words?.title, status: 500, detail: words?.description });
    for (const secret of ['hunter2', 'secret-token-42', 'Seat 12A', 'onSend failed'])
      expect(text).not.toContain(secret);
  }

  it('an onSend hook that throws on the error response: the safe 500, the original and the failure logged once each', async () => {
    await start((app) =>
      app.addHook('onSend', (_request, reply, payload, done) => {
        if (reply.statusCode >= 400) done(hookFailure());
        else done(null, payload);
      }),
    );
    for (const path of ['/boom', '/conflict', '/nowhere']) {
      log.mockReset();
      logs.lines.length = 0;
      expectSafe500(await get(path));
      await settle();
      // Each error once. A route's error: ours logs the original (a 5xx; a 4xx only on request), and Fastify's
      // default handler, which Fastify gives the hook's failure, logs that. The not-found answer's failure comes
      // back to our error handler, which logs it.
      const ours = log.mock.calls.map(([error]) => (error as Error).message);
      // (Fastify logs it at the level of the reply's status: `info` after a 409.)
      const fastifys = logs.errorLines().map((line) => line.err?.message);
      const failure = 'onSend failed reading secret-token-42';
      if (path === '/boom')
        expect({ ours, fastifys }).toEqual({ ours: ['db password is hunter2'], fastifys: [failure] });
      // After a 4xx answer Fastify logs it at `info`: ours logs it too, at the server's level.
      if (path === '/conflict') expect({ ours, fastifys }).toEqual({ ours: [failure], fastifys: [failure] });
      if (path === '/nowhere') expect({ ours, fastifys }).toEqual({ ours: [failure], fastifys: [] });
    }
  });

  it('an async onSend hook that rejects: the same safe 500, in HTML when HTML was asked for', async () => {
    await start((app) =>
      app.addHook('onSend', async (_request, reply, payload) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (reply.statusCode >= 400) throw hookFailure();
        return payload;
      }),
    );
    const { response, text } = await get('/boom', 'text/html');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(text).toContain('<html lang="zh-CN"');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('secret-token-42');
    await settle();
    expect(log).toHaveBeenCalledTimes(1);
    expect(logs.lines.filter((line) => line.level >= LEVEL.error)).toHaveLength(1);
  });

  it('an onSend hook that throws something else than an Error (a string): the same safe 500, nothing of it shown', async () => {
    await start((app) =>
      app.addHook('onSend', async (_request, reply, payload) => {
        if (reply.statusCode >= 400) throw 'onSend failed reading secret-token-42';
        return payload;
      }),
    );
    for (const path of ['/boom', '/conflict', '/nowhere']) expectSafe500(await get(path));
    const ok = await get('/ok');
    expect(ok.response.status).toBe(200);
  });

  it('a header Node.js would refuse (set by an app hook) is dropped: the error gets its own answer, logged once', async () => {
    await start((app) =>
      app.addHook('onRequest', (_request, reply, done) => {
        // Fastify does not check a header's value; Node.js refuses this one when the head is written.
        reply.header('x-trace', 'line one\nline two');
        done();
      }),
    );
    const { response, text } = await get('/conflict');
    expect(response.status).toBe(409);
    expect(response.headers.get('x-trace')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(JSON.parse(text)).toMatchObject({ status: 409, detail: 'Seat 12A is taken' });
    // A success response with it fails at writeHead; that failure comes to the plugin, which answers it once.
    const ok = await get('/ok');
    expectSafe500(ok);
    await settle();
    expect(log.mock.calls.map(([error]) => (error as { code?: string }).code)).toEqual(['ERR_INVALID_CHAR']);
    expect(logs.lines.filter((line) => line.level >= LEVEL.error)).toEqual([]);
  });

  it('a failure at writeHead itself (nothing Fastify sees): the safe 500, the failure logged by our rule', async () => {
    await start((app) =>
      app.addHook('onRequest', (request, reply, done) => {
        if (request.url !== '/conflict') return done();
        // Stands in for anything Node.js refuses when the head is written: the first writeHead throws.
        const { raw } = reply;
        const writeHead = raw.writeHead;
        raw.writeHead = function refuseOnce(this: typeof raw, ...args: unknown[]) {
          raw.writeHead = writeHead;
          throw Object.assign(new Error('refused'), { code: 'ERR_TEST_REFUSED' });
          // biome-ignore lint/correctness/noUnreachable: the signature Node.js expects
          return writeHead.apply(this, args as never);
        } as typeof raw.writeHead;
        done();
      }),
    );
    // The route's error is a 4xx (not logged by default), but the failure of the answer is the server's, and logged.
    expectSafe500(await get('/conflict'));
    await settle();
    expect(log.mock.calls.map(([error]) => (error as { code?: string }).code)).toEqual(['ERR_TEST_REFUSED']);
    expect(logs.errorLines()).toEqual([]);
  });

  it('a success response is not touched by the guard', async () => {
    await start((app) =>
      app.addHook('onSend', (_request, _reply, payload, done) => {
        done(null, payload);
      }),
    );
    const response = await fetch(`${base}/ok`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
