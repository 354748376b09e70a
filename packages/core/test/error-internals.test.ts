import { STATUS_CODES } from 'node:http';
import createError from 'http-errors';
import { extensionsOf, toJsonSafe } from '../src/error/extensions';
import { isReasonPhrase } from '../src/error/reason-phrases';
import { truncateText } from '../src/internal/text';

describe('toJsonSafe(value)', () => {
  it('keeps plain data and leaves out what JSON cannot carry', () => {
    const value = {
      text: 'a',
      n: 1,
      ok: true,
      none: null,
      big: 1n,
      fn: () => 1,
      when: new Date(0),
      list: [1, () => 2],
    };
    expect(toJsonSafe(value)).toEqual({
      text: 'a',
      n: 1,
      ok: true,
      none: null,
      big: '1',
      when: '1970-01-01T00:00:00.000Z',
      list: [1, null],
    });
  });

  it('writes a Date, a URL and a BigInt as the text JSON has for them; leaves out other instances', () => {
    const value = {
      nested: { at: new Date(0), broken: new Date(Number.NaN) },
      page: new URL('https://example.com/a?b=1'),
      huge: 12345678901234567890n,
      list: [new Date(0), new Map([['a', 1]]), new Set([1])],
      map: new Map([['a', 1]]),
      // Look-alikes and proxies of a Date are not read as one.
      fake: Object.create(Date.prototype),
      proxied: new Proxy(new Date(0), {}),
    };
    expect(toJsonSafe(value)).toEqual({
      nested: { at: '1970-01-01T00:00:00.000Z', broken: null },
      page: 'https://example.com/a?b=1',
      huge: '12345678901234567890',
      list: ['1970-01-01T00:00:00.000Z', null, null],
    });
  });

  it('drops a cycle instead of repeating it', () => {
    const node: Record<string, unknown> = { name: 'root' };
    node.self = node;
    node.children = [node, { name: 'leaf' }];
    expect(toJsonSafe(node)).toEqual({ name: 'root', children: [null, { name: 'leaf' }] });
  });

  it('copies a shared object each time it appears (it is not a cycle)', () => {
    const shared = { id: 1 };
    expect(toJsonSafe({ a: shared, b: [shared, shared] })).toEqual({ a: { id: 1 }, b: [{ id: 1 }, { id: 1 }] });
  });

  it('bounds the work on objects shared across levels (a DAG that would expand to 200^6 values)', () => {
    let level: unknown = 'x';
    for (let depth = 0; depth < 6; depth++) level = Array.from({ length: 200 }, () => level);
    const started = process.hrtime.bigint();
    const copy = toJsonSafe({ level });
    // Counting the copied values shows the bound; the time is only a guard against a hang.
    expect(JSON.stringify(copy).match(/"x"/g)?.length ?? 0).toBeLessThanOrEqual(2000);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });

  it('stops at six levels', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: 'too deep' } } } } } } };
    expect(JSON.stringify(toJsonSafe(deep))).not.toContain('too deep');
    expect(toJsonSafe({ a: { b: 'kept' } })).toEqual({ a: { b: 'kept' } });
  });

  it('survives getters that throw and proxies that refuse every read', () => {
    const hostile = Object.defineProperty({ ok: 1 }, 'bad', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const proxy = new Proxy([1, 2], {
      get() {
        throw new Error('no');
      },
    });
    // The proxy cannot say how long it is: it is left out like any unreadable value.
    expect(toJsonSafe({ hostile, proxy })).toEqual({ hostile: { ok: 1 } });
  });
});

describe('extensionsOf(error)', () => {
  it('offers the own members of an error and never its internals', () => {
    const error = createError(422, 'Invalid', { errors: [{ field: 'email' }], code: 'E_FORM', headers: { a: 'b' } });
    expect(extensionsOf(error)).toEqual({ errors: [{ field: 'email' }], code: 'E_FORM' });
  });

  it('does not follow a member that points back to the error', () => {
    const error = Object.assign(new Error('x'), { errors: [] as unknown[] });
    error.errors.push(error);
    expect(extensionsOf(error)).toEqual({ errors: [null] });
  });

  it('keeps six levels below the error, as below any other root', () => {
    const error = Object.assign(new Error('x'), { a: { b: { c: { d: { e: { f: 'kept' } } } } } });
    expect(JSON.stringify(extensionsOf(error))).toContain('kept');
    // The README's rule: an object or list more than six levels deep, the member itself being the first, is
    // left out; the values above it stay.
    const sixLevels = Object.assign(new Error('x'), { a: { b: { c: { d: { e: { f: { kept: 6 } } } } } } });
    expect(JSON.stringify(extensionsOf(sixLevels))).toContain('"kept":6');
    const sevenLevels = Object.assign(new Error('x'), {
      a: { b: { c: { d: { e: { f: { above: 6, g: { cut: 7 } } } } } } },
    });
    const seven = JSON.stringify(extensionsOf(sevenLevels));
    expect(seven).toContain('"above":6');
    expect(seven).not.toContain('cut');
  });
});

