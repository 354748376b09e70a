import { describe as describeCode } from '@status-i18n/core';
import createError from 'http-errors';
import { call, quiet, throwing } from './client';
import { expectServerDefault500, type Framework, passedByHono } from './frameworks';

export function statusRules(framework: Framework): void {
  describe('status: precedence and coercion', () => {
    it.each([
      ['a 404 from http-errors', createError(404), 404],
      ['status 409', Object.assign(new Error('x'), { status: 409 }), 409],
      ['statusCode 429', Object.assign(new Error('x'), { statusCode: 429 }), 429],
      ['getStatus() 403 (NestJS-like)', Object.assign(new Error('x'), { getStatus: () => 403 }), 403],
      ['status before statusCode', Object.assign(new Error('x'), { status: 410, statusCode: 412 }), 410],
      [
        'an invalid status falls through to statusCode',
        Object.assign(new Error('x'), { status: 200, statusCode: 418 }),
        418,
      ],
      [
        'Boom output.statusCode first',
        { isBoom: true, output: { statusCode: 401, payload: {}, headers: {} }, status: 400 },
        401,
      ],
    ])('uses %s', async (_name, error, expected) => {
      const response = await call(framework, { route: throwing(error), options: quiet });
      if (passedByHono(framework, error)) {
        expectServerDefault500(response);
        return;
      }
      expect(response.status).toBe(expected);
      expect(response.body.status).toBe(expected);
    });

    it.each([
      ['200', 200],
      ['302', 302],
      ['600', 600],
      ["'abc'", 'abc'],
      ["'404' (a string)", '404'],
      ['NaN', Number.NaN],
      ['404.5', 404.5],
      ['399', 399],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-404', -404],
    ])('coerces status %s to 500', async (_name, status) => {
      const response = await call(framework, {
        route: throwing(Object.assign(new Error('x'), { status, expose: true })),
        options: quiet,
      });
      expect(response.status).toBe(500);
      expect(response.body.status).toBe(500);
    });

    it.each([432, 499, 599])('keeps the in-range status %i and answers with its class wording', async (status) => {
      const response = await call(framework, { route: throwing(createError(status)), options: quiet });
      expect(response.status).toBe(status);
      expect(response.body.status).toBe(status);
      expect(typeof response.body.title).toBe('string');
      expect(response.body.title.length).toBeGreaterThan(0);
    });

    it('gives a code the catalog lacks its class title (432 → Client Error)', async () => {
      const response = await call(framework, { route: throwing(createError(432)), options: quiet });
      expect(response.body.title).toBe('Client Error');
    });

    // Express and Fastify read a status the route set before the error (`res.status(403); next(err)`,
    // `reply.code(401); done(err)`, as @fastify/auth does), as their own handlers do; Koa's default status is 404
    // whatever happens, Nest and the fetch adapters have none.
    const readsPresetStatus = framework.kind === 'express' || framework.kind === 'fastify';
    if (!readsPresetStatus) {
      it('a status set before the error is not the error’s: a bug thrown after it is a logged 500', async () => {
        const log = jest.fn();
        const response = await call(framework, {
          route: (tools) => {
            tools.setStatus(409);
            throw new Error('no status on the error');
          },
          options: { log },
        });
        expect(response.status).toBe(500);
        expect(response.body).toMatchObject({ status: 500, title: 'Internal Server Error' });
        expect(log).toHaveBeenCalledTimes(1);
        expect(log.mock.calls[0]?.[2]).toMatchObject({ status: 500 });
      });
    }

    if (readsPresetStatus) {
      it('Express and Fastify: use a 4xx/5xx status the response already had, with the catalog’s words', async () => {
        const log = jest.fn();
        const response = await call(
          framework,
          {
            route: (tools) => {
              tools.setStatus(401);
              throw new Error('you are not authenticated');
            },
            options: { log },
          },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.status).toBe(401);
        // Not the error's own status: its message stays hidden, and a 4xx is not logged.
        expect(response.body.detail).toBe(describeCode(401, { locale: 'zh-CN' })?.description);
        expect(log).not.toHaveBeenCalled();
      });

      it('Express and Fastify: ignore a preset status outside 400–599', async () => {
        const response = await call(framework, {
          route: (tools) => {
            tools.setStatus(201);
            throw new Error('x');
          },
          options: quiet,
        });
        expect(response.status).toBe(500);
      });
    }
  });
}
