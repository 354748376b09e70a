import { createErrorLayer, type ErrorRequest } from '@status-i18n/core';
import createError from 'http-errors';

/** `instance: true` puts the request path in `instance`, a URI reference (RFC 9457): only a path that is one. */

const requestFor = (path: string): ErrorRequest<undefined> => ({
  method: 'GET',
  path,
  header: () => undefined,
  context: undefined,
});

const instanceOf = (path: string) => {
  const layer = createErrorLayer<undefined>({ log: false, instance: true }, { log: () => undefined });
  const plan = layer.respond(createError(404), requestFor(path));
  return JSON.parse(new TextDecoder().decode(plan.body)).instance;
};

describe('options.instance', () => {
  it('is the path when it is a valid URI path: RFC 3986 characters and whole percent-escapes', () => {
    expect(instanceOf('/orders/7')).toBe('/orders/7');
    expect(instanceOf("/a-b_c.d~e/!$&'()*+,;=:@/%E4%B8%AD")).toBe("/a-b_c.d~e/!$&'()*+,;=:@/%E4%B8%AD");
  });

  it('is left out for a path that would name another host, or is a whole URL', () => {
    for (const path of ['//evil.example/x', '///x', 'http://evil.example/x', 'evil.example/x', '*']) {
      expect(instanceOf(path)).toBeUndefined();
    }
    expect(instanceOf('/')).toBe('/');
    expect(instanceOf('/a//b')).toBe('/a//b');
  });

  it('is left out for a path that is not one (a server could not decode it), rather than repeated', () => {
    for (const path of ['/files/%%hunter2', '/files/%zz', '/files/%4', '/files/中', '/a b', '/a"<b>', '']) {
      expect(instanceOf(path)).toBeUndefined();
    }
  });
});
