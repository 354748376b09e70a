import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe as describeCode } from '@status-i18n/core';
import createError from 'http-errors';
import { koaBody } from 'koa-body';
import bodyParser from 'koa-bodyparser';
import multer from 'multer';
import request from 'supertest';
import * as v from 'valibot';
import { z } from 'zod4';
import { call, quiet, throwing } from './client';
import { type AppSetup, differs, type Framework } from './frameworks';
import { webParserRules } from './request-data-web';

const PASSWORD = 'hunter2';
const MALFORMED = `{"user":"a","password":"${PASSWORD}",}`;
// body-parser and co-body both refuse a JSON string in strict mode; Node's message then quotes the input.
const STRING_BODY = `"${PASSWORD}"`;
const LIMIT = 64;
const TOO_LARGE = JSON.stringify({ user: 'a', password: PASSWORD, padding: 'x'.repeat(LIMIT) });

const ACCEPTS = {
  'problem+json': 'application/problem+json',
  json: 'application/json',
  html: 'text/html',
  text: 'text/plain',
} as const;

/** A body parser in front of the route, as an application mounts it, and a body it reads. */
interface Parser {
  readonly name: string;
  readonly contentType: string;
  /** The setup with the parser in front; `limit` in bytes. */
  readonly before: (limit: number) => NonNullable<AppSetup['before']>;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const FORM = 'application/x-www-form-urlencoded';

// Express: the parsers Express ships (body-parser 1 in Express 4, 2 in Express 5). Koa: the two usual ones, both
// on co-body, for each kind of body they read by default.
const EXPRESS_PARSERS: readonly Parser[] = [
  {
    name: 'express.json()',
    contentType: 'application/json',
    before: (limit) => ({ express: (e) => e.json({ limit }) }),
  },
  {
    name: 'express.urlencoded()',
    contentType: FORM,
    before: (limit) => ({ express: (e) => e.urlencoded({ limit, extended: false }) }),
  },
  { name: 'express.text()', contentType: 'text/plain', before: (limit) => ({ express: (e) => e.text({ limit }) }) },
];
const koaBodyParser = (limit: number) => ({
  koa: () => bodyParser({ jsonLimit: String(limit), formLimit: String(limit) }),
});
const koaBodyMiddleware = (limit: number) => ({
  koa: () => koaBody({ jsonLimit: limit, formLimit: limit, textLimit: limit }),
});
// Fastify: its own JSON and text parsers, and @fastify/formbody (of the Fastify major under test) for forms; the
// limit is the route's `bodyLimit`, which every parser honours.
const fastifyLimit = (limit: number) => ({ fastify: () => ({ bodyLimit: limit }) });
const FASTIFY_PARSERS: readonly Parser[] = [
  { name: "Fastify's JSON parser", contentType: 'application/json', before: fastifyLimit },
  {
    name: '@fastify/formbody',
    contentType: FORM,
    before: (limit) => ({
      fastify: (app, plugins) => {
        app.register(plugins.formbody);
        return { bodyLimit: limit };
      },
    }),
  },
  { name: "Fastify's text parser", contentType: 'text/plain', before: fastifyLimit },
];
const KOA_PARSERS: readonly Parser[] = [
  { name: 'koa-bodyparser (JSON)', contentType: 'application/json', before: koaBodyParser },
  { name: 'koa-bodyparser (form)', contentType: FORM, before: koaBodyParser },
  { name: 'koa-body (JSON)', contentType: 'application/json', before: koaBodyMiddleware },
  { name: 'koa-body (form)', contentType: FORM, before: koaBodyMiddleware },
  { name: 'koa-body (text)', contentType: 'text/plain', before: koaBodyMiddleware },
];

function post(framework: Framework, setup: AppSetup, body: string, headers: Record<string, string>) {
  let pending = request(framework.server(setup)).post('/boom');
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  return pending.send(body);
}

/** The catalog's words for a status, as the client must get them instead of the parser's. */
function catalogWords(status: number, locale = 'en') {
  const entry = describeCode(status, { locale });
  return { title: entry?.title, detail: entry?.description };
}

// Nest parses JSON and form bodies itself, on either platform (body-parser on Express, Fastify's own parsers).
const nestParser = (limit: number) => ({ nest: { limit } });
const NEST_PARSERS: readonly Parser[] = [
  { name: "Nest's JSON parser", contentType: 'application/json', before: nestParser },
  { name: "Nest's form parser", contentType: FORM, before: nestParser },
];

const NODE_PARSERS = { express: EXPRESS_PARSERS, koa: KOA_PARSERS, fastify: FASTIFY_PARSERS, nest: NEST_PARSERS };

/** Express, Koa, Fastify and Nest: the body parsers in front of the routes, and the errors they throw. */
function nodeParserRules(framework: Framework, parsers: readonly Parser[]): void {
  const jsonParser = parsers[0] as Parser;

  for (const [format, accept] of Object.entries(ACCEPTS)) {
    it(`answers a malformed JSON body with the catalog's words, never the body or the parser's message (${format})`, async () => {
      for (const body of [MALFORMED, STRING_BODY]) {
        const response = await post(framework, { before: jsonParser.before(1024), options: quiet }, body, {
          ...JSON_TYPE,
          Accept: accept,
        });
        if (body === STRING_BODY && differs(framework, 'json-string-body')) {
          // The route gets the string: there is no error to answer.
          expect(response.status).toBe(200);
          continue;
        }
        expect(response.status).toBe(400);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toMatch(/JSON|position|token/i);
        expect(response.text).toContain(catalogWords(400).detail);
      }
    });
  }

  it('gives the problem only its standard members, in the client’s language', async () => {
    const response = await post(framework, { before: jsonParser.before(1024), options: quiet }, MALFORMED, {
      ...JSON_TYPE,
      'Accept-Language': 'zh-CN',
    });
    expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400, 'zh-CN') });
  });

  it('answers a body over the limit with 413 and the catalog’s words; only the limit is told', async () => {
    for (const parser of parsers) {
      for (const [format, accept] of Object.entries(ACCEPTS)) {
        const response = await post(framework, { before: parser.before(LIMIT), options: quiet }, TOO_LARGE, {
          'Content-Type': parser.contentType,
          Accept: accept,
        });
        expect([parser.name, format, response.status]).toEqual([parser.name, format, 413]);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toMatch(/entity/i);
        // Without the parser's limit, the problem has the catalog's words only.
        const limit = differs(framework, 'body-limit-member') ? {} : { limit: LIMIT };
        if (format === 'problem+json') {
          expect(response.body).toEqual({ type: 'about:blank', status: 413, ...catalogWords(413), ...limit });
        }
        if (format === 'text' && 'limit' in limit) expect(response.text).toContain(`limit: ${LIMIT}`);
      }
    }
  });

  it('answers a content coding it cannot read with 415, without repeating it', async () => {
    const response = await post(framework, { before: jsonParser.before(1024), options: quiet }, '{}', {
      ...JSON_TYPE,
      'Content-Encoding': `x-${PASSWORD}`,
    });
    if (differs(framework, 'content-encoding')) {
      // The body is read as sent: the route answers.
      expect(response.status).toBe(200);
      return;
    }
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ type: 'about:blank', status: 415, ...catalogWords(415) });
    expect(response.text).not.toContain(PASSWORD);
  });

  if (framework.kind === 'express') {
    it('Express: answers a charset body-parser cannot decode with 415, without repeating it', async () => {
      const response = await post(framework, { before: jsonParser.before(1024), options: quiet }, '{}', {
        'Content-Type': `application/json; charset=x-${PASSWORD}`,
        Accept: 'text/html',
      });
      expect(response.status).toBe(415);
      expect(response.text).toContain(catalogWords(415).detail);
      expect(response.text.toLowerCase()).not.toContain(PASSWORD);
    });

    it('Express: answers a body that does not inflate with 400 and the catalog’s words, not zlib’s', async () => {
      const response = await post(
        framework,
        { before: jsonParser.before(1024), options: quiet },
        `{"password":"${PASSWORD}"}`,
        {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
        },
      );
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      expect(response.text).not.toContain('incorrect header check');
      expect(response.text).not.toContain('Z_DATA_ERROR');
    });

    it('Express: answers too many form fields with 413, without repeating them', async () => {
      const form = Array.from({ length: 20 }, (_, index) => `f${index}=${PASSWORD}`).join('&');
      const response = await post(
        framework,
        {
          before: { express: (factory) => factory.urlencoded({ extended: false, parameterLimit: 5 }) },
          options: quiet,
        },
        form,
        { 'Content-Type': 'application/x-www-form-urlencoded' },
      );
      expect(response.status).toBe(413);
      expect(response.body).toEqual({ type: 'about:blank', status: 413, ...catalogWords(413) });
    });
  }

  if (framework.kind === 'koa') {
    it('Koa: answers a body that does not inflate with 400, not a logged 500 (co-body passes zlib’s error on)', async () => {
      // koa-bodyparser only: koa-body (same co-body) wraps any error that is not `instanceof Error` of its realm,
      // and under Jest zlib's errors come from another realm than the test's (in an app they are passed on as they
      // are; checked by hand with koa-body 8).
      for (const parser of [koaBodyParser(1024)]) {
        const log = jest.fn();
        const response = await post(framework, { before: parser, options: { log } }, `{"password":"${PASSWORD}"}`, {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
        });
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
        expect(response.text).not.toMatch(/incorrect header check|Z_DATA_ERROR/);
        expect(log).not.toHaveBeenCalled();
      }
    });

    it('Koa: a zlib failure of the app’s own, the body read or left unread, is still a logged 500', async () => {
      for (const before of [koaBodyParser(1024), undefined]) {
        const log = jest.fn();
        const response = await request(
          framework.server({
            ...(before === undefined ? {} : { before }),
            route: () => gunzipSync(Buffer.from('server data, not gzip')),
            options: { log },
          }),
        )
          .post('/boom')
          .set({ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
          // The bytes as they are (superagent would write a Buffer under a JSON type as JSON).
          .serialize((bytes: unknown) => bytes as string)
          .send(gzipSync('{"seat":"12A"}'));
        expect(response.status).toBe(500);
        expect(log).toHaveBeenCalledTimes(1);
      }
    });

    it('Koa: keeps the parser’s words out when the app rethrows its error as public (ctx.throw(400, err))', async () => {
      const response = await post(
        framework,
        {
          before: { koa: () => bodyParser({ onerror: (error, ctx) => ctx.throw(400, error) }) },
          options: quiet,
        },
        MALFORMED,
        { ...JSON_TYPE, Accept: 'text/html' },
      );
      expect(response.status).toBe(400);
      expect(response.text).not.toContain(PASSWORD);
      expect(response.text).not.toMatch(/JSON|position/);
    });
  }

  if (framework.kind === 'express' || framework.kind === 'koa' || framework.kind === 'fastify') {
    // multer (Express), koa-body's formidable (Koa) and @fastify/multipart's @fastify/busboy (Fastify) say the
    // status of a refused upload in their own way.
    const uploadParser = (fileSize: number): NonNullable<AppSetup['before']> => ({
      express: () => multer({ limits: { fileSize } }).single('avatar'),
      koa: () => koaBody({ multipart: true, formidable: { maxFileSize: fileSize } }),
      fastify: (app, plugins) => {
        app.register(plugins.multipart, { attachFieldsToBody: true, limits: { fileSize } });
        return {};
      },
    });
    const upload = (setup: AppSetup, field: string) =>
      request(framework.server(setup))
        .post('/boom')
        .set('Accept-Language', 'zh-CN')
        .attach(field, Buffer.alloc(4096, 'a'), `${PASSWORD}.png`);

    it('answers an upload over the parser’s file size limit with 413 and the catalog’s words, never the file name', async () => {
      const response = await upload({ before: uploadParser(1024), options: quiet }, 'avatar');
      expect(response.status).toBe(413);
      expect(response.body).toEqual({ type: 'about:blank', status: 413, ...catalogWords(413, 'zh-CN') });
      expect(response.text).not.toContain(PASSWORD);
    });

    if (framework.kind === 'express') {
      it('Express: answers a file in a field multer does not take with 400, never the field or file name', async () => {
        const response = await upload({ before: uploadParser(1024 * 1024), options: quiet }, `x${PASSWORD}`);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400, 'zh-CN') });
        expect(response.text).not.toContain(PASSWORD);
      });
    }

    it('answers a multipart body without a boundary, or cut short, with 400 and the catalog’s words', async () => {
      const server = framework.server({ before: uploadParser(1024), options: quiet });
      const boundary = 'b0undary';
      for (const [contentType, body] of [
        ['multipart/form-data', `--x\r\n${PASSWORD}`],
        [
          `multipart/form-data; boundary=${boundary}`,
          `--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="${PASSWORD}.png"\r\n\r\nabc`,
        ],
      ]) {
        const response = await request(server)
          .post('/boom')
          .set('Content-Type', contentType as string)
          .send(body);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      }
    });

    if (framework.kind === 'fastify') {
      it('Fastify: answers a multipart boundary longer than @fastify/busboy takes (256) with 400', async () => {
        const boundary = 'b'.repeat(300);
        const response = await request(framework.server({ before: uploadParser(1024), options: quiet }))
          .post('/boom')
          .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
          .send(
            `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${PASSWORD}\r\n--${boundary}--\r\n`,
          );
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      });
    }

    if (framework.kind === 'koa') {
      it('Koa: answers a multipart body without a boundary with 400 (formidable’s httpCode)', async () => {
        const response = await request(framework.server({ before: uploadParser(1024), options: quiet }))
          .post('/boom')
          .set('Content-Type', 'multipart/form-data')
          .send(`--x\r\n${PASSWORD}`);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
      });
    }
  }

  it('still shows a parser error’s message with debug: true, for the developer', async () => {
    const response = await post(
      framework,
      { before: jsonParser.before(1024), options: { ...quiet, debug: true } },
      // A JSON string is no error where the parser takes any JSON value: a malformed body is one everywhere.
      differs(framework, 'json-string-body') ? MALFORMED : STRING_BODY,
      JSON_TYPE,
    );
    expect(response.status).toBe(400);
    expect(response.body.detail).not.toBe(catalogWords(400).detail);
    expect(response.body).not.toHaveProperty('body');
    // The stack is the error's (or what the framework made of it), not that of an adapter's own translation.
    expect(response.body.stack.join('\n')).not.toContain('readHttpException');
  });
}

