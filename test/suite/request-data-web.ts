import { describe as describeCode } from '@status-i18n/core';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import request from 'supertest';
import type { AppSetup, Framework } from './frameworks';

const PASSWORD = 'hunter2';
const MALFORMED = `{"user":"a","password":"${PASSWORD}",}`;
const LIMIT = 64;
const TOO_LARGE = JSON.stringify({ user: 'a', password: PASSWORD, padding: 'x'.repeat(LIMIT) });
const JSON_TYPE = { 'Content-Type': 'application/json' };
const ACCEPTS = ['application/problem+json', 'application/json', 'text/html', 'text/plain'];

function post(framework: Framework, setup: AppSetup, body: string, headers: Record<string, string>) {
  let pending = request(framework.server(setup)).post('/boom');
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  return pending.send(body);
}

function catalogWords(status: number, locale = 'en') {
  const entry = describeCode(status, { locale });
  return { title: entry?.title, detail: entry?.description };
}

const quiet = { log: () => undefined };
const honoJson: NonNullable<AppSetup['before']> = { hono: () => validator('json', (value) => value) };
const readJson: NonNullable<AppSetup['before']> = { fetch: (req) => req.json() };

/**
 * The web adapters have no body parser of Express's or Koa's in front: a Hono app validates the body with
 * hono/validator and limits it with hono/body-limit; a plain fetch handler reads it with `request.json()`.
 */
export function webParserRules(framework: Framework): void {
  if (framework.kind === 'hono') {
    it('Hono: answers hono/validator’s malformed JSON with the catalog’s words in every format', async () => {
      for (const accept of ACCEPTS) {
        const response = await post(framework, { before: honoJson, options: quiet }, MALFORMED, {
          ...JSON_TYPE,
          Accept: accept,
        });
        expect([accept, response.status]).toEqual([accept, 400]);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toMatch(/JSON|position|token/);
        expect(response.text).toContain(catalogWords(400).detail);
      }
    });

    it('Hono: gives the problem only its standard members, in the client’s language', async () => {
      const response = await post(framework, { before: honoJson, options: quiet }, MALFORMED, {
        ...JSON_TYPE,
        'Accept-Language': 'zh-CN',
      });
      expect(response.body).toEqual({ type: 'about:blank', status: 400, ...catalogWords(400, 'zh-CN') });
    });

    it('Hono: shows the validator’s message with debug: true, for the developer', async () => {
      const response = await post(framework, { before: honoJson, options: { ...quiet, debug: true } }, MALFORMED, {
        ...JSON_TYPE,
      });
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('Malformed JSON in request body');
      expect(response.text).not.toContain(PASSWORD);
    });

    it('Hono: answers hono/body-limit’s 413 with the catalog’s words (the limit is not told: the error has none)', async () => {
      for (const accept of ACCEPTS) {
        const response = await post(
          framework,
          { before: { hono: () => bodyLimit({ maxSize: LIMIT }) }, options: quiet },
          TOO_LARGE,
          { ...JSON_TYPE, Accept: accept },
        );
        expect([accept, response.status]).toEqual([accept, 413]);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toContain('Payload Too Large');
        if (accept === 'application/problem+json') {
          expect(response.body).toEqual({ type: 'about:blank', status: 413, ...catalogWords(413) });
        }
      }
    });

    it('Hono: accepts what Hono accepts: a JSON string body, an unknown Content-Encoding (read as it is)', async () => {
      const string = await post(framework, { before: honoJson, options: quiet }, `"${PASSWORD}"`, JSON_TYPE);
      expect(string.status).toBe(200);
      const coded = await post(framework, { before: honoJson, options: quiet }, '{}', {
        ...JSON_TYPE,
        'Content-Encoding': `x-${PASSWORD}`,
      });
      expect(coded.status).toBe(200);
    });
  } else {
    it('fetch: a malformed body read with request.json() is a hidden 500 that never repeats it, logged', async () => {
      for (const accept of ACCEPTS) {
        const log = jest.fn();
        const response = await post(framework, { before: readJson, options: { log } }, MALFORMED, {
          ...JSON_TYPE,
          Accept: accept,
        });
        expect([accept, response.status]).toEqual([accept, 500]);
        expect(response.text).not.toContain(PASSWORD);
        expect(response.text).not.toMatch(/JSON|position|token/i);
        expect(response.text).toContain(catalogWords(500).detail);
        expect(log).toHaveBeenCalledWith(expect.any(SyntaxError), expect.any(Request), expect.anything());
      }
    });
  }
}
