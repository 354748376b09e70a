import { createErrorLayer, type ErrorLayerOptions, type ErrorRequest } from '@status-i18n/core';
import createError from 'http-errors';

/**
 * A problem made of the catalog's words alone (nothing exposed, no members, no headers of the error's) is built
 * once per status and language and shared, so its plan is found without building it again. Anything that makes a
 * response of its own must still get one.
 */

const requestFor = (path: string, language = 'en', method = 'GET'): ErrorRequest<undefined> => ({
  method,
  path,
  header: (name) => (name === 'accept-language' ? language : undefined),
  context: undefined,
});

const layerWith = (options: ErrorLayerOptions<undefined> = {}) =>
  createErrorLayer<undefined>({ log: false, ...options }, { log: () => undefined });

const bodyOf = (plan: { body: Uint8Array }) => JSON.parse(new TextDecoder().decode(plan.body));

describe('a problem of the catalog’s words alone', () => {
  it('answers every thrown value of one status and language with the same plan', () => {
    const layer = layerWith();
    const hidden = [new Error('db password is hunter2'), 'a string', null, { status: 503.5 }];
    const plans = hidden.map((thrown) => layer.respond(thrown, requestFor('/a')));
    for (const plan of plans) expect(plan).toBe(plans[0]);
    expect(bodyOf(plans[0] as { body: Uint8Array })).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: expect.any(String),
    });
    // The standard phrase an http-errors 404 carries counts as no message: the catalog's words, shared too.
    expect(layer.respond(createError(404), requestFor('/b'))).toBe(layer.notFound(requestFor('/c')));
  });

  it('keeps statuses, languages and methods apart', () => {
    const layer = layerWith();
    const english = layer.respond(createError(404), requestFor('/a'));
    const chinese = layer.respond(createError(404), requestFor('/a', 'zh-CN'));
    expect(chinese).not.toBe(english);
    expect(chinese.headers).toContainEqual(['content-language', 'zh-CN']);
    expect(layer.respond(createError(410), requestFor('/a'))).not.toBe(english);
    expect(layer.respond(createError(404), requestFor('/a', 'en', 'HEAD'))).not.toBe(english);
  });

  it('is not shared when the error brings words, members or headers of its own', () => {
    const layer = layerWith();
    const plain = layer.respond(createError(401), requestFor('/a'));
    const withHeader = layer.respond(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }), requestFor('/a'));
    expect(withHeader).not.toBe(plain);
    expect(withHeader.headers).toContainEqual(['WWW-Authenticate', 'Bearer']);
    const withWords = layer.respond(createError(401, 'Token expired'), requestFor('/a'));
    expect(bodyOf(withWords).detail).toBe('Token expired');
    const withMembers = layer.respond(createError(401, { code: 'TOKEN_EXPIRED' }), requestFor('/a'));
    expect(bodyOf(withMembers).code).toBe('TOKEN_EXPIRED');
    expect(layer.respond(createError(401), requestFor('/b'))).toBe(plain);
  });

  it.each<[string, ErrorLayerOptions<undefined>, (body: Record<string, unknown>) => void]>([
    ['instance', { instance: true }, (body) => expect(body.instance).toBe('/orders/7')],
    [
      'type',
      { type: (_status, key) => `https://errors.example.com/${key}` },
      (body) => expect(body.type).toMatch(/NOT_FOUND$/),
    ],
    ['map', { map: () => ({ detail: 'Mapped' }) }, (body) => expect(body.detail).toBe('Mapped')],
    ['transform', { transform: (problem) => ({ ...problem, hint: 'h' }) }, (body) => expect(body.hint).toBe('h')],
    ['requestId', { requestId: () => 'req-1' }, (body) => expect(body.requestId).toBe('req-1')],
    ['debug', { debug: true }, (body) => expect(Array.isArray(body.stack)).toBe(true)],
  ])('is not used with the %s option, which shapes each problem', (_name, options, check) => {
    const layer = layerWith(options);
    check(bodyOf(layer.respond(createError(404), requestFor('/orders/7'))));
  });
});
