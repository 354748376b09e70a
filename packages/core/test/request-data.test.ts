import createError from 'http-errors';
import { errorHeaders } from '../src/error/headers';
import { normalizeError } from '../src/error/normalize';
import { isBodyParserError } from '../src/error/request-data';

describe('normalizeError(thrown): request-body parser errors', () => {
  it('does not expose a parser error’s message and keeps only the limit of a too-large body', () => {
    const tooLarge = createError(413, 'request entity too large', {
      expected: 2000,
      length: 2000,
      limit: 100,
      type: 'entity.too.large',
    });
    expect(normalizeError(tooLarge)).toMatchObject({ status: 413, exposed: false, extensions: { limit: 100 } });
    const parse = createError(400, 'Unexpected token', { body: '{"a":,}', type: 'entity.parse.failed' });
    expect(normalizeError(parse)).toMatchObject({ status: 400, exposed: false, extensions: {} });
  });

  it('keeps a limit only when it is a whole number of bytes', () => {
    for (const limit of ['100', -1, 1.5, Number.NaN]) {
      const error = createError(413, 'too large', { limit, type: 'entity.too.large' });
      expect(normalizeError(error).extensions).toEqual({});
    }
  });
});

describe('isBodyParserError(thrown)', () => {
  it('recognizes a parser’s type, or the request handed back as a string or bytes in body', () => {
    expect(isBodyParserError({ type: 'charset.unsupported' })).toBe(true);
    expect(isBodyParserError({ body: Buffer.from('{') })).toBe(true);
    expect(isBodyParserError({ body: '{' })).toBe(true);
    expect(isBodyParserError({ body: { parsed: true }, type: 'order.invalid' })).toBe(false);
  });

  it('never throws on a value whose reads throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(isBodyParserError(hostile)).toBe(false);
    expect(isBodyParserError({ body: hostile })).toBe(false);
  });
});

describe('errorHeaders(error)', () => {
  it('reads at most 50 entries of a Map', () => {
    const headers = new Map(Array.from({ length: 500 }, (_, index) => [`X-H${index}`, '1'] as const));
    expect(errorHeaders({ headers })).toHaveLength(50);
  });

  it('reads nothing from a look-alike Map or a proxy, and never throws', () => {
    const lookAlike = { [Symbol.toStringTag]: 'Map', entries: () => [['Retry-After', '1']][Symbol.iterator]() };
    const { proxy, revoke } = Proxy.revocable(new Map([['Retry-After', '1']]), {});
    revoke();
    for (const headers of [lookAlike, proxy, new Proxy(new Headers({ 'Retry-After': '1' }), {})]) {
      expect(errorHeaders({ headers })).toEqual([]);
    }
  });
});
