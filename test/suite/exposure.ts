import { badImplementation, badRequest, unauthorized } from '@hapi/boom';
import { describe as describeCode } from '@status-i18n/core';
import createError from 'http-errors';
import request from 'supertest';
import { call, quiet, throwing } from './client';
import type { Framework } from './frameworks';

export function exposureRules(framework: Framework): void {
  describe('exposure: what of the error reaches the client', () => {
    it('shows the message of an exposed 4xx (http-errors)', async () => {
      const response = await call(framework, {
        route: throwing(createError(409, 'Seat 12A is taken')),
        options: quiet,
      });
      expect(response.body.detail).toBe('Seat 12A is taken');
    });

    it('hides the message of a 5xx and answers with the catalog description', async () => {
      const response = await call(framework, {
        route: throwing(new Error('password=hunter2 at db.internal:5432')),
        options: quiet,
      });
      expect(response.status).toBe(500);
      expect(response.text).not.toContain('hunter2');
      expect(response.body.detail).toMatch(/unexpected condition/);
    });

    it('hides a 5xx message even when the error sets status 503', async () => {
      const response = await call(framework, {
        route: throwing(createError(503, 'redis down at 10.0.0.7')),
        options: quiet,
      });
      expect(response.status).toBe(503);
      expect(response.text).not.toContain('10.0.0.7');
    });

    it('shows a 5xx message that is explicitly exposed', async () => {
      const error = createError(503, 'Back at 14:00 UTC', { expose: true });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.body.detail).toBe('Back at 14:00 UTC');
    });

    it('hides a 4xx message marked expose: false', async () => {
      const error = createError(400, 'internal parser state 0x7f', { expose: false });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.status).toBe(400);
      expect(response.text).not.toContain('0x7f');
    });

    it('hides the message of an exposed error whose status was coerced', async () => {
      const error = Object.assign(new Error('secret detail'), { status: 200, expose: true });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.status).toBe(500);
      expect(response.text).not.toContain('secret detail');
    });

    it('treats a message that is only the reason phrase as no message (localized description instead)', async () => {
      const response = await call(
        framework,
        {
          route: throwing(createError(404)),
          options: quiet,
        },
        { headers: { 'Accept-Language': 'zh-CN' } },
      );
      expect(response.body.title).toBe('未找到');
      expect(response.body.detail).not.toBe('Not Found');
      expect(response.body.detail).toMatch(/[\u4e00-\u9fff]/);
    });

    it('treats the former name of a status as a reason phrase too (413 Payload Too Large)', async () => {
      const response = await call(framework, { route: throwing(createError(413)), options: quiet });
      expect(response.body.title).toBe('Content Too Large');
      expect(response.body.detail).not.toBe('Payload Too Large');
    });

    it('treats the class’s name that http-errors gives a status without one as no message (createError(499): Bad Request)', async () => {
      for (const error of [createError(499), createError(432), createError(404, 'Bad Request')]) {
        const response = await call(
          framework,
          { route: throwing(error), options: quiet },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.status).toBe(error.status);
        expect(response.body.detail).not.toBe('Bad Request');
        expect(response.body.detail).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it('shows the payload message of a Boom 4xx and applies its headers', async () => {
      const response = await call(framework, {
        route: throwing(unauthorized('Token expired', 'Bearer', { realm: 'api' })),
        options: quiet,
      });
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('Token expired');
      expect(response.headers['www-authenticate']).toContain('Bearer');
    });

    it('shows no message of a Boom look-alike whose status is not Boom’s (no output, or an invalid output.statusCode)', async () => {
      for (const error of [
        Object.assign(new Error('internal detail'), { isBoom: true, status: 400 }),
        Object.assign(new Error('internal detail'), { isBoom: true, output: { statusCode: 200 }, status: 404 }),
        Object.assign(new Error('internal detail'), { isBoom: true, output: { statusCode: 700 }, status: 409 }),
      ]) {
        const response = await call(framework, { route: throwing(error), options: quiet });
        expect(response.status).toBe(error.status);
        expect(response.text).not.toContain('internal detail');
        expect(response.body.detail).toBe(describeCode(error.status)?.description);
      }
    });

    it('hides the message of a Boom 5xx', async () => {
      const response = await call(framework, { route: throwing(badImplementation('db creds leaked')), options: quiet });
      expect(response.status).toBe(500);
      expect(response.text).not.toContain('db creds');
    });

    it('shows a Boom 400 message', async () => {
      const response = await call(framework, { route: throwing(badRequest('Missing "name"')), options: quiet });
      expect(response.body.detail).toBe('Missing "name"');
    });

    it('adds the JSON-safe own properties of an exposed error as extension members', async () => {
      const error = createError(422, 'Invalid order', {
        errors: [{ field: 'email', message: 'must be an email' }],
        code: 'ORDER_INVALID',
      });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.body.errors).toEqual([{ field: 'email', message: 'must be an email' }]);
      expect(response.body.code).toBe('ORDER_INVALID');
    });

    it('never adds internals (stack, headers, expose, cause) and never lets an extension replace a standard member', async () => {
      const error = createError(422, 'Invalid', {
        headers: { 'Retry-After': '5' },
        cause: new Error('inner'),
        title: 'spoofed title',
        type: 'https://evil.example/',
        status: 422,
        token: () => 'fn',
      });
      const response = await call(framework, { route: throwing(error), options: quiet });
      for (const member of ['stack', 'headers', 'expose', 'cause', 'statusCode', 'token']) {
        expect(response.body).not.toHaveProperty(member);
      }
      expect(response.body.title).toBe('Unprocessable Content');
      expect(response.body.type).toBe('about:blank');
    });

    it('adds no extension members from hidden errors', async () => {
      const error = Object.assign(new Error('x'), { status: 500, internalQuery: 'SELECT *' });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.body).not.toHaveProperty('internalQuery');
    });

    it('never shows a stack without debug, whatever NODE_ENV says', async () => {
      const previous = process.env.NODE_ENV;
      process.env.NODE_ENV = 'development';
      try {
        const response = await call(framework, { route: throwing(new Error('boom')), options: quiet });
        expect(response.body).not.toHaveProperty('stack');
        expect(response.text).not.toMatch(/at .+:\d+:\d+/);
      } finally {
        process.env.NODE_ENV = previous;
      }
    });

    it('cuts an exposed message at 10,000 characters, never inside a surrogate pair', async () => {
      const message = `${'a'.repeat(9_999)}😀${'b'.repeat(10_000)}`;
      const response = await call(framework, { route: throwing(createError(400, message)), options: quiet });
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('a'.repeat(9_999));
    });

    it('answers every exposed error with its own members, also when the same message repeats', async () => {
      // One server, so the second answer of a message could come from what the first one planned.
      const invalid = (errors: unknown[]) => createError(422, 'The form is invalid', { errors });
      const thrown = [
        invalid([{ field: 'email' }]),
        invalid([{ field: 'name' }]),
        invalid([{ field: 'email' }]),
        invalid([{ field: 'email', code: 'missing' }]),
        invalid([{ code: 'missing', field: 'email' }]),
        createError(422, 'The form is invalid'),
        invalid([{ field: 'phone' }]),
        invalid([{ field: 'email' }]),
      ];
      const server = framework.server({
        route: () => {
          throw thrown.shift();
        },
        options: quiet,
      });
      const bodies: string[] = [];
      const pages: string[] = [];
      for (let index = 0; index < 7; index++) {
        bodies.push((await request(server).get('/boom').set('Accept', 'application/json')).text);
      }
      pages.push((await request(server).get('/boom').set('Accept', 'text/html')).text);
      expect(bodies.map((body) => JSON.parse(body).errors)).toEqual([
        [{ field: 'email' }],
        [{ field: 'name' }],
        [{ field: 'email' }],
        [{ field: 'email', code: 'missing' }],
        [{ code: 'missing', field: 'email' }],
        undefined,
        [{ field: 'phone' }],
      ]);
      // The members keep the error's own order.
      expect(bodies[4]).toContain('[{"code":"missing","field":"email"}]');
      expect(pages[0]).toContain('email');
      expect(pages[0]).not.toContain('phone');
    });

    it('with debug: true shows the stack and the hidden message', async () => {
      const response = await call(framework, {
        route: throwing(new Error('the real reason')),
        options: { ...quiet, debug: true },
      });
      expect(response.body.detail).toBe('the real reason');
      expect(Array.isArray(response.body.stack)).toBe(true);
      expect(response.body.stack[0]).toContain('the real reason');
    });

    it("with debug: true follows the error's causes into the stack", async () => {
      const driver = new Error('connection refused');
      const response = await call(framework, {
        route: throwing(new Error('could not load the order', { cause: driver })),
        options: { ...quiet, debug: true },
      });
      const stack = response.body.stack as string[];
      expect(stack[0]).toContain('could not load the order');
      expect(stack).toContain('caused by: Error: connection refused');
      expect(stack.indexOf('caused by: Error: connection refused')).toBeGreaterThan(1);
    });
  });
}
