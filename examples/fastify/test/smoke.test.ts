import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CRASH_SECRET, createApp } from '../src/app';
import { CASES } from '../src/cases';
import { catalog, LANGUAGES } from '../src/catalog';

const logged: Array<{ level: number; msg?: string; reqId?: string; err?: { message?: string } }> = [];
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logged.push(JSON.parse(line));
      done();
    },
  });
  app = await createApp({ level: 'warn', stream });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});

afterAll(() => app.close());

beforeEach(() => {
  logged.length = 0;
});

const problemOf = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('example-fastify: landing page', () => {
  it('links every case, in every language, under its own Content-Security-Policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const text = await response.text();
    for (const { path } of CASES) {
      expect(text).toContain(`href="${path}"`);
      for (const { tag } of LANGUAGES) expect(text).toContain(`lang=${tag}"`);
    }
  });
});

describe('example-fastify: every case', () => {
  it.each(CASES)('$path answers $status in each language of the catalog', async (c) => {
    for (const { tag } of LANGUAGES) {
      const response = await fetch(`${base}${c.path}`, { headers: { 'Accept-Language': tag } });
      expect([c.path, tag, response.status]).toEqual([c.path, tag, c.status]);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(response.headers.get('content-language')).toBe(tag);
      const body = await problemOf(response);
      expect(body).toMatchObject({ status: c.status, instance: c.path.split('?')[0] });
      expect(body.type).toBe(c.type ?? 'about:blank');
      if (c.type === undefined) expect(body.title).toBe(catalog.describe(c.status, { locale: tag })?.title);
      expect(body.requestId).toBe(response.headers.get('x-request-id'));
    }
  });

  it('?lang= wins over Accept-Language', async () => {
    const response = await fetch(`${base}/missing?lang=ja`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(response.headers.get('content-language')).toBe('ja');
    expect((await problemOf(response)).title).toBe(catalog.describe(404, { locale: 'ja' })?.title);
  });

  it('/orders?page=0: the schema error names the parameter, in the request’s language', async () => {
    const response = await fetch(`${base}/orders?page=0`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect((await problemOf(response)).errors).toEqual([
      { detail: expect.stringMatching(/1/), parameter: 'page', code: 'minimum' },
    ]);
  });

  it('POST /sign-up: a body that fails its schema gets a pointer to the field', async () => {
    const response = await fetch(`${base}/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ja' },
      body: JSON.stringify({ email: 'ada@example.com', name: 'Ada', age: 17 }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-language')).toBe('ja');
    expect((await problemOf(response)).errors).toEqual([
      { detail: expect.any(String), pointer: '#/age', code: 'minimum' },
    ]);
    const valid = await fetch(`${base}/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.com', name: 'Ada', age: 36 }),
    });
    expect(valid.status).toBe(201);
  });

  it('a URL Fastify cannot decode: a 400 in the same format, the path nowhere', async () => {
    const response = await fetch(`${base}/seats/%%hunter2`, { headers: { 'Accept-Language': 'zh-TW' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe('zh-TW');
    const body = await problemOf(response);
    // Not a URI path, so not in `instance` either (the demo's `instance: true` shows every other path).
    expect(body).toMatchObject({ status: 400 });
    expect(body.instance).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('/seats/12A: the defined problem’s words, a plural, and the params as members', async () => {
    const response = await fetch(`${base}/seats/12A`);
    expect(await problemOf(response)).toMatchObject({
      title: 'Seat already taken',
      detail: 'Seat 12A was booked 3 minutes ago.',
      seat: '12A',
      minutes: 3,
    });
  });

  it('/crash: the secret stays in the log, which has the error once, under the request id the client sees', async () => {
    const response = await fetch(`${base}/crash`, { headers: { Accept: 'text/html', 'X-Request-Id': 'demo-42' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('demo-42');
    const page = await response.text();
    expect(page).not.toContain(CRASH_SECRET);
    expect(page).toContain('demo-42');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged).toEqual([
      expect.objectContaining({
        level: 50,
        reqId: 'demo-42',
        err: expect.objectContaining({ message: expect.stringContaining(CRASH_SECRET) }),
      }),
    ]);
  });
});
