import Router from '@koa/router';
import { describe as describeCode } from '@status-i18n/core';
import { errorHandler } from '@status-i18n/koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import request from 'supertest';

type KoaClass = typeof Koa3;

/** The catalog's words for a status, which a status without a body gets. */
function catalogWords(status: number, locale = 'en') {
  const entry = describeCode(status, { locale });
  return { title: entry?.title, detail: entry?.description };
}

describe.each([
  ['Koa 2', Koa2 as unknown as KoaClass],
  ['Koa 3', Koa3],
])('%s: an error status a router or the app set without a body', (_name, Koa) => {
  const log = jest.fn();
  const koa = new Koa();
  const router = new Router();
  router.get('/seats', (ctx) => {
    ctx.body = { seats: [] };
  });
  router.get('/private', (ctx) => {
    ctx.status = 403;
  });
  router.get('/conflict', (ctx) => {
    ctx.status = 409;
    ctx.body = 'Seat 12A is taken';
  });
  koa.use(errorHandler({ log }));
  // As @koa/router documents it: allowedMethods() answers 405 (with Allow) and 501 by setting the status alone.
  koa.use(router.routes()).use(router.allowedMethods());
  const server = koa.callback();

  beforeEach(() => log.mockClear());

  it("answers @koa/router's 405 in the client's format and language, keeping the Allow header it set", async () => {
    const response = await request(server).delete('/seats').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('HEAD, GET');
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toEqual({ type: 'about:blank', status: 405, ...catalogWords(405, 'zh-CN') });
    expect(log).not.toHaveBeenCalled();
  });

  it("answers @koa/router's 501 for a method it does not know, not logged as a failure of the server", async () => {
    const response = await request(server).get('/seats').set('Accept', 'text/html');
    expect(response.status).toBe(200);
    const unknown = await request(server).propfind('/seats').set('Accept', 'text/html');
    expect(unknown.status).toBe(501);
    expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(unknown.text).toContain(catalogWords(501).detail as string);
    expect(log).not.toHaveBeenCalled();
  });

  it('answers a ctx.status = 403 without a body; HEAD gets the same headers and no body', async () => {
    const response = await request(server).get('/private');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ type: 'about:blank', status: 403, ...catalogWords(403) });
    const head = await request(server).head('/private');
    expect(head.status).toBe(403);
    expect(head.headers['content-length']).toBe(response.headers['content-length']);
    expect(head.text).toBeUndefined();
  });

  it('leaves an error status the app gave a body of its own as it is', async () => {
    const response = await request(server).get('/conflict');
    expect(response.status).toBe(409);
    expect(response.text).toBe('Seat 12A is taken');
  });
});
