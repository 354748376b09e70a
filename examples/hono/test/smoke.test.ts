import type { Server } from 'node:http';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import request from 'supertest';
import { type DemoProcess, startDemo } from '../../../test/support/demo-process';
import { CRASH_SECRET, createApp } from '../src/app';

const log = jest.fn();
const server = createAdaptorServer({ fetch: createApp({ log }).fetch }) as Server;

beforeEach(() => log.mockClear());

describe('example-hono: what each route answers', () => {
  it('answers an application problem in the language of ?lang=, with its params as members', async () => {
    const response = await request(server).get('/orders/7/pay?lang=zh-CN');
    expect(response.status).toBe(403);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toEqual({
      type: 'https://api.example.com/problems/out-of-credit',
      title: '余额不足',
      status: 403,
      detail: '您的余额为 30，此操作需要 1,250。',
      instance: '/orders/7/pay',
      balance: 30,
      price: 1250,
    });
  });

  it('answers a validation error with a localized field error per mistake, never the values sent', async () => {
    const response = await request(server)
      .post('/sign-up')
      .set('Accept-Language', 'zh-TW')
      .send({ email: 'ada', name: 'A', age: 17 });
    expect(response.status).toBe(422);
    expect(response.headers['content-language']).toBe('zh-TW');
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '#/email',
      '#/name',
      '#/age',
    ]);
    expect(response.body.errors[2].detail).toBe('You must be 18 or older to sign up');
    expect(response.text).not.toContain('"ada"');
    const created = await request(server).post('/sign-up').send({ email: 'ada@example.com', name: 'Ada', age: 36 });
    expect(created.status).toBe(201);
  });

  it('answers a body that is not JSON with a field error per missing field, and malformed JSON with a 400', async () => {
    const text = await request(server).post('/sign-up').set('Content-Type', 'text/plain').send('ada');
    expect(text.status).toBe(422);
    expect(text.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['#/email', '#/name', '#/age']);
    const malformed = await request(server).post('/sign-up').set('Content-Type', 'application/json').send('{"email":');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('answers a query that fails its schema with a field error naming each parameter', async () => {
    const response = await request(server).get('/orders?page=0&status=lost&lang=zh-CN');
    expect(response.status).toBe(422);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body.errors.map((error: { parameter: string }) => error.parameter)).toEqual(['page', 'status']);
    expect(response.text).not.toContain('lost');
    expect((await request(server).get('/orders?page=2')).body).toEqual({ page: 2, status: 'any', orders: [] });
  });

  it('shows a Hono HTTPException’s 4xx message, and hides a crash’s, which is logged', async () => {
    const seat = await request(server).get('/seats/12A');
    expect(seat.body).toMatchObject({ status: 409, title: 'Conflict', detail: 'Seat 12A is taken' });
    const crash = await request(server).get('/crash').set('Accept', 'text/html').set('Accept-Language', 'zh-CN');
    expect(crash.status).toBe(500);
    expect(crash.text).toContain('<html lang="zh-CN"');
    expect(crash.text).not.toContain(CRASH_SECRET);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('answers basic-auth’s 401 as a problem that keeps the challenge, and unknown paths with a 404', async () => {
    const staff = await request(server).get('/staff');
    expect(staff.status).toBe(401);
    expect(staff.headers['www-authenticate']).toBe('Basic realm="staff"');
    expect(staff.headers['access-control-allow-origin']).toBe('*');
    expect((await request(server).get('/staff').auth('ada', 'lovelace')).text).toBe('Welcome, Ada.');
    const missing = await request(server).get('/nowhere?lang=zh-TW').set('Accept', 'text/plain');
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/^404 找不到/);
  });
});

// The demo command itself (`pnpm start`), not only createApp(): see startDemo.
describe('example-hono: the demo command', () => {
  let demo: DemoProcess | undefined;

  afterAll(async () => {
    await demo?.stop();
  });

  it('starts, prints its URL, answers, and stops on SIGTERM', async () => {
    demo = await startDemo(
      path.resolve(__dirname, '..'),
      'src/server.ts',
      /status-i18n demo \(Hono\): (http:\/\/127\.0\.0\.1:\d+\/)/,
    );
    const { url } = demo;
    expect((await fetch(url)).status).toBe(200);
    const missing = await fetch(`${url}nowhere`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-language')).toBe('zh-CN');
    expect(await demo.stop('SIGTERM')).toBe(0);
  });
});
