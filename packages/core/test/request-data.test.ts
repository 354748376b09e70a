import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import createError from 'http-errors';
import { errorHeaders } from '../src/error/headers';
import { normalizeError } from '../src/error/normalize';
import {
  BODY_PARSER_TYPES,
  isBodyParserError,
  REQUEST_DATA_MEMBERS,
  REQUEST_FACT_MEMBERS,
} from '../src/error/request-data';
import { REMOVED_HEADERS } from '../src/layer/response-headers';

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
    expect(errorHeaders({ headers }, 400)).toHaveLength(50);
  });

  it('reads nothing from a look-alike Map or a proxy, and never throws', () => {
    const lookAlike = { [Symbol.toStringTag]: 'Map', entries: () => [['Retry-After', '1']][Symbol.iterator]() };
    const { proxy, revoke } = Proxy.revocable(new Map([['Retry-After', '1']]), {});
    revoke();
    for (const headers of [lookAlike, proxy, new Proxy(new Headers({ 'Retry-After': '1' }), {})]) {
      expect(errorHeaders({ headers }, 400)).toEqual([]);
    }
  });
});

describe('README and SECURITY.md: the exposure and header policy as the code has it', () => {
  const root = join(__dirname, '..', '..', '..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const policy = readme.slice(
    readme.indexOf('### What of an error reaches the client'),
    readme.indexOf('## Command line'),
  );
  const security = readFileSync(join(root, 'SECURITY.md'), 'utf8');

  it('names every request-data member and every body-parser type', () => {
    const names = [...REQUEST_DATA_MEMBERS, ...REQUEST_FACT_MEMBERS, ...BODY_PARSER_TYPES];
    expect(names.filter((name) => !policy.includes(`\`${name}\``))).toEqual([]);
    const members = [...REQUEST_DATA_MEMBERS, ...REQUEST_FACT_MEMBERS];
    expect(members.filter((name) => !security.includes(`\`${name}\``))).toEqual([]);
  });

  it('names every header removed from an error response', () => {
    const named = (text: string) => (name: string) => text.toLowerCase().includes(`\`${name}\``);
    expect(REMOVED_HEADERS.filter((name) => !named(security)(name))).toEqual([]);
    const caching = REMOVED_HEADERS.slice(REMOVED_HEADERS.indexOf('cache-control'));
    expect(caching.filter((name) => !named(readme)(name))).toEqual([]);
  });
});
