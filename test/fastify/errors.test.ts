import { Readable } from 'node:stream';
import createFastifyError from '@fastify/error';
import { describe as describeCode } from '@status-i18n/core';
import { frameworkErrors, statusI18n } from '@status-i18n/fastify';
import {
  serializerCompiler as zodSerializerCompiler,
  validatorCompiler as zodValidatorCompiler,
} from 'fastify-type-provider-zod';
import createError from 'http-errors';
import { z } from 'zod4';
import { eachFastify, type FastifyMajor, fastifyMajors, listen } from '../support/fastify';

const PASSWORD = 'hunter2';

/** The JSON body of a response, as a record to look into. */
const problemOf = async (response: Response) => (await response.json()) as Record<string, unknown>;

/** The catalog's words for a status, which the client gets instead of a hidden message. */
function catalogWords(status: number, locale = 'en') {
  const entry = describeCode(status, { locale });
  return { title: entry?.title, detail: entry?.description };
}

const Signup = {
  type: 'object',
  required: ['email', 'name'],
  properties: {
    email: { type: 'string', format: 'email' },
    name: { type: 'string', minLength: 2, pattern: '^[A-Z]' },
    plan: { enum: ['free', 'pro'] },
  },
  additionalProperties: false,
} as const;

describe.each(eachFastify)('%s: statusI18n answers', (_name, major: FastifyMajor) => {
  async function serve(options: Record<string, unknown>, routes: (app: ReturnType<FastifyMajor['fastify']>) => void) {
    const app = major.fastify({ bodyLimit: 64 });
    await app.register(major.plugins.sensible);
    await app.register(statusI18n, options);
    routes(app);
    const base = await listen(app);
    return { app, base };
  }

  describe("Fastify's validation errors as field errors", () => {
    let app: Awaited<ReturnType<typeof serve>>['app'];
    let base: string;
    beforeAll(async () => {
      ({ app, base } = await serve({}, (app) => {
        app.post('/signup', { schema: { body: Signup }, bodyLimit: 4096 }, async (request) => request.body);
        app.get(
          '/orders/:id',
          {
            schema: {
              params: { type: 'object', properties: { id: { type: 'integer' } } },
              querystring: { type: 'object', properties: { page: { type: 'integer', minimum: 1 } } },
              headers: {
                type: 'object',
                required: ['x-api-key'],
                properties: { 'x-api-key': { type: 'string', minLength: 8 } },
              },
            },
          },
          async () => 'ok',
        );
        // A route that looks at the validation error itself, then throws it.
        app.post('/attached', { schema: { body: Signup }, attachValidation: true }, async (request) => {
          if (request.validationError) throw request.validationError;
          return 'ok';
        });
      }));
    });
    afterAll(() => app.close());

    it('in the body: a pointer each, in the language of the request, never the submitted value', async () => {
      const response = await fetch(`${base}/signup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
        body: JSON.stringify({ email: PASSWORD, name: 'b' }),
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-language')).toBe('zh-CN');
      const body = await problemOf(response);
      expect(body).toMatchObject({ type: 'urn:problem-type:validation', title: '请求无效', status: 422 });
      // Fastify's ajv stops at the first error unless `allErrors` is set.
      expect(body.errors).toEqual([{ detail: expect.any(String), pointer: '#/email', code: 'format' }]);
      expect(JSON.stringify(body)).not.toContain(PASSWORD);
      expect(JSON.stringify(body)).not.toContain('must match format');
    });

    it('a missing or unknown field points at the field itself', async () => {
      const missing = await fetch(`${base}/signup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'ada@example.com' }),
      });
      expect((await problemOf(missing)).errors).toEqual([
        { detail: 'This field is required.', pointer: '#/name', code: 'required' },
      ]);
    });

    it('in the path parameters and the query string: parameter; in the headers: header', async () => {
      const params = await fetch(`${base}/orders/abc`, { headers: { 'X-Api-Key': '12345678' } });
      expect(params.status).toBe(422);
      expect((await problemOf(params)).errors).toEqual([
        { detail: 'Must be an integer.', parameter: 'id', code: 'type' },
      ]);
      const query = await fetch(`${base}/orders/7?page=0`, { headers: { 'X-Api-Key': '12345678' } });
      expect((await problemOf(query)).errors).toEqual([
        { detail: 'Must be at least 1.', parameter: 'page', code: 'minimum' },
      ]);
      const headers = await fetch(`${base}/orders/7`, { headers: { 'X-Api-Key': PASSWORD } });
      const body = await problemOf(headers);
      expect(body.errors).toEqual([
        { detail: 'Must be at least 8 characters long.', header: 'x-api-key', code: 'minLength' },
      ]);
      expect(JSON.stringify(body)).not.toContain(PASSWORD);
    });

    it('when the route throws the error it was given (attachValidation)', async () => {
      const response = await fetch(`${base}/attached`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/plain' },
        body: JSON.stringify({ email: 'ada@example.com', name: 'Ada', plan: 'gold' }),
      });
      expect(response.status).toBe(422);
      const text = await response.text();
      expect(text).toContain('plan');
      expect(text).not.toContain('gold');
    });
  });

  it("takes no stack for a validation error: with debug, the stack shown is Fastify's error's, as its cause", async () => {
    const { app, base } = await serve({ debug: true }, (app) => {
      app.get(
        '/q',
        { schema: { querystring: { type: 'object', properties: { page: { type: 'integer' } } } } },
        async () => 'ok',
      );
    });
    try {
      const stack = (await problemOf(await fetch(`${base}/q?page=x`))).stack as string[];
      expect(stack[0]).toBe('ValidationProblemError: 1 value in the request is not valid.');
      expect(stack[1]).toMatch(/^caused by: .*querystring\/page must be integer/);
      expect(stack.length).toBeGreaterThan(2);
    } finally {
      await app.close();
    }
  });

  it("answers validation errors with 400, Fastify's own status, when validationStatus is 400", async () => {
    const { app, base } = await serve({ validationStatus: 400 }, (app) => {
      app.get(
        '/q',
        { schema: { querystring: { type: 'object', properties: { page: { type: 'integer' } } } } },
        async () => 'ok',
      );
    });
    try {
      const response = await fetch(`${base}/q?page=x`);
      expect(response.status).toBe(400);
      expect((await problemOf(response)).type).toBe('urn:problem-type:validation');
    } finally {
      await app.close();
    }
  });

  describe('validators other than ajv', () => {
    const Query = z.object({ page: z.coerce.number().int().min(1) });

    it("a validatorCompiler that returns Zod's error (Fastify's documented way): parameter, validationStatus, localized", async () => {
      const { app, base } = await serve({}, (app) => {
        app.setValidatorCompiler(({ schema }) => (data: unknown) => {
          const result = (schema as typeof Query).safeParse(data);
          return result.success ? { value: result.data } : { error: result.error };
        });
        app.get('/orders', { schema: { querystring: Query } }, async () => 'ok');
      });
      try {
        const response = await fetch(`${base}/orders?page=0`, { headers: { 'Accept-Language': 'zh-TW' } });
        expect(response.status).toBe(422);
        const body = await problemOf(response);
        expect(body).toMatchObject({ type: 'urn:problem-type:validation', status: 422 });
        expect(body.errors).toEqual([{ detail: expect.stringContaining('1'), parameter: 'page', code: 'too_small' }]);
        expect(response.headers.get('content-language')).toBe('zh-TW');
      } finally {
        await app.close();
      }
    });

    it("a schemaErrorFormatter's public error, or one with a status of its own, is the app's answer", async () => {
      const app = major.fastify({
        schemaErrorFormatter: (_errors: unknown, dataVar: string) =>
          dataVar === 'querystring'
            ? Object.assign(new Error(`Invalid ${dataVar}: please check the form`), { statusCode: 409, expose: true })
            : new Error(`${dataVar} is not valid`),
      });
      await app.register(statusI18n, {});
      const page = { type: 'object', properties: { page: { type: 'integer' } } };
      app.get('/q', { schema: { querystring: page } }, async () => 'ok');
      app.get('/p/:page', { schema: { params: page } }, async () => 'ok');
      const base = await listen(app);
      try {
        const own = await fetch(`${base}/q?page=x`);
        expect(own.status).toBe(409);
        const body = await problemOf(own);
        expect(body).toEqual({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Invalid querystring: please check the form',
          // The string code Fastify gives every validation error, shown as any exposed error's is.
          code: 'FST_ERR_VALIDATION',
        });
        // A formatter that only rewords the message (for the log): field errors, as with Fastify's own.
        const reworded = await fetch(`${base}/p/x`);
        expect(reworded.status).toBe(422);
        expect((await problemOf(reworded)).errors).toEqual([
          { detail: 'Must be an integer.', parameter: 'page', code: 'type' },
        ]);
      } finally {
        await app.close();
      }
    });
  });

  it("an onSend hook that changes the status (as @fastify/etag's 304 does) gets that status's reason phrase", async () => {
    const { app, base } = await serve({}, (app) => {
      app.addHook('onSend', async (request, reply, payload) => {
        if (request.headers['if-none-match'] !== undefined) reply.code(304);
        return payload;
      });
      app.get('/crash', async (_request, reply) => {
        reply.raw.statusMessage = 'OK';
        throw new Error(PASSWORD);
      });
      app.get('/invalid', async () => {
        throw createError(422, 'Invalid');
      });
    });
    try {
      const crash = await fetch(`${base}/crash`);
      expect([crash.status, crash.statusText]).toEqual([500, 'Internal Server Error']);
      const notModified = await fetch(`${base}/crash`, { headers: { 'If-None-Match': '"x"' } });
      expect([notModified.status, notModified.statusText]).toEqual([304, 'Not Modified']);
      // RFC 9110's phrase where Node.js has an older one.
      const invalid = await fetch(`${base}/invalid`);
      expect([invalid.status, invalid.statusText]).toEqual([422, 'Unprocessable Content']);
    } finally {
      await app.close();
    }
  });

  describe("Fastify's own errors: the catalog's words, never what the client sent", () => {
    let app: Awaited<ReturnType<typeof serve>>['app'];
    let base: string;
    beforeAll(async () => {
      ({ app, base } = await serve({}, (app) => {
        app.post('/echo', async (request) => request.body);
      }));
    });
    afterAll(() => app.close());

    const post = (body: string | ReadableStream, headers: Record<string, string>, init: RequestInit = {}) =>
      fetch(`${base}/echo`, { method: 'POST', body, headers, ...init });

    it('malformed JSON: 400', async () => {
      const response = await post(`{"password":"${PASSWORD}",}`, { 'Content-Type': 'application/json' });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      expect(text).not.toMatch(/JSON|position|hunter2/);
    });

    it('an empty JSON body: 400', async () => {
      const response = await post('', { 'Content-Type': 'application/json' });
      expect(response.status).toBe(400);
      expect(await problemOf(response)).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
    });

    it('a media type no parser reads: 415, without repeating it', async () => {
      const response = await post('x', { 'Content-Type': `application/x-${PASSWORD}`, Accept: 'text/html' });
      expect(response.status).toBe(415);
      const text = await response.text();
      expect(text).toContain(catalogWords(415).detail);
      expect(text).not.toContain(PASSWORD);
    });

    it('a body over the limit, declared or streamed: 413', async () => {
      const big = JSON.stringify({ password: PASSWORD, padding: 'x'.repeat(100) });
      const declared = await post(big, { 'Content-Type': 'application/json' });
      expect(declared.status).toBe(413);
      expect(await problemOf(declared)).toEqual({ type: 'about:blank', status: 413, ...catalogWords(413) });
      const streamed = await post(
        Readable.toWeb(Readable.from([big])) as ReadableStream,
        { 'Content-Type': 'application/json' },
        {
          duplex: 'half',
        } as RequestInit,
      );
      expect(streamed.status).toBe(413);
      expect(await streamed.text()).not.toContain(PASSWORD);
    });
  });

  describe("@fastify/sensible's errors and @fastify/error's", () => {
    let app: Awaited<ReturnType<typeof serve>>['app'];
    let base: string;
    const SeatTaken = createFastifyError('APP_SEAT_TAKEN', 'Seat %s is taken', 409);
    const Broken = createFastifyError('APP_BROKEN', 'Pool %s exhausted');
    beforeAll(async () => {
      ({ app, base } = await serve({}, (app) => {
        const { httpErrors } = app as unknown as { httpErrors: Record<string, (message?: string) => Error> };
        app.get('/conflict', async () => {
          throw httpErrors.conflict?.('Seat 12A is taken');
        });
        app.get('/reply-not-found', async (_request, reply) => {
          (reply as unknown as { notFound(): void }).notFound();
          return reply;
        });
        app.get('/reply-bad-request', async (_request, reply) => {
          (reply as unknown as { badRequest(message: string): void }).badRequest(
            'The seat must be a letter and a number',
          );
          return reply;
        });
        app.get('/internal', async () => {
          throw httpErrors.internalServerError?.('connect ECONNREFUSED db.internal:5432');
        });
        app.get('/seat', async () => {
          throw new SeatTaken('12A');
        });
        app.get('/broken', async () => {
          throw new Broken('db-primary');
        });
      }));
    });
    afterAll(() => app.close());

    it('httpErrors.conflict(message): an exposed 4xx, its message the detail', async () => {
      const response = await fetch(`${base}/conflict`, { headers: { 'Accept-Language': 'zh-TW' } });
      expect(response.status).toBe(409);
      expect(await problemOf(response)).toEqual({
        type: 'about:blank',
        title: catalogWords(409, 'zh-TW').title,
        status: 409,
        detail: 'Seat 12A is taken',
      });
    });

    it('reply.notFound() and reply.badRequest(message) through the error handler', async () => {
      const notFound = await fetch(`${base}/reply-not-found`, { headers: { Accept: 'text/html' } });
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await notFound.text()).toContain(catalogWords(404).detail as string);
      const badRequest = await fetch(`${base}/reply-bad-request`);
      expect(badRequest.status).toBe(400);
      expect((await problemOf(badRequest)).detail).toBe('The seat must be a letter and a number');
    });

    it('httpErrors.internalServerError(message): a hidden 500', async () => {
      const response = await fetch(`${base}/internal`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ type: 'about:blank', status: 500, ...catalogWords(500) });
      expect(text).not.toContain('ECONNREFUSED');
    });

    it('@fastify/error: its status, with the catalog’s words, since it does not say its message is public', async () => {
      const seat = await fetch(`${base}/seat`);
      expect(seat.status).toBe(409);
      expect(await problemOf(seat)).toEqual({ type: 'about:blank', status: 409, ...catalogWords(409) });
      const broken = await fetch(`${base}/broken`);
      expect(broken.status).toBe(500);
      expect(await broken.text()).not.toContain('db-primary');
    });
  });

  describe("@fastify/multipart's 406s for a body it cannot read: the status they mean", () => {
    let app: Awaited<ReturnType<typeof serve>>['app'];
    let base: string;
    beforeAll(async () => {
      ({ app, base } = await serve({}, (app) => {
        app.register(major.plugins.multipart);
        app.post('/avatar', { bodyLimit: 4096 }, async (request) => {
          const parts = (request as unknown as { parts(): AsyncIterable<unknown> }).parts();
          for await (const _part of parts) {
            // Read every part, as a route does, until the parser fails.
          }
          return { ok: true };
        });
      }));
    });
    afterAll(() => app.close());

    it('a request that is not multipart: 415 and its words, not the 406 words about Accept', async () => {
      const response = await fetch(`${base}/avatar`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
        body: JSON.stringify({ avatar: PASSWORD }),
      });
      expect(response.status).toBe(415);
      expect(await problemOf(response)).toEqual({ type: 'about:blank', status: 415, ...catalogWords(415, 'zh-CN') });
    });

    it('a field declared JSON that does not parse: 400 and its words, never the field', async () => {
      const boundary = 'b0undary';
      const response = await fetch(`${base}/avatar`, {
        method: 'POST',
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{${PASSWORD}\r\n--${boundary}--\r\n`,
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      expect(text).not.toContain(PASSWORD);
    });
  });

  describe('a URL Fastify cannot decode (FST_ERR_BAD_URL)', () => {
    const PATH = `/files/%%${PASSWORD}`;

    it('with frameworkErrors: answered by the plugin, in the negotiated format and language, without the path', async () => {
      const app = major.fastify({ frameworkErrors });
      await app.register(statusI18n, { log: false, instance: true });
      app.get('/files/:name', async () => 'ok');
      try {
        const response = await fetch(`${await listen(app)}${PATH}`, {
          headers: { Accept: 'text/html', 'Accept-Language': 'zh-CN' },
        });
        expect(response.status).toBe(400);
        expect(response.headers.get('content-language')).toBe('zh-CN');
        const page = await response.text();
        expect(page).toContain(catalogWords(400, 'zh-CN').title as string);
        expect(page).not.toContain(PASSWORD);
      } finally {
        await app.close();
      }
    });

    it('without it: Fastify answers itself, quoting the path (the README says to pass frameworkErrors)', async () => {
      const app = major.fastify();
      await app.register(statusI18n, { log: false });
      app.get('/files/:name', async () => 'ok');
      try {
        const response = await fetch(`${await listen(app)}${PATH}`);
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/json');
        expect(await response.text()).toContain(PASSWORD);
      } finally {
        await app.close();
      }
    });

    it('frameworkErrors without the plugin on the root (in a child scope, or not at all): the default answer', async () => {
      for (const inChildScope of [true, false]) {
        const app = major.fastify({ frameworkErrors });
        if (inChildScope) {
          await app.register(async (child) => {
            await child.register(statusI18n, { log: false });
          });
        }
        app.get('/files/:name', async () => 'ok');
        try {
          const response = await fetch(`${await listen(app)}${PATH}`, { headers: { 'Accept-Language': 'zh-CN' } });
          expect(response.status).toBe(400);
          expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
          const text = await response.text();
          expect(JSON.parse(text)).toMatchObject({ status: 400, title: catalogWords(400, 'zh-CN').title });
          expect(text).not.toContain(PASSWORD);
        } finally {
          await app.close();
        }
      }
    });
  });
});

// fastify-type-provider-zod's current release is for Fastify 5 (its peer dependency).
describe('Fastify 5 with fastify-type-provider-zod', () => {
  const Query = z.object({ page: z.coerce.number().int().min(1) });
  const Body = z.object({ email: z.email(), age: z.number().int().min(18, 'You must be 18 or older') });

  it('fastify-type-provider-zod: each field in the words of its rule, an author’s message kept', async () => {
    const app = (fastifyMajors.find((major) => major.name === 'Fastify 5') as FastifyMajor).fastify({});
    await app.register(statusI18n, {});
    app.setValidatorCompiler(zodValidatorCompiler);
    app.setSerializerCompiler(zodSerializerCompiler);
    app.post('/signup', { schema: { body: Body }, bodyLimit: 4096 }, async () => 'ok');
    app.get('/orders', { schema: { querystring: Query } }, async () => 'ok');
    const base = await listen(app);
    try {
      const response = await fetch(`${base}/signup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: PASSWORD, age: 17 }),
      });
      expect(response.status).toBe(422);
      const body = await problemOf(response);
      expect(body.errors).toEqual([
        { detail: 'Must be an email address.', pointer: '#/email', code: 'invalid_format' },
        { detail: 'You must be 18 or older', pointer: '#/age', code: 'too_small' },
      ]);
      expect(JSON.stringify(body)).not.toContain(PASSWORD);
      const query = await fetch(`${base}/orders?page=0`, { headers: { 'Accept-Language': 'zh-CN' } });
      expect((await problemOf(query)).errors).toEqual([
        { detail: expect.stringMatching(/1/), parameter: 'page', code: 'too_small' },
      ]);
    } finally {
      await app.close();
    }
  });
});
