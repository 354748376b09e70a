import { Agent as HttpAgent, request as httpRequest, type Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { notFound, onError } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import request from 'supertest';

const quiet = { log: () => undefined };
const serve = (app: Hono): Server => createAdaptorServer({ fetch: app.fetch }) as Server;

describe('onError(options): Hono’s HTTPException', () => {
  const app = new Hono();
  app.onError(onError(quiet));
  app.get('/teapot', () => {
    throw new HTTPException(418, { message: 'The pot is empty' });
  });
  app.get('/bare', () => {
    throw new HTTPException(403);
  });
  app.get('/named', () => {
    throw new HTTPException(404, { message: 'Not Found' });
  });
  app.get('/server', () => {
    throw new HTTPException(503, { message: 'pool exhausted at db-7.internal' });
  });
  app.get('/own-res', () => {
    const res = new Response('{"legacy":true}', {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '30', 'Set-Cookie': 'a=1', ETag: '"x"' },
    });
    throw new HTTPException(429, { res });
  });
  app.use('/private/*', basicAuth({ username: 'ada', password: 'secret', realm: 'staff' }));
  app.get('/private/report', (c) => c.text('report'));
  const server = serve(app);

  it('shows the message of a 4xx, as Hono sends it, under the catalog’s title in the client’s language', async () => {
    const response = await request(server).get('/teapot').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(418);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({ status: 418, detail: 'The pot is empty' });
    expect(response.body.title).not.toBe('The pot is empty');
  });

  it('answers a 4xx without a message, or with only its English name, with the catalog’s words', async () => {
    const bare = await request(server).get('/bare').set('Accept-Language', 'zh-TW');
    expect(bare.status).toBe(403);
    expect(bare.body.detail).not.toBe('');
    expect(bare.headers['content-language']).toBe('zh-TW');
    const named = await request(server).get('/named');
    expect(named.body.detail).not.toBe('Not Found');
    expect(named.body.detail.length).toBeGreaterThan(20);
  });

  it('hides the message of a 5xx, which Hono itself would send', async () => {
    const response = await request(server).get('/server');
    expect(response.status).toBe(503);
    expect(response.text).not.toContain('db-7');
  });

  it('replaces the body of the exception’s own res with the problem, and carries its headers over', async () => {
    const response = await request(server).get('/own-res');
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.text).not.toContain('legacy');
    expect(response.headers['retry-after']).toBe('30');
    // Like err.headers: no cookie and no validator of the body the problem replaced.
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
  });

  it('keeps hono/basic-auth’s WWW-Authenticate challenge on a localized 401', async () => {
    const response = await request(server).get('/private/report').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Basic realm="staff"');
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body.status).toBe(401);
    const allowed = await request(server).get('/private/report').auth('ada', 'secret');
    expect(allowed.text).toBe('report');
  });

  it('lets the application’s map win over the exception’s message', async () => {
    const mapped = new Hono();
    mapped.onError(
      onError({ ...quiet, map: (error) => (error instanceof HTTPException ? { detail: 'mapped' } : undefined) }),
    );
    mapped.get('/', () => {
      throw new HTTPException(400, { message: 'raw' });
    });
    const response = await request(serve(mapped)).get('/');
    expect(response.body.detail).toBe('mapped');
  });

  it('checks its options when it is made, and still refuses a map that is not a function', () => {
    expect(() => onError({ map: {} } as never)).toThrow(/map/);
    expect(() => onError({ formts: [] } as never)).toThrow(TypeError);
    expect(() => notFound({ defaultLocale: 'xx' })).toThrow(/defaultLocale/);
  });
});

