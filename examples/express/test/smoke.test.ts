import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { CRASH_SECRET, createApp } from '../src/app';
import { CASES, type DemoCase } from '../src/cases';
import { catalog, LANGUAGES } from '../src/catalog';

const log = jest.fn();
let server: Server;

beforeAll((done) => {
  server = createServer(createApp({ log })).listen(0, '127.0.0.1', done);
});

afterAll((done) => {
  server.close(done);
});

beforeEach(() => log.mockClear());

function titleOf(status: number, locale: string): string | undefined {
  return catalog.describe(status, { locale })?.title;
}

/** Requests a case as its landing page entry says: a GET, or a POST of its JSON body. */
function send({ path, body }: DemoCase) {
  return body === undefined ? request(server).get(path) : request(server).post(path).send(body);
}

const LINKED = CASES.filter((c) => c.body === undefined);
const POSTED = CASES.filter((c) => c.body !== undefined);

describe('example-express: landing page', () => {
  it('is a self-contained HTML page under a CSP that allows only its own style', async () => {
    const response = await request(server).get('/').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const style = /<style>([\s\S]*?)<\/style>/.exec(response.text)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(response.headers['content-security-policy']).toBe(`default-src 'none'; style-src 'sha256-${hash}'`);
    expect(response.text).not.toMatch(/<script|<link|<img|src=|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('links every case, in every language, with a curl command', async () => {
    const { text } = await request(server).get('/').expect(200);
    for (const { path } of LINKED) {
      expect(text).toContain(`href="${path}"`);
      for (const { tag } of LANGUAGES) expect(text).toContain(`href="${path}?lang=${tag}"`);
      expect(text).toMatch(new RegExp(`curl -i [^<]*http://127\\.0\\.0\\.1:\\d+${path}<`));
    }
  });

  it('gives each POST case a curl command that sends its body (a link cannot)', async () => {
    const { text } = await request(server).get('/').expect(200);
    expect(POSTED.length).toBeGreaterThanOrEqual(2);
    for (const { path, body } of POSTED) {
      expect(text).not.toContain(`href="${path}`);
      const json = JSON.stringify(body).replaceAll('"', '&#34;');
      expect(text).toContain(`-H &#39;Content-Type: application/json&#39; -d &#39;${json}&#39;`);
      expect(text).toMatch(new RegExp(`curl -i [^<]*http://127\\.0\\.0\\.1:\\d+${path}<`));
    }
  });

  it('has only links that answer as the case says, in the language they name', async () => {
    const { text } = await request(server).get('/').expect(200);
    const links = [...text.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(links.length).toBe(LINKED.length * (1 + LANGUAGES.length));
    for (const link of links) {
      const [path = '', query] = link.split('?');
      const expected = CASES.find((c) => c.path === path);
      const response = await request(server).get(link).set('Accept', 'text/html');
      expect([link, response.status]).toEqual([link, expected?.status]);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      const lang = query === undefined ? 'en' : query.replace('lang=', '');
      expect(response.headers['content-language']).toBe(lang);
      expect(response.text).toContain(`<html lang="${lang}"`);
    }
  });
});

describe('example-express: every case', () => {
  it.each(CASES)('$path answers $status as problem+json with type, instance and requestId', async (c) => {
    const response = await send(c).expect(c.status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['content-language']).toBe('en');
    expect(response.body).toMatchObject({ status: c.status, instance: c.path });
    // A case with a type of its own answers with its own words; the others with the catalog's for the status.
    if (c.type === undefined) {
      expect(response.body.title).toBe(titleOf(c.status, 'en'));
      expect(response.body.type).toMatch(/^https:\/\/example\.com\/problems\/[a-z-]+$/);
    } else {
      expect(response.body.type).toBe(c.type);
      expect(response.body.title).not.toBe(titleOf(c.status, 'en'));
    }
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
    expect(response.headers.vary).toBe('Accept, Accept-Language');
  });

  it.each(CASES)('$path has a localized title for Accept-Language: zh-CN', async (c) => {
    const response = await send(c).set('Accept-Language', 'zh-CN').expect(c.status);
    expect(response.headers['content-language']).toBe('zh-CN');
    const english = await send(c).expect(c.status);
    expect(response.body.title).not.toBe(english.body.title);
    expect(response.body.title).toMatch(/[\u4e00-\u9fff]/);
    if (c.type === undefined) expect(response.body.title).toBe(titleOf(c.status, 'zh-CN'));
  });

  it('answers any unknown path with the 404, in the app’s own zh-CN words', async () => {
    const response = await request(server).get('/no/such/page?x=1').set('Accept-Language', 'zh-CN').expect(404);
    expect(response.body).toMatchObject({
      type: 'https://example.com/problems/not-found',
      title: '页面走丢了',
      instance: '/no/such/page',
    });
  });

  it('lets ?lang= win over Accept-Language, including the added Japanese', async () => {
    const ja = await request(server).get('/missing?lang=ja').set('Accept-Language', 'zh-CN').expect(404);
    expect(ja.headers['content-language']).toBe('ja');
    expect(ja.body.title).toBe('見つかりません');
    const zhTW = await request(server).get('/validation?lang=zh-TW').set('Accept-Language', 'en').expect(422);
    expect(zhTW.body.title).toBe(titleOf(422, 'zh-TW'));
    // A language the catalog lacks is ignored: the header decides.
    const unknown = await request(server).get('/missing?lang=xx').set('Accept-Language', 'zh-HK').expect(404);
    expect(unknown.headers['content-language']).toBe('zh-TW');
  });

  it('/validation shows the exposed message and the errors array', async () => {
    const response = await request(server).get('/validation').expect(422);
    expect(response.body.detail).toBe('The order has 2 invalid fields');
    expect(response.body.errors).toEqual([
      { field: 'email', message: 'must be an email address' },
      { field: 'quantity', message: 'must be at least 1' },
    ]);
  });

  it.each(['application/json', 'text/html', 'text/plain'])('/crash does not leak its message as %s', async (accept) => {
    const response = await request(server).get('/crash').set('Accept', accept).expect(500);
    expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
    expect(response.text).not.toContain(CRASH_SECRET);
    expect(response.text).not.toContain('ECONNREFUSED');
    expect(response.text).toContain(catalog.describe(500)?.description);
    // The server side still gets everything, under the request id the client saw.
    expect(log).toHaveBeenCalledTimes(1);
    const [error, , info] = log.mock.calls[0] ?? [];
    expect(String(error)).toContain(CRASH_SECRET);
    expect(info).toMatchObject({ status: 500, requestId: response.headers['x-request-id'] });
  });

  it('/boom sends the Boom challenge in WWW-Authenticate', async () => {
    const response = await request(server).get('/boom').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="orders", error="Sign in to see your orders"');
    expect(response.body.detail).toBe('Sign in to see your orders');
  });

  it('/http-errors shows the message and the string code', async () => {
    const response = await request(server).get('/http-errors').expect(409);
    expect(response.body).toMatchObject({
      type: 'https://example.com/problems/conflict',
      detail: 'Order 1042 has already shipped and can no longer be changed',
      code: 'ORDER_SHIPPED',
    });
  });

  it('/out-of-stock is mapped to a 409 with its own type and extensions', async () => {
    const response = await request(server).get('/out-of-stock').set('Accept-Language', 'ja').expect(409);
    expect(response.body).toMatchObject({
      type: 'https://example.com/problems/out-of-stock',
      title: '競合',
      detail: 'Only 1 of TEA-SENCHA-100G left, 3 requested',
      sku: 'TEA-SENCHA-100G',
      requested: 3,
      available: 1,
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('answers HTML and text when asked, and echoes a sane X-Request-Id', async () => {
    const html = await request(server).get('/missing').set('Accept', 'text/html').set('Accept-Language', 'zh-CN');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(html.text).toContain('<html lang="zh-CN"');
    expect(html.text).toContain('页面走丢了');
    const text = await request(server).get('/missing').set('Accept', 'text/plain').set('X-Request-Id', 'demo-42');
    expect(text.text.startsWith(`404 ${titleOf(404, 'en')}\n\n`)).toBe(true);
    expect(text.headers['x-request-id']).toBe('demo-42');
  });
});

describe('example-express: application problems and validation', () => {
  it('/checkout answers the defined problem with its plural and numbers in each language', async () => {
    const en = await request(server).get('/checkout').expect(409);
    expect(en.body).toEqual({
      type: 'https://example.com/problems/basket-full',
      title: 'The basket is full',
      status: 409,
      detail: 'A basket holds at most 10 items; this one has 12.',
      instance: '/checkout',
      max: 10,
      count: 12,
      requestId: en.headers['x-request-id'],
    });
    const zhCN = await request(server).get('/checkout').set('Accept-Language', 'zh-CN').expect(409);
    expect(zhCN.body).toMatchObject({ title: '购物篮已满', detail: '购物篮最多可放 10 件商品，当前有 12 件。' });
    const ja = await request(server).get('/checkout?lang=ja').expect(409);
    expect(ja.headers['content-language']).toBe('ja');
    expect(ja.body).toMatchObject({ title: '買い物かごがいっぱいです', max: 10, count: 12 });
    // A language the problem lacks falls back as the catalog does, and Content-Language says which.
    const zhHK = await request(server).get('/checkout').set('Accept-Language', 'zh-HK').expect(409);
    expect(zhHK.headers['content-language']).toBe('zh-TW');
    expect(zhHK.body.title).toBe('購物籃已滿');
    expect(log).not.toHaveBeenCalled();
  });

  it('/sign-up (zod) points at each field, in English and Chinese, keeping the schema’s own message', async () => {
    const body = { email: 'ada', name: 'A', age: 17 };
    const en = await request(server).post('/sign-up').send(body).expect(422);
    expect(en.body).toMatchObject({
      type: 'urn:problem-type:validation',
      title: 'The request is not valid',
      detail: '3 values in the request are not valid.',
      errors: [
        { detail: 'Must be an email address.', pointer: '#/email', code: 'invalid_format' },
        { detail: 'Must be at least 2 characters long.', pointer: '#/name', code: 'too_small' },
        { detail: 'You must be 18 or older to sign up', pointer: '#/age', code: 'too_small' },
      ],
    });
    const zhCN = await request(server).post('/sign-up').set('Accept-Language', 'zh-CN').send(body).expect(422);
    expect(zhCN.body).toMatchObject({
      title: '请求无效',
      detail: '请求中有 3 个值无效。',
      errors: [
        { detail: '必须是有效的电子邮件地址。', pointer: '#/email' },
        { detail: '长度至少为 2 个字符。', pointer: '#/name' },
        { detail: 'You must be 18 or older to sign up', pointer: '#/age' },
      ],
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('/orders (express-validator) is recognized as thrown, unknown fields included', async () => {
    const body = { email: 'ada@example', quantity: 0, admin: true };
    const en = await request(server).post('/orders').send(body).expect(422);
    expect(en.body.errors).toEqual([
      { detail: 'This value is not valid.', pointer: '#/email', code: 'field' },
      { detail: 'This value is not valid.', pointer: '#/quantity', code: 'field' },
      { detail: 'This field is not allowed.', pointer: '#/admin', code: 'unknown_fields' },
    ]);
    const zhCN = await request(server).post('/orders').set('Accept-Language', 'zh-CN').send(body).expect(422);
    expect(zhCN.body.errors.map((error: { detail: string }) => error.detail)).toEqual([
      '此值无效。',
      '此值无效。',
      '不允许此字段。',
    ]);
  });

  it.each([
    ['/sign-up', { email: 'hunter2-secret', name: 'A', age: 17 }],
    ['/orders', { email: 'hunter2-secret', quantity: 0 }],
  ])('%s never sends a submitted value back, in any format', async (path, body) => {
    for (const accept of ['application/problem+json', 'application/json', 'text/html', 'text/plain']) {
      for (const language of ['en', 'zh-CN']) {
        const response = await request(server)
          .post(path)
          .set('Accept', accept)
          .set('Accept-Language', language)
          .send(body)
          .expect(422);
        expect(response.text).not.toContain('hunter2-secret');
      }
    }
  });

  it('passes valid requests on to the routes', async () => {
    await request(server).post('/sign-up').send({ email: 'ada@example.com', name: 'Ada', age: 36 }).expect(201);
    await request(server).post('/orders').send({ email: 'ada@example.com', quantity: 2 }).expect(201);
  });
});
