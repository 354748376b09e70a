import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { nonErrors, onError } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import request from 'supertest';

const serve = (app: Hono): Server => createAdaptorServer({ fetch: app.fetch }) as Server;

/**
 * An app whose routes throw what is not an Error; `withNonErrors` mounts nonErrors() first, or after hono/cors
 * (`'after cors'`).
 */
function createApp(withNonErrors: boolean | 'after cors', logged: unknown[] = []): Hono {
  const app = new Hono();
  if (withNonErrors === true) app.use(nonErrors());
  app.use(cors({ origin: 'https://app.example' }));
  if (withNonErrors === 'after cors') app.use(nonErrors());
  app.onError(onError({ log: (error) => void logged.push(error) }));
  app.get('/string', () => {
    throw 'db password is hunter2';
  });
  app.get('/null', () => {
    throw null;
  });
  app.get('/object', () => {
    throw { status: 409, expose: true, message: 'Seat taken' };
  });
  app.get('/error', () => {
    throw new Error('a plain error');
  });
  app.get('/ok', (c) => c.text('ok'));
  return app;
}

describe('nonErrors()', () => {
  const logged: unknown[] = [];
  const server = serve(createApp(true, logged));

  it('answers a thrown string with a hidden 500 problem that keeps the CORS headers, and logs the string', async () => {
    const response = await request(server).get('/string').set('Origin', 'https://app.example');
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
    // hono/cors adds Vary: Origin after the route, which a value thrown past it never reaches: added here.
    expect(response.headers.vary).toBe('Origin, Accept, Accept-Language');
    expect(response.text).not.toContain('hunter2');
    expect(response.body).toMatchObject({ status: 500 });
    expect(logged).toContain('db password is hunter2');
  });

  it('answers a thrown null with a 500 problem', async () => {
    const response = await request(server).get('/null').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(500);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({ status: 500 });
  });

  it('reads a thrown plain object as Express does: its status, and its message when it is public', async () => {
    const response = await request(server).get('/object').set('Origin', 'https://app.example');
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ status: 409, detail: 'Seat taken' });
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('leaves Errors and successful responses as they were', async () => {
    const error = await request(server).get('/error').set('Origin', 'https://app.example');
    expect(error.status).toBe(500);
    expect(error.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
    expect(error.body).toMatchObject({ status: 500 });
    expect(logged.some((value) => value instanceof Error && value.message === 'a plain error')).toBe(true);
    const ok = await request(server).get('/ok').set('Origin', 'https://app.example');
    expect(ok.text).toBe('ok');
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('names Origin in Vary for an origin hono/cors refused, as hono/cors does on the success path', async () => {
    const app = new Hono();
    app.use(nonErrors());
    app.use(cors({ origin: (origin) => (origin === 'https://app.example' ? origin : null) }));
    app.onError(onError({ log: false }));
    app.get('/string', () => {
      throw 'db password is hunter2';
    });
    app.get('/ok', (c) => c.text('ok'));
    const refused = serve(app);
    const ok = await request(refused).get('/ok').set('Origin', 'https://evil.example');
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    expect(ok.headers.vary).toBe('Origin');
    const response = await request(refused).get('/string').set('Origin', 'https://evil.example');
    expect(response.status).toBe(500);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
    // A request without an Origin: hono/cors names Origin in Vary on the success path (a cache must not give
    // this answer, without the header an allowed origin gets, to a cross-origin request); so does the error.
    expect((await request(refused).get('/ok')).headers.vary).toBe('Origin');
    const sameOrigin = await request(refused).get('/string');
    expect(sameOrigin.status).toBe(500);
    expect(sameOrigin.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
  });

  it('names Origin in Vary once, and not at all where every origin is allowed', async () => {
    const app = new Hono();
    app.use(nonErrors());
    app.use(cors());
    app.onError(onError({ log: false }));
    app.get('/string', () => {
      throw 'db password is hunter2';
    });
    app.get('/varied', (c) => {
      c.header('Vary', 'origin');
      throw 'db password is hunter2';
    });
    const open = serve(app);
    const any = await request(open).get('/string').set('Origin', 'https://evil.example');
    expect(any.headers['access-control-allow-origin']).toBe('*');
    expect(any.headers.vary).toBe('Accept, Accept-Language');
    const varied = await request(serve(createApp(true))).get('/string');
    expect(varied.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
    expect((await request(open).get('/varied')).headers.vary?.toLowerCase().match(/origin/g)).toHaveLength(1);
  });

  it('names Origin in Vary once for a cross-origin request when hono/cors is mounted before it (it adds it itself)', async () => {
    const app = serve(createApp('after cors'));
    for (const path of ['/string', '/object', '/error']) {
      const response = await request(app).get(path).set('Origin', 'https://app.example');
      expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
      expect(response.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
    }
    // Without an Origin nothing tells that hono/cors ran before: each names it (a list, as Vary is, that means
    // the same).
    const noOrigin = await request(app).get('/string');
    expect(noOrigin.status).toBe(500);
    expect(noOrigin.headers.vary?.split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Language', 'Origin', 'Origin']);
  });

  it('is needed: without it, @hono/node-server answers a thrown string with an empty 500 without CORS', async () => {
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await request(serve(createApp(false)))
        .get('/string')
        .set('Origin', 'https://app.example');
      expect(response.status).toBe(500);
      expect(response.text).toBe('');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      printed.mockRestore();
    }
  });
});