describe('onError(options) and notFound(options) behind Hono middleware', () => {
  function appWithCors() {
    const app = new Hono();
    app.use('*', cors({ origin: 'https://app.example', exposeHeaders: ['X-Request-Id'] }));
    app.onError(onError(quiet));
    app.notFound(notFound(quiet));
    app.get('/cached', (c) => {
      c.header('Cache-Control', 'public, max-age=31536000');
      c.header('Content-Type', 'text/csv');
      c.header('Set-Cookie', 'session=abc; HttpOnly');
      throw new Error('database down');
    });
    app.get('/own-res', () => {
      const res = new Response('x', {
        headers: { 'Cache-Control': 'private, max-age=60', Vary: 'Cookie', 'Access-Control-Allow-Origin': '*' },
      });
      throw new HTTPException(401, { res });
    });
    app.get('/own-vary', () => {
      throw Object.assign(new Error('conflict'), {
        status: 409,
        expose: true,
        headers: { Vary: 'Cookie, Origin, cookie' },
      });
    });
    return app;
  }

  it('names Origin once when the error’s own Vary names it too (hono/cors appends it after onError)', async () => {
    const response = await request(serve(appWithCors())).get('/own-vary').set('Origin', 'https://app.example');
    expect(response.status).toBe(409);
    expect(response.headers.vary?.split(', ').sort()).toEqual(['Accept', 'Accept-Language', 'Cookie', 'Origin']);
  });

  it('merges the Vary of an HTTPException’s own res, and takes no CORS header from it', async () => {
    const response = await request(serve(appWithCors())).get('/own-res').set('Origin', 'https://app.example');
    expect(response.status).toBe(401);
    expect(response.headers['cache-control']).toBe('private, max-age=60');
    expect(response.headers.vary?.split(', ').sort()).toEqual(['Accept', 'Accept-Language', 'Cookie', 'Origin']);
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('keeps hono/cors’s headers on an error and on a 404, with Vary merged', async () => {
    const server = serve(appWithCors());
    for (const path of ['/cached', '/nowhere']) {
      const response = await request(server).get(path).set('Origin', 'https://app.example');
      expect([path, response.headers['access-control-allow-origin']]).toEqual([path, 'https://app.example']);
      expect(response.headers['access-control-expose-headers']).toBe('X-Request-Id');
      expect(response.headers.vary?.split(', ').sort()).toEqual(['Accept', 'Accept-Language', 'Origin']);
    }
  });

  it('drops the success path’s caching and representation headers that Hono would copy back, keeps the cookie', async () => {
    const response = await request(serve(appWithCors())).get('/cached').set('Origin', 'https://app.example');
    expect(response.status).toBe(500);
    expect(response.headers['cache-control']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['set-cookie']).toEqual(['session=abc; HttpOnly']);
  });

  it('leaves a preflight to hono/cors', async () => {
    const response = await request(serve(appWithCors()))
      .options('/cached')
      .set('Origin', 'https://app.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(response.status).toBe(204);
  });

  it('lets hono/compress compress a large error page, with a correct body', async () => {
    const app = new Hono();
    app.use('*', compress());
    app.onError(onError(quiet));
    app.get('/', () => {
      throw new Error('x');
    });
    const response = await request(serve(app)).get('/').set('Accept', 'text/html').set('Accept-Encoding', 'gzip');
    expect(response.status).toBe(500);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.text).toContain('<title>500 Internal Server Error</title>');
  });

  it('answers error after error on one keep-alive connection', async () => {
    const server = serve(appWithCors());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const agent = new HttpAgent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    try {
      for (let index = 0; index < 5; index++) {
        const status = await new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            { port, host: '127.0.0.1', path: index % 2 ? '/cached' : '/nowhere', agent },
            (res) => {
              sockets.add(res.socket);
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          req.end();
        });
        expect(status).toBe(index % 2 ? 500 : 404);
      }
      expect(sockets.size).toBe(1);
    } finally {
      agent.destroy();
      server.close();
    }
  });

  it('answers the same with NODE_ENV unset as with NODE_ENV=test', async () => {
    const previous = process.env.NODE_ENV;
    const bodies: string[] = [];
    try {
      for (const value of [undefined, 'test']) {
        if (value === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = value;
        const response = await request(serve(appWithCors())).get('/cached');
        bodies.push(response.text);
      }
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect(bodies[0]).toBe(bodies[1]);
    expect(bodies[0]).not.toContain('database down');
  });
});

describe('Hono’s app.route(): a sub-app’s own onError and notFound', () => {
  it('uses a sub-app’s onError for its routes when it was set before app.route(), never its notFound', async () => {
    const api = new Hono();
    api.onError(onError({ ...quiet, defaultLocale: 'zh-CN' }));
    api.notFound(() => new Response('sub-app 404', { status: 404 }));
    api.get('/fail', () => {
      throw new Error('x');
    });
    const app = new Hono();
    app.onError(onError(quiet));
    app.notFound(notFound(quiet));
    app.route('/api', api);
    const server = serve(app);
    const failed = await request(server).get('/api/fail');
    expect(failed.status).toBe(500);
    expect(failed.headers['content-language']).toBe('zh-CN');
    const missing = await request(server).get('/api/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toBe('sub-app 404');
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('does not use a sub-app’s onError set after app.route(): the parent’s answers', async () => {
    const api = new Hono();
    api.get('/fail', () => {
      throw new Error('x');
    });
    const app = new Hono();
    app.onError(onError(quiet));
    app.route('/api', api);
    api.onError(onError({ ...quiet, defaultLocale: 'zh-CN' }));
    const response = await request(serve(app)).get('/api/fail');
    expect(response.status).toBe(500);
    expect(response.headers['content-language']).toBe('en');
  });
});
