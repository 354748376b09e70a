import { Agent, request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createErrorLayer, type ResponsePlan } from '@status-i18n/core';
import { nodeErrorRequest } from '@status-i18n/core/node';
import { statusI18n } from '@status-i18n/fastify';
import createError from 'http-errors';
import { sendReplyPlan } from '../../packages/fastify/src/send';
import { eachFastify, type FastifyMajor, listen } from '../support/fastify';

/** A GET over `agent` with the raw response bytes, so a compressed body can be read as sent. */
function get(base: string, path: string, headers: Record<string, string>, agent?: Agent) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const url = new URL(path, base);
    const req = request(url, { headers, agent: agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(eachFastify)('%s: statusI18n answers through the reply API', (_name, major: FastifyMajor) => {
  let app: ReturnType<FastifyMajor['fastify']>;
  let base: string;

  beforeAll(async () => {
    app = major.fastify();
    // The usual plugins in front: CORS and helmet set their headers in onRequest, compression works in onSend.
    // A list of origins: the answer depends on the request's Origin, so @fastify/cors sets `Vary: Origin`.
    await app.register(major.plugins.cors, { origin: ['https://app.example', 'https://admin.example'] });
    await app.register(major.plugins.helmet);
    await app.register(major.plugins.compress, { threshold: 64 });
    await app.register(statusI18n, { log: false });
    app.get('/gone', async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=31536000');
      reply.header('Content-Encoding', 'br');
      throw createError(410, 'This order was archived');
    });
    await app.register(async (child) => {
      // A child scope's own error handler wins there; what it throws on goes to ours.
      child.setErrorHandler((error) => {
        if ((error as { statusCode?: number }).statusCode === 418) return 'handled by the child scope';
        throw error;
      });
      child.get('/child/teapot', async () => {
        throw createError(418);
      });
      child.get('/child/conflict', async () => {
        throw createError(409, 'Seat taken');
      });
    });
    base = await listen(app);
  });
  afterAll(() => app.close());

  it('keeps CORS headers and appends Accept and Accept-Language to the Vary that @fastify/cors set', async () => {
    const response = await get(base, '/gone', { Origin: 'https://app.example' });
    expect(response.status).toBe(410);
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(response.headers.vary).toBe('Origin, Accept, Accept-Language');
  });

  it('removes the route’s caching and coding headers, then lets @fastify/compress code the error response', async () => {
    const response = await get(base, '/gone', { Accept: 'text/html', 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(410);
    expect(response.headers['cache-control']).toBeUndefined();
    expect(response.headers['content-encoding']).toBe('gzip');
    const page = gunzipSync(response.body).toString('utf8');
    expect(page).toContain('This order was archived');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
  });

  it('keeps what helmet set, with the page’s own Content-Security-Policy on HTML', async () => {
    const json = await get(base, '/gone', {});
    expect(json.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(json.headers['x-content-type-options']).toBe('nosniff');
    const html = await get(base, '/gone', { Accept: 'text/html' });
    expect(html.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });

  it("HEAD through Fastify's own HEAD route and the not-found handler: the GET's status and headers, no body", async () => {
    for (const path of ['/gone', '/nowhere']) {
      const getResponse = await fetch(`${base}${path}`);
      const getBody = await getResponse.arrayBuffer();
      const head = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect([path, head.status]).toEqual([path, getResponse.status]);
      expect(head.headers.get('content-type')).toBe(getResponse.headers.get('content-type'));
      expect(head.headers.get('content-length')).toBe(String(getBody.byteLength));
      expect(await head.text()).toBe('');
    }
  });

  it('answers errors one after another on one keep-alive connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let connections = 0;
    app.server.on('connection', () => {
      connections += 1;
    });
    try {
      const statuses: number[] = [];
      for (const path of ['/gone', '/nowhere', '/gone', '/child/conflict', '/nowhere']) {
        statuses.push((await get(base, path, { Accept: 'text/plain' }, agent)).status);
      }
      expect(statuses).toEqual([410, 404, 410, 409, 404]);
      expect(connections).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('applies to the whole app: a child scope’s own handler wins there, and what it rethrows comes back', async () => {
    const teapot = await fetch(`${base}/child/teapot`);
    expect(teapot.status).toBe(200);
    expect(await teapot.text()).toBe('handled by the child scope');
    const conflict = await fetch(`${base}/child/conflict`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('content-language')).toBe('zh-CN');
    expect(((await conflict.json()) as { detail: string }).detail).toBe('Seat taken');
  });

  it('sends a plan whose body is a Uint8Array view as exactly those bytes, under the plan’s Content-Type', async () => {
    const bytes = new TextEncoder().encode('{"status":503}');
    // A view into a larger buffer: only its own bytes may go out.
    const backing = new Uint8Array(bytes.length + 16).fill(0x41);
    backing.set(bytes, 8);
    const plan: ResponsePlan = {
      status: 503,
      reasonPhrase: 'Service Unavailable',
      headers: [
        ['Content-Type', 'application/problem+json; charset=utf-8'],
        ['Content-Length', String(bytes.length)],
      ],
      body: backing.subarray(8, 8 + bytes.length) as ResponsePlan['body'],
      head: false,
    };
    const bare = major.fastify();
    const layer = createErrorLayer({ log: false }, { log: () => {} });
    bare.get('/plan', (request, reply) => sendReplyPlan(reply, plan, layer, nodeErrorRequest(request.raw, request)));
    try {
      const response = await get(await listen(bare), '/plan', {});
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.body.toString('utf8')).toBe('{"status":503}');
    } finally {
      await bare.close();
    }
  });
});

describe.each(eachFastify)('%s: the answer an onSend hook gets is its own', (_name, major: FastifyMajor) => {
  it('a hook that edits the bytes in place changes that answer only, never the next ones', async () => {
    const app = major.fastify();
    await app.register(statusI18n, { log: false });
    app.addHook('onSend', async (request, _reply, payload) => {
      if (request.headers['x-edit'] === '1' && Buffer.isBuffer(payload)) payload.fill(0x21);
      return payload;
    });
    try {
      const base = await listen(app);
      // The Chinese answer goes as bytes (the English one as text, which no hook can change in place).
      const headers = { 'accept-language': 'zh-CN' };
      const first = await get(base, '/missing', headers);
      const edited = await get(base, '/missing', { ...headers, 'x-edit': '1' });
      const after = await get(base, '/missing', headers);
      expect(edited.body.every((byte) => byte === 0x21)).toBe(true);
      expect(after.body.toString('utf8')).toBe(first.body.toString('utf8'));
      expect(JSON.parse(after.body.toString('utf8'))).toMatchObject({ status: 404 });
    } finally {
      await app.close();
    }
  });
});

describe.each(eachFastify)('%s: statusI18n({ notFound })', (_name, major: FastifyMajor) => {
  it('notFound: false leaves the not-found handler to the app; a 404 it throws is still answered', async () => {
    const app = major.fastify();
    await app.register(statusI18n, { notFound: false, log: false });
    app.setNotFoundHandler((request) => {
      if (request.url.startsWith('/api/')) throw createError(404, 'No such API');
      return 'the app’s own page';
    });
    try {
      const base = await listen(app);
      const page = await fetch(`${base}/somewhere`);
      expect(await page.text()).toBe('the app’s own page');
      const api = await fetch(`${base}/api/nothing`, { headers: { Accept: 'application/json' } });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await api.json()) as { detail: string }).detail).toBe('No such API');
    } finally {
      await app.close();
    }
  });
});
