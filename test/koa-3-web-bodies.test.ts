import { createServer } from 'node:http';
import { errorHandler } from '@status-i18n/koa';
import type { Context } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import request from 'supertest';

/** A Koa app whose only route sets `body`, behind our error handler. */
function app(Koa: typeof Koa3, body: () => unknown, log = jest.fn()) {
  const koa = new Koa();
  koa.on('error', () => undefined);
  koa.use(errorHandler({ log }));
  koa.use((ctx: Context) => {
    ctx.body = body();
  });
  return createServer(koa.callback());
}

const failing = () =>
  new ReadableStream({
    pull(controller) {
      controller.error(Object.assign(new Error('disk gone'), { status: 503 }));
    },
  });

describe('Koa 3: web bodies (ReadableStream, Blob, Response)', () => {
  it('an error of a ReadableStream before its first byte is answered like a thrown error', async () => {
    const log = jest.fn();
    const response = await request(app(Koa3, failing, log))
      .get('/')
      .set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body.title).toBe('服务不可用');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('a healthy ReadableStream, Blob or Response is sent untouched, with its headers', async () => {
    const stream = await request(app(Koa3, () => new Blob(['abc']).stream())).get('/');
    expect(stream.status).toBe(200);
    expect(stream.body.toString()).toBe('abc');

    const blob = await request(app(Koa3, () => new Blob(['hello blob'], { type: 'text/plain' }))).get('/');
    expect(blob.status).toBe(200);
    expect(blob.text).toBe('hello blob');
    expect(blob.headers['content-length']).toBe('10');
    expect(blob.headers['content-type']).toBe('text/plain; charset=utf-8');

    const made = () => new Response('made', { status: 201, headers: { 'content-type': 'text/plain', 'x-a': 'b' } });
    const fromResponse = await request(app(Koa3, made)).get('/');
    expect(fromResponse.status).toBe(201);
    expect(fromResponse.text).toBe('made');
    expect(fromResponse.headers['x-a']).toBe('b');
  });

  it('a locked ReadableStream is left to Koa, whose failure is answered', async () => {
    const used = () => {
      const stream = new Blob(['abc']).stream();
      stream.getReader();
      return stream;
    };
    const log = jest.fn();
    const response = await request(app(Koa3, used, log)).get('/');
    // Koa cannot read it either: its error reaches our handler like any other.
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('Koa 2, which does not stream web bodies, keeps its own behaviour', async () => {
    const response = await request(app(Koa2 as unknown as typeof Koa3, failing)).get('/');
    expect(response.status).toBe(200);
    expect(response.text).toBe('{}');
  });
});
