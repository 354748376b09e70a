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
    expect(response.body).toMatchObject({ status: c.status, instance: c.path });
    // A case with a type of its own answers with its own words; the others with the catalog's for the status.
    expect(response.body.type).toBe(c.type ?? 'about:blank');
    if (c.type === undefined) expect(response.body.title).toBe(titleOf(c.status, 'zh-CN'));
    const english = await request(server).get(c.path).expect(c.status);
    expect(english.headers['content-language']).toBe('en');
    expect(response.body.title).not.toBe(english.body.title);
    expect(response.body.title).toMatch(/[\u4e00-\u9fff]/);
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

describe('example-koa: application problems and validation', () => {
  it('/search (zod) names each query parameter, in English and Chinese', async () => {
    const en = await request(server).get('/search?q=a&page=0').expect(422);
    expect(en.body).toMatchObject({
      type: 'urn:problem-type:validation',
      title: 'The request is not valid',
      detail: '2 values in the request are not valid.',
      errors: [
        { detail: 'Must be at least 2 characters long.', parameter: 'q', code: 'too_small' },
        { detail: 'Must be at least 1.', parameter: 'page', code: 'too_small' },
      ],
    });
    const zhCN = await request(server).get('/search?lang=zh-CN').expect(422);
    expect(zhCN.headers['content-language']).toBe('zh-CN');
    expect(zhCN.body).toMatchObject({
      title: '请求无效',
      detail: '请求中有 1 个值无效。',
      errors: [{ detail: '此字段为必填项。', parameter: 'q', code: 'invalid_type' }],
    });
    expect(onError).not.toHaveBeenCalled();
  });

  it('/search never sends a submitted value back, in any format', async () => {
    for (const accept of ['application/problem+json', 'application/json', 'text/html', 'text/plain']) {
      for (const language of ['en', 'zh-CN']) {
        const response = await request(server)
          .get('/search?q=hunter2-secret&page=hunter3-secret')
          .set('Accept', accept)
          .set('Accept-Language', language)
          .expect(422);
        expect(response.text).toContain('page');
        expect(response.text).not.toMatch(/hunter\d-secret/);
      }
    }
  });

  it('/search answers a valid query', async () => {
    const response = await request(server).get('/search?q=tea&page=2').expect(200);
    expect(response.body).toEqual({ q: 'tea', page: 2, results: [] });
  });

  it('/reports/export answers the defined problem with its plural and numbers in each language', async () => {
    const en = await request(server).get('/reports/export').expect(403);
    expect(en.body).toEqual({
      type: 'urn:problem-type:export-limit',
      title: 'Daily export limit reached',
      status: 403,
      detail: 'You can export 5 reports a day and have exported 5 today.',
      instance: '/reports/export',
      limit: 5,
      used: 5,
      requestId: en.headers['x-request-id'],
    });
    const zhCN = await request(server).get('/reports/export').set('Accept-Language', 'zh-CN').expect(403);
    expect(zhCN.body).toMatchObject({
      title: '已达到每日导出上限',
      detail: '您每天最多可导出 5 份报告，今天已导出 5 份。',
    });
    const zhTW = await request(server).get('/reports/export?lang=zh-TW').expect(403);
    expect(zhTW.headers['content-language']).toBe('zh-TW');
    expect(zhTW.body.title).toBe('已達每日匯出上限');
    expect(onError).not.toHaveBeenCalled();
  });
});
