import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { AppModule } from '../src/app.module';

let app: INestApplication;
const errors: unknown[] = [];

beforeAll(async () => {
  const logger = {
    log() {},
    warn() {},
    debug() {},
    verbose() {},
    fatal() {},
    error: (error: unknown) => errors.push(error),
  };
  app = await NestFactory.create(AppModule, { logger });
  await app.init();
});

afterAll(() => app.close());

describe('example-nestjs', () => {
  it('answers a route that succeeds as Nest does', async () => {
    const response = await request(app.getHttpServer()).get('/orders/7').expect(200);
    expect(response.body).toEqual({ id: '7' });
  });

  it("answers an HttpException in the client's language, with its message", async () => {
    const response = await request(app.getHttpServer()).get('/orders/12').set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toEqual({
      type: 'about:blank',
      title: '冲突',
      status: 409,
      detail: 'Order 12 was cancelled',
      instance: '/orders/12',
    });
  });

  it('answers the DTO checked by ValidationPipe with a field error per field, in a loaded language', async () => {
    const response = await request(app.getHttpServer())
      .post('/orders?lang=ja')
      .send({ email: 'ada', name: 'A', seats: 11 });
    expect(response.status).toBe(422);
    expect(response.headers['content-language']).toBe('ja');
    expect(response.body.errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code])).toEqual(
      [
        ['#/email', 'isEmail'],
        ['#/name', 'minLength'],
        ['#/seats', 'max'],
      ],
    );
    expect(response.text).not.toContain('"ada"');
  });

  it('hides a crash, logs it once through Nest, and answers a browser with a page', async () => {
    const response = await request(app.getHttpServer()).get('/crash').set('Accept', 'text/html');
    expect(response.status).toBe(500);
    expect(response.text).toContain('<title>500 Internal Server Error</title>');
    expect(response.text).not.toContain('ECONNREFUSED');
    expect(errors).toHaveLength(1);
  });

  it("answers a route that does not exist without repeating Nest's `Cannot GET …` message", async () => {
    const response = await request(app.getHttpServer()).get('/nowhere?token=secret');
    expect(response.status).toBe(404);
    expect(response.body.instance).toBe('/nowhere');
    expect(response.text).not.toContain('secret');
    expect(response.text).not.toContain('Cannot GET');
  });
});
