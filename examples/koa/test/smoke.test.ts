import { createServer, type Server } from 'node:http';
import { describe as describeCode } from '@status-i18n/core';
import request from 'supertest';
import { CRASH_SECRET, createApp, REPORT_SECRET } from '../src/app';
import { CASES, LANGUAGES } from '../src/cases';

const onError = jest.fn();
let server: Server;

beforeAll((done) => {
  server = createServer(createApp({ onError }).callback()).listen(0, '127.0.0.1', done);
});

afterAll((done) => {
  server.close(done);
});

beforeEach(() => onError.mockClear());

function titleOf(status: number, locale: string): string | undefined {
  return describeCode(status, { locale })?.title;
}

describe('example-koa: landing page', () => {
  it('links every case, in every language, with a curl command', async () => {
    const response = await request(server).get('/').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    for (const { path } of CASES) {
      expect(response.text).toContain(`href="${path}"`);
      for (const { tag } of LANGUAGES) expect(response.text).toContain(`href="${path}?lang=${tag}"`);
      expect(response.text).toMatch(new RegExp(`curl -i [^<]*http://127\\.0\\.0\\.1:\\d+${path}`));
    }
  });

  it('has only links that answer as the case says, in the language they name', async () => {
    const { text } = await request(server).get('/').expect(200);
    const links = [...text.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(links.length).toBe(CASES.length * (1 + LANGUAGES.length));
    for (const link of links) {
      const [path = '', query] = link.split('?');
      const response = await request(server).get(link).set('Accept', 'text/html');
      expect([link, response.status]).toEqual([link, CASES.find((c) => c.path === path)?.status]);
      const lang = query === undefined ? 'en' : query.replace('lang=', '');
      expect(response.headers['content-language']).toBe(lang);
      expect(response.text).toContain(`<html lang="${lang}"`);
    }
  });
});

describe('example-koa: every case', () => {
  it.each(CASES)('$path answers $status as problem+json, localized for zh-CN', async (c) => {
    const response = await request(server).get(c.path).set('Accept-Language', 'zh-CN').expect(c.status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({
      type: 'about:blank',
      status: c.status,
      title: titleOf(c.status, 'zh-CN'),
      instance: c.path,
    });
    expect(response.body.title).not.toBe(titleOf(c.status, 'en'));
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers Koa’s implicit 404 for any unknown path, and ?lang= wins over the header', async () => {
    const response = await request(server).get('/no/such/page?lang=zh-TW').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ title: titleOf(404, 'zh-TW'), instance: '/no/such/page' });
    expect(onError).not.toHaveBeenCalled();
  });

  it('/validation shows the ctx.throw message and errors, and logs nothing', async () => {
    const response = await request(server).get('/validation').set('X-Request-Id', 'demo-42').expect(422);
    expect(response.body).toMatchObject({
      detail: 'The order has 2 invalid fields',
      errors: [
        { field: 'email', message: 'must be an email address' },
        { field: 'quantity', message: 'must be at least 1' },
      ],
      requestId: 'demo-42',
    });
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    ['/crash', CRASH_SECRET],
    ['/report.csv', REPORT_SECRET],
  ])('%s hides its message from the client and emits it once on app.on(error)', async (path, secret) => {
    for (const accept of ['application/json', 'text/html', 'text/plain']) {
      onError.mockClear();
      const response = await request(server).get(path).set('Accept', accept).expect(500);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(response.text).not.toContain(secret);
      expect(response.text).toContain(describeCode(500)?.description);
      expect(onError).toHaveBeenCalledTimes(1);
      const [error, ctx] = onError.mock.calls[0] ?? [];
      expect(String(error)).toContain(secret);
      expect(ctx.state.requestId).toBe(response.headers['x-request-id']);
    }
  });

  it('/report.csv drops the download headers of the body that failed', async () => {
    const response = await request(server).get('/report.csv').expect(500);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});
