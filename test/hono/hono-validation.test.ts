import type { Server } from 'node:http';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { onError, type ValidationHookResult, validationHook } from '@status-i18n/fetch/hono';
import { type Env, Hono, type MiddlewareHandler, type ValidationTargets } from 'hono';
import request from 'supertest';
import { z } from 'zod4';

// @hono/zod-validator is a dependency of the Hono example only: resolved from there, and typed here with what
// the tests use of it (the root has no `zod` for its declarations).
const { zValidator } = require(
  require.resolve('@hono/zod-validator', { paths: [join(__dirname, '../../examples/hono')] }),
) as {
  zValidator: <Target extends keyof ValidationTargets>(
    target: Target,
    schema: z.ZodType,
    hook?: (result: ValidationHookResult) => void,
  ) => MiddlewareHandler<Env, string, { out: { [K in Target]: Record<string, unknown> } }>;
};

const quiet = { log: () => undefined };
const serve = (app: Hono): Server => createAdaptorServer({ fetch: app.fetch }) as Server;

describe('validationHook(options) with @hono/zod-validator', () => {
  const Order = z.object({ item: z.string().min(2), quantity: z.number().int().min(1) });
  const app = new Hono();
  app.onError(onError(quiet));
  app.post('/orders', zValidator('json', Order, validationHook()), (c) => c.json(c.req.valid('json'), 201));
  app.post('/form', zValidator('form', z.object({ item: z.string().min(2) }), validationHook()), (c) => c.text('ok'));
  app.get('/search', zValidator('query', z.object({ page: z.coerce.number().int() }), validationHook()), (c) =>
    c.json(c.req.valid('query')),
  );
  app.get('/items/:id', zValidator('param', z.object({ id: z.string().regex(/^\d+$/) }), validationHook()), (c) =>
    c.text(String(c.req.valid('param').id)),
  );
  app.get('/me', zValidator('header', z.object({ 'x-api-key': z.string().min(8) }), validationHook()), (c) =>
    c.text('me'),
  );
  app.get('/cart', zValidator('cookie', z.object({ cart: z.string().uuid() }), validationHook()), (c) =>
    c.text('cart'),
  );
  app.get('/plain', zValidator('query', z.object({ page: z.coerce.number().int() })), (c) => c.text('plain'));
  const server = serve(app);

  it('answers a valid body as the route does', async () => {
    const response = await request(server).post('/orders').send({ item: 'tea', quantity: 2 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ item: 'tea', quantity: 2 });
  });

  it('answers a failed JSON body with a localized 422 problem whose errors point into the body', async () => {
    const response = await request(server)
      .post('/orders')
      .set('Accept-Language', 'zh-CN')
      .send({ item: 'x', quantity: 'secret-value' });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '#/item',
      '#/quantity',
    ]);
    expect(JSON.stringify(response.body)).not.toContain('secret-value');
    expect(response.body).not.toHaveProperty('success');
  });

  it('names the query parameter, the path parameter, the header and the cookie that failed', async () => {
    const query = await request(server).get('/search?page=two');
    expect(query.status).toBe(422);
    expect(query.body.errors).toEqual([expect.objectContaining({ parameter: 'page' })]);
    const param = await request(server).get('/items/abc');
    expect(param.body.errors).toEqual([expect.objectContaining({ parameter: 'id' })]);
    const header = await request(server).get('/me').set('X-Api-Key', 'short');
    expect(header.body.errors).toEqual([expect.objectContaining({ header: 'x-api-key' })]);
    const cookie = await request(server).get('/cart').set('Cookie', 'cart=nope');
    expect(cookie.body.errors).toEqual([expect.objectContaining({ cookie: 'cart' })]);
  });

  it('reads a form body as the body', async () => {
    const response = await request(server).post('/form').type('form').send({ item: 'x' });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '#/item' })]);
  });

  it('answers a body of another Content-Type as an empty one: each required field is missing', async () => {
    const response = await request(server).post('/orders').set('Content-Type', 'text/plain').send('{"item":"tea"}');
    expect(response.status).toBe(422);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '#/item',
      '#/quantity',
    ]);
  });

  it('answers malformed JSON with the 400 of hono/validator, in the catalog’s words', async () => {
    const response = await request(server).post('/orders').set('Content-Type', 'application/json').send('{"item":');
    expect(response.status).toBe(400);
    expect(response.body.detail).not.toContain('Malformed');
  });

  it('leaves the status to onError’s validationStatus when the hook is given none', async () => {
    const strict = new Hono();
    strict.onError(onError({ ...quiet, validationStatus: 400 }));
    strict.get('/search', zValidator('query', z.object({ page: z.coerce.number().int() }), validationHook()), (c) =>
      c.text('ok'),
    );
    const response = await request(serve(strict)).get('/search?page=two');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'page' })]);
  });

  it('is needed: without it, zValidator answers its own 400 with the whole ZodError', async () => {
    const response = await request(server).get('/plain?page=two');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ success: false, error: expect.anything() });
  });
});
