import { jsonPointer, type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';

describe('jsonPointer(path)', () => {
  it.each([
    [[], '#'],
    [['profile', 'age'], '#/profile/age'],
    [['items', 0, 'name'], '#/items/0/name'],
    [['a/b', 'c~d', '~1'], '#/a~1b/c~0d/~01'],
    [[''], '#/'],
    [['a b', '50%', 'x#y', '"q"'], '#/a%20b/50%25/x%23y/%22q%22'],
    [["it's", 'k=v&w', 'a:b@c?', '(x)*+,;$!'], "#/it's/k=v&w/a:b@c?/(x)*+,;$!"],
    [['名前'], '#/%E5%90%8D%E5%89%8D'],
    [['\ud800'], '#/%EF%BF%BD'],
  ])('writes %j as %s', (path, pointer) => {
    expect(jsonPointer(path)).toBe(pointer);
  });

  it('round-trips through RFC 6901 evaluation of the decoded fragment', () => {
    const document = { 'a/b': { 'c~d': { 'e f': { 名前: 42 } } } };
    const pointer = jsonPointer(['a/b', 'c~d', 'e f', '名前']);
    const tokens = decodeURIComponent(pointer.slice(1))
      .split('/')
      .slice(1)
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    const value = tokens.reduce<unknown>((node, token) => (node as Record<string, unknown>)[token], document);
    expect(value).toBe(42);
  });

  it('cuts a huge key, so a path cannot make a huge body', () => {
    expect(jsonPointer(['x'.repeat(100_000)]).length).toBeLessThanOrEqual(202);
  });

  it('cuts a long path of keys that escaping makes longer still, like any text of a problem', () => {
    // 64 keys of 200 CJK characters: each character is nine once escaped (%E5%90%8D).
    const pointer = jsonPointer(Array.from({ length: 64 }, () => '名'.repeat(200)));
    expect(pointer.length).toBe(10_000);
    expect(pointer.startsWith('#/%E5%90%8D')).toBe(true);
  });
});

describe('a validation problem from a validator whose codes are long', () => {
  it('cuts the code like any text of a problem', () => {
    const ajvError = { instancePath: '/name', keyword: 'k'.repeat(50_000), params: {}, message: 'bad' };
    const resolved = resolveProblem(validationProblem([ajvError]), 'en', { defaultLocale: 'en' }) as ResolvedProblem;
    const [error] = resolved.extensions.errors as Array<{ code: string }>;
    expect(error?.code.length).toBe(10_000);
  });
});

describe('field error locations by part of the request', () => {
  const issues = [
    { message: 'x', path: ['filter', 'name'] },
    { message: 'x', path: ['page'] },
    { message: 'x', path: [] },
  ];
  const locations = (part: 'body' | 'query' | 'params' | 'headers' | 'cookies') => {
    const resolved = resolveProblem(validationProblem({ issues }, { in: part }), 'en', { defaultLocale: 'en' });
    return ((resolved as ResolvedProblem).extensions.errors as Array<Record<string, string>>).map(
      ({ detail: _detail, code: _code, ...location }) => location,
    );
  };

  it('points into the body, the whole body for an empty path', () => {
    expect(locations('body')).toEqual([{ pointer: '#/filter/name' }, { pointer: '#/page' }, { pointer: '#' }]);
  });

  it('names query and path parameters, nested ones as qs writes them', () => {
    expect(locations('query')).toEqual([{ parameter: 'filter[name]' }, { parameter: 'page' }, {}]);
    expect(locations('params')).toEqual([{ parameter: 'filter[name]' }, { parameter: 'page' }, {}]);
  });

  it('names headers and cookies', () => {
    expect(locations('headers')).toEqual([{ header: 'filter' }, { header: 'page' }, {}]);
    expect(locations('cookies')).toEqual([{ cookie: 'filter' }, { cookie: 'page' }, {}]);
  });
});
