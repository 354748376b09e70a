import koaCors from '@koa/cors';
import createError from 'http-errors';
import { call, quiet } from './client';
import type { Framework, RouteTools } from './frameworks';

function afterHeaders(headers: Record<string, string>, error: unknown) {
  return (tools: RouteTools) => {
    for (const [name, value] of Object.entries(headers)) tools.setHeader(name, value);
    throw error;
  };
}

export function headerRules(framework: Framework): void {
  describe('header hygiene', () => {
    it('removes representation headers set before the error', async () => {
      const response = await call(framework, {
        route: afterHeaders(
          {
            'Content-Encoding': 'gzip',
            'Content-Range': 'bytes 0-9/100',
            'Content-Disposition': 'attachment; filename="report.csv"',
            ETag: '"abc"',
            'Last-Modified': 'Wed, 21 Oct 2015 07:28:00 GMT',
            'Content-Type': 'text/csv',
            'Content-Language': 'de',
          },
          createError(404),
        ),
        options: quiet,
      });
      for (const name of ['content-encoding', 'content-range', 'content-disposition', 'etag', 'last-modified']) {
        expect(response.headers[name]).toBeUndefined();
      }
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.headers['content-language']).toBe('en');
    });

    it('keeps cross-cutting headers: CORS, Set-Cookie, request ids', async () => {
      const response = await call(framework, {
        route: afterHeaders(
          {
            'Access-Control-Allow-Origin': 'https://app.example',
            'Access-Control-Expose-Headers': 'X-Request-Id',
            'Set-Cookie': 'session=abc; HttpOnly',
            'X-Request-Id': 'req-1',
          },
          createError(404),
        ),
        options: quiet,
      });
      if (framework.kind === 'fetch') {
        // A fetch handler that throws has returned no Response: there is nothing of the route's to keep.
        for (const name of [
          'access-control-allow-origin',
          'access-control-expose-headers',
          'set-cookie',
          'x-request-id',
        ]) {
          expect([name, response.headers[name]]).toEqual([name, undefined]);
        }
        return;
      }
      expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
      expect(response.headers['access-control-expose-headers']).toBe('X-Request-Id');
      expect(response.headers['set-cookie']).toEqual(['session=abc; HttpOnly']);
      expect(response.headers['x-request-id']).toBe('req-1');
    });

    it('applies err.headers when the status came from the error', async () => {
      const error = createError(429, 'Slow down', { headers: { 'Retry-After': '120' } });
      const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
      expect(response.headers['retry-after']).toBe('120');
    });

    it('applies err.headers of a 405 (Allow) and a 401 (WWW-Authenticate)', async () => {
      const allow = await call(framework, {
        route: afterHeaders({}, createError(405, { headers: { Allow: 'GET, HEAD' } })),
        options: quiet,
      });
      expect(allow.headers.allow).toBe('GET, HEAD');
      const auth = await call(framework, {
        route: afterHeaders({}, createError(401, { headers: { 'WWW-Authenticate': 'Bearer realm="api"' } })),
        options: quiet,
      });
      expect(auth.headers['www-authenticate']).toBe('Bearer realm="api"');
    });

    it('applies the Content-Range of a 416 that gives the length (send’s, @fastify/send’s), and no other Content-Range', async () => {
      // What `send` (express.static) and @fastify/send throw for `Range: bytes=999999-` on a 12-byte file.
      const unsatisfiable = await call(framework, {
        route: afterHeaders(
          { 'Content-Range': 'bytes 0-9/100' },
          createError(416, 'Range Not Satisfiable', { headers: { 'Content-Range': 'bytes */12' } }),
        ),
        options: quiet,
      });
      expect(unsatisfiable.status).toBe(416);
      expect(unsatisfiable.headers['content-range']).toBe('bytes */12');
      // A range of a body the error response does not carry, or a Content-Range on another status: never.
      for (const [status, contentRange] of [
        [416, 'bytes 0-5/12'],
        [400, 'bytes */12'],
        [404, 'bytes */12'],
      ] as const) {
        const response = await call(framework, {
          route: afterHeaders({}, createError(status, { headers: { 'Content-Range': contentRange } })),
          options: quiet,
        });
        expect(response.status).toBe(status);
        expect(response.headers['content-range']).toBeUndefined();
      }
    });

    it('ignores err.headers when the status was coerced', async () => {
      const error = Object.assign(new Error('x'), {
        status: 302,
        headers: { Location: 'https://evil.example', 'Retry-After': '1' },
      });
      const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
      expect(response.status).toBe(500);
      expect(response.headers['retry-after']).toBeUndefined();
      expect(response.headers.location).toBeUndefined();
    });

    it('does not let err.headers override the layer’s own headers', async () => {
      const error = createError(400, 'x', {
        headers: {
          'Content-Type': 'text/html',
          'Content-Length': '1',
          'Content-Security-Policy': "script-src 'unsafe-inline'",
          'X-Content-Type-Options': 'off',
          'Content-Language': 'fr',
        },
      });
      const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
      expect(response.headers['content-security-policy']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-language']).toBe('en');
    });

    it('adds the fields of err.headers’ Vary to the response’s, and lets it set no CORS header', async () => {
      const error = createError(401, 'Sign in first', {
        headers: {
          'Cache-Control': 'private, max-age=60',
          // Fields the response names already, and one twice: each is sent once.
          Vary: 'Cookie, Origin, cookie, Accept',
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Credentials': 'false',
        },
      });
      const response = await call(framework, {
        route: afterHeaders({ 'Access-Control-Allow-Origin': 'https://app.example', Vary: 'Origin' }, error),
        options: quiet,
      });
      expect(response.status).toBe(401);
      expect(response.headers['cache-control']).toBe('private, max-age=60');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      if (framework.kind === 'fetch') {
        // A fetch handler that throws has returned no Response: nothing of the route's is kept, and still the
        // error's CORS header is not taken.
        expect(response.headers.vary).toBe('Cookie, Origin, Accept, Accept-Language');
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        return;
      }
      // Each field once: the response's, the error's, then what the error response was negotiated from.
      expect(response.headers.vary).toBe('Origin, Cookie, Accept, Accept-Language');
      expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
    });

    it('skips invalid header names and values instead of throwing', async () => {
      const error = createError(429, 'x', {
        headers: {
          'Retry-After': '30',
          'Bad Name': 'x',
          'X-Injected': 'a\r\nSet-Cookie: evil=1',
          'X-Object': { nested: true },
          'X-Null': null,
          'X-Unicode': '中文',
          'X-List': ['a', 'b'],
        },
      });
      const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
      expect(response.status).toBe(429);
      expect(response.headers['retry-after']).toBe('30');
      expect(response.headers['x-injected']).toBeUndefined();
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['x-object']).toBeUndefined();
      expect(response.headers['x-unicode']).toBeUndefined();
      expect(response.headers['x-list']).toBe('a, b');
    });

    it('keeps the error’s headers within 8 KB in all, so every client can still read the response', async () => {
      const long = 'v'.repeat(4000);
      const error = createError(400, 'x', {
        headers: { 'X-One': long, 'X-Two': long, 'X-Three': long, 'Retry-After': '30' },
      });
      const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
      expect(response.status).toBe(400);
      expect(response.headers['x-one']).toBe(long);
      expect(response.headers['x-two']).toBe(long);
      expect(response.headers['x-three']).toBeUndefined();
      // A smaller header after one that did not fit still does.
      expect(response.headers['retry-after']).toBe('30');
    });

    it('survives err.headers that is not an object, or whose getters throw', async () => {
      const hostile = {};
      Object.defineProperty(hostile, 'Retry-After', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
      for (const headers of ['Retry-After: 1', 42, hostile]) {
        const error = Object.assign(new Error('x'), { status: 503, headers });
        const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
        expect(response.status).toBe(503);
      }
    });

    it('removes the caching and redirect headers set for the success response', async () => {
      const response = await call(framework, {
        route: afterHeaders(
          {
            'Cache-Control': 'public, max-age=31536000, immutable',
            Expires: 'Thu, 31 Dec 2037 23:59:59 GMT',
            Pragma: 'public',
            Age: '12',
            'CDN-Cache-Control': 'max-age=31536000',
            'Cloudflare-CDN-Cache-Control': 'max-age=31536000',
            'Surrogate-Control': 'max-age=31536000',
            Location: '/orders/7',
            Refresh: '0; url=/orders/7',
            'X-Accel-Expires': '31536000',
            'Access-Control-Allow-Origin': 'https://app.example',
          },
          new Error('database down'),
        ),
        options: quiet,
      });
      expect(response.status).toBe(500);
      for (const name of [
        'cache-control',
        'expires',
        'pragma',
        'age',
        'cdn-cache-control',
        'cloudflare-cdn-cache-control',
        'surrogate-control',
        'location',
        'refresh',
        'x-accel-expires',
      ]) {
        expect([name, response.headers[name]]).toEqual([name, undefined]);
      }
      expect(response.headers['access-control-allow-origin']).toBe(
        framework.kind === 'fetch' ? undefined : 'https://app.example',
      );
    });

    it('removes the headers that would let the proxy in front answer instead (X-Accel-Redirect, X-Sendfile)', async () => {
      const response = await call(framework, {
        route: afterHeaders(
          {
            'X-Accel-Redirect': '/protected/report.pdf',
            'X-Sendfile': '/srv/files/report.pdf',
            'X-Lighttpd-Send-File': '/srv/files/report.pdf',
            'Set-Cookie': 'session=1',
          },
          createError(403, 'Not yours'),
        ),
        options: quiet,
      });
      expect(response.status).toBe(403);
      for (const name of ['x-accel-redirect', 'x-sendfile', 'x-lighttpd-send-file']) {
        expect([name, response.headers[name]]).toEqual([name, undefined]);
      }
      // A fetch handler that throws has returned no Response: nothing of the route's is kept, cookie included.
      expect(response.headers['set-cookie']).toEqual(framework.kind === 'fetch' ? undefined : ['session=1']);
    });

    it('lets err.headers set caching and redirect headers on purpose', async () => {
      const error = createError(503, 'x', {
        headers: { 'Cache-Control': 'no-store', Expires: '0', 'Retry-After': '120' },
      });
      const response = await call(framework, {
        route: afterHeaders({ 'Cache-Control': 'public, max-age=31536000' }, error),
        options: quiet,
      });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.expires).toBe('0');
      expect(response.headers['retry-after']).toBe('120');
      const login = await call(framework, {
        route: afterHeaders({}, createError(401, { headers: { Location: '/login' } })),
        options: quiet,
      });
      expect(login.status).toBe(401);
      expect(login.headers.location).toBe('/login');
    });

    if (framework.kind === 'koa') {
      it('Koa behind @koa/cors: names Origin in Vary once (@koa/cors puts the response’s Vary in err.headers too)', async () => {
        for (const error of [createError(404), createError(409, 'Seat taken'), new Error('db down')]) {
          const response = await call(
            framework,
            {
              route: afterHeaders({}, error),
              options: quiet,
              before: { koa: () => koaCors({ origin: 'https://app.example' }) },
            },
            { headers: { Origin: 'https://app.example' } },
          );
          expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
          expect(response.headers.vary).toBe('Origin, Accept, Accept-Language');
        }
      });
    }

    it('reads err.headers only from a plain object, a Map or a Headers; never an array’s indexes', async () => {
      class HeaderBag {
        'Retry-After' = '5';
      }
      // An array spread into an object on the way (as @koa/cors does) names its items by index.
      const spread = { ...['Retry-After', '120'] };
      for (const headers of [['Retry-After: 120', 'X-Custom: 1'], ['Retry-After', '120'], new HeaderBag(), spread]) {
        const error = Object.assign(createError(429, 'x'), { headers });
        const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
        expect(response.status).toBe(429);
        expect(response.headers['0']).toBeUndefined();
        expect(response.headers['1']).toBeUndefined();
        expect(response.headers['retry-after']).toBeUndefined();
      }
      for (const headers of [
        new Map([['Retry-After', '120']]),
        new Headers({ 'Retry-After': '120' }),
        Object.assign(Object.create(null), { 'Retry-After': '120' }),
      ]) {
        const error = Object.assign(createError(429, 'x'), { headers });
        const response = await call(framework, { route: afterHeaders({}, error), options: quiet });
        expect(response.headers['retry-after']).toBe('120');
      }
    });
  });
}