describe('truncateText(text, max)', () => {
  it('leaves short text alone and cuts long text to max units', () => {
    expect(truncateText('abc', 5)).toBe('abc');
    expect(truncateText('abcdef', 4)).toBe('abcd');
  });

  it('never splits a surrogate pair', () => {
    const text = `ab${'😀'.repeat(3)}`;
    expect(truncateText(text, 3)).toBe('ab');
    expect(truncateText(text, 4)).toBe('ab😀');
    expect(truncateText('x'.repeat(20_000)).length).toBe(10_000);
  });
});

describe('isReasonPhrase(message, status, title)', () => {
  it("recognizes Node's name, former names and the catalog title, in any case and spacing", () => {
    expect(isReasonPhrase('Not Found', 404, 'Not Found')).toBe(true);
    expect(isReasonPhrase('  not found \n', 404, 'Not Found')).toBe(true);
    expect(isReasonPhrase('Unprocessable Entity', 422, 'Unprocessable Content')).toBe(true);
    expect(isReasonPhrase('请求的资源不存在', 404, '请求的资源不存在')).toBe(true);
    expect(isReasonPhrase(' 请求的资源不存在 ', 404, '请求的资源不存在')).toBe(true);
  });

  it('does not take a sentence for a reason phrase', () => {
    expect(isReasonPhrase('Not Found: /users/7 has no avatar', 404, 'Not Found')).toBe(false);
    expect(isReasonPhrase('The email address is invalid', 422, 'Unprocessable Content')).toBe(false);
    expect(isReasonPhrase('Found', 404, 'Not Found')).toBe(false);
  });

  // The source keeps its own table, so that the main entry needs no node:http: it must know every name it
  // knew when it read Node's, and every message http-errors (also behind Koa's ctx.throw) gives a status.
  it("knows every error status name of node:http and http-errors, whatever the catalog's title", () => {
    const statuses = Object.keys(STATUS_CODES)
      .map(Number)
      .filter((status) => status >= 400 && status <= 599);
    expect(statuses.length).toBeGreaterThan(30);
    const unknown = statuses.flatMap((status) =>
      [STATUS_CODES[status] ?? '', createError(status).message]
        .filter((name) => !isReasonPhrase(name, status, 'a title that is not the name'))
        .map((name) => `${status} ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('knows the names older releases of Node.js and http-errors used for renamed codes', () => {
    const former: Array<[number, string]> = [
      [413, 'Request Entity Too Large'],
      [414, 'Request-URI Too Long'],
      [414, 'Request-URI Too Large'],
      [416, 'Requested Range Not Satisfiable'],
      [418, "I'm a teapot"],
      [425, 'Unordered Collection'],
    ];
    for (const [status, name] of former) expect(isReasonPhrase(name, status, 'a title')).toBe(true);
    // A name is recognized for its own status only.
    expect(isReasonPhrase('Not Found', 410, 'Gone')).toBe(false);
  });

  it('folds case where lower-casing makes a string longer (İ)', () => {
    expect(isReasonPhrase('i̇', 499, 'İ')).toBe(true);
    expect(isReasonPhrase('İ', 499, 'i̇')).toBe(true);
  });

  it('matches a name or the title in any case, with spaces around, however long the title', () => {
    expect(isReasonPhrase('  REQUEST HEADER FIELDS TOO LARGE ', 431, 'a title')).toBe(true);
    const longTitle = 'A title longer than any of the registry names of its status';
    expect(isReasonPhrase(` ${longTitle.toUpperCase()} `, 422, longTitle)).toBe(true);
    // One character more than the longest name and the title: a sentence of the application's, never folded.
    expect(isReasonPhrase('Unprocessable Contents', 422, 'Unprocessable Content')).toBe(false);
    expect(isReasonPhrase(`${longTitle}!`, 422, longTitle)).toBe(false);
  });
});