export function requestDataRules(framework: Framework): void {
  describe('request data: an error response never repeats what the client sent', () => {
    if (framework.kind === 'fetch' || framework.kind === 'hono') webParserRules(framework);
    else nodeParserRules(framework, NODE_PARSERS[framework.kind]);

    it('leaves request-data members out of any exposed error, at every depth', async () => {
      const error = createError(422, 'The form is invalid', {
        code: 'FORM_INVALID',
        errors: [{ field: 'pin', message: 'must have 6 digits', value: '1234', received: '1234' }],
        input: { pin: '1234' },
        rawBody: '{"pin":"1234"}',
        length: 14,
        expected: 6,
        charset: 'utf-8',
      });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'The form is invalid',
        code: 'FORM_INVALID',
        errors: [{ field: 'pin', message: 'must have 6 digits' }],
      });
    });

    it('keeps a SyntaxError’s message out when the app marks it public (createError(400, error)): it quotes the text', async () => {
      let parseFailure: unknown;
      try {
        JSON.parse(`card=${PASSWORD}`);
      } catch (error) {
        parseFailure = error;
      }
      for (const accept of ['application/json', 'text/html', 'text/plain']) {
        const response = await call(
          framework,
          { route: throwing(createError(400, parseFailure as Error)), options: quiet },
          { headers: { Accept: accept } },
        );
        expect(response.status).toBe(400);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toContain('not valid JSON');
      }
    });

    it('keeps a Node.js system error’s message and code out when marked public (createError(404, error), koa-send): it names the server’s paths', async () => {
      const missing = join(tmpdir(), `status-i18n-${PASSWORD}.txt`);
      const notFound = await stat(missing).then(
        () => {
          throw new Error(`${missing} should not exist`);
        },
        (error: unknown) => error as Error,
      );
      for (const accept of ['application/json', 'text/html', 'text/plain']) {
        const response = await call(
          framework,
          { route: throwing(createError(404, notFound)), options: quiet },
          { headers: { Accept: accept } },
        );
        expect(response.status).toBe(404);
        for (const leak of [PASSWORD, missing, 'ENOENT', "stat '"]) expect(response.text).not.toContain(leak);
        expect(response.text).toContain(describeCode(404)?.description);
      }
    });

    it('answers a schema’s error the app marked as a 400 (createError(400, zodError)) field by field, never quoting', async () => {
      const CARD = '4111111111111111';
      const zodError = z.strictObject({ pin: z.number() }).safeParse({ pin: CARD, extra: 1 }).error;
      // What `v.parse()` throws for the same failure.
      const { issues } = v.safeParse(v.object({ pin: v.number() }), { pin: CARD });
      if (issues === undefined) throw new Error('the valibot schema should fail');
      const valiError = new v.ValiError(issues);
      for (const [schemaError, status] of [
        [zodError, 400],
        [valiError, 422],
      ] as const) {
        for (const accept of ['application/json', 'text/html', 'text/plain']) {
          const response = await call(
            framework,
            { route: throwing(createError(status, schemaError as Error)), options: quiet },
            { headers: { Accept: accept } },
          );
          expect(response.status).toBe(status);
          expect(response.text).not.toContain(CARD);
          expect(response.text).not.toMatch(/received|Expected/);
          if (accept === 'application/json') {
            expect(response.body.errors).toEqual(
              expect.arrayContaining([expect.objectContaining({ pointer: '#/pin', detail: 'Must be a number.' })]),
            );
          }
        }
      }
      // Another 4xx: no field errors to give, and still no word of what the client sent.
      const fresh = z.object({ pin: z.number() }).safeParse({ pin: CARD }).error as Error;
      const conflict = await call(framework, { route: throwing(createError(409, fresh)), options: quiet });
      expect(conflict.status).toBe(409);
      expect(conflict.text).not.toContain(CARD);
      expect(conflict.body).toEqual({ type: 'about:blank', status: 409, ...catalogWords(409) });
    });

    it('logs a schema’s error answered as a validation problem as that problem, the schema error its cause', async () => {
      const zodError = z.object({ pin: z.number() }).safeParse({ pin: 'x' }).error as Error;
      const logged: Array<{ error: unknown; status: number }> = [];
      const log = (error: unknown, _context: unknown, { status }: { status: number }) => logged.push({ error, status });
      const response = await call(framework, {
        route: throwing(createError(422, zodError)),
        options: { log, logClientErrors: true },
      });
      expect(response.status).toBe(422);
      expect(logged).toHaveLength(1);
      const [{ error, status }] = logged as [{ error: Error & { issues?: unknown[] }; status: number }];
      expect(status).toBe(422);
      // Its message says what failed (the schema error's is its issues as JSON), in English for the app's team.
      expect(error.message).toBe('1 value in the request is not valid.');
      expect(error.issues).toHaveLength(1);
      expect(error.cause).toBe(zodError);
    });

    it('treats an exposed error that carries the request text as `body` as a parser’s: its message is not shown', async () => {
      const error = createError(400, `Unexpected token in "${PASSWORD}"`, { body: PASSWORD });
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400) });
    });
  });

  describe('options.map: its extensions replace the error’s own members', () => {
    const error = () => createError(409, 'Seat taken', { code: 'SEAT_TAKEN', seat: '12A' });

    it('shows only the members map returns', async () => {
      const response = await call(framework, {
        route: throwing(error()),
        options: { ...quiet, map: () => ({ extensions: { code: 'CONFLICT' } }) },
      });
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Seat taken',
        code: 'CONFLICT',
      });
    });

    it('removes every member of the error when map returns extensions: {}', async () => {
      const response = await call(framework, {
        route: throwing(error()),
        options: { ...quiet, map: () => ({ extensions: {} }) },
      });
      expect(response.body).not.toHaveProperty('code');
      expect(response.body).not.toHaveProperty('seat');
    });

    it('shows what map returns as the application chose it, request-data names too', async () => {
      const response = await call(framework, {
        route: throwing(error()),
        options: { ...quiet, map: () => ({ extensions: { length: 3, value: 'chosen by the app' } }) },
      });
      expect(response.body).toMatchObject({ length: 3, value: 'chosen by the app' });
    });

    it('keeps the error’s members when map returns no extensions', async () => {
      const response = await call(framework, {
        route: throwing(error()),
        options: { ...quiet, map: () => ({ detail: 'That seat is no longer free' }) },
      });
      expect(response.body).toMatchObject({ detail: 'That seat is no longer free', code: 'SEAT_TAKEN', seat: '12A' });
    });
  });
}
