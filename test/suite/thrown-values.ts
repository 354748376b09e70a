import vm from 'node:vm';
import { call, quiet, throwing } from './client';
import { expectServerDefault500, type Framework, passedByHono } from './frameworks';

function cyclic() {
  const value: Record<string, unknown> = { status: 400, expose: true, message: 'cyclic' };
  value.self = value;
  value.list = [value];
  return value;
}

function throwingGetters() {
  const value = {};
  for (const name of ['status', 'statusCode', 'message', 'expose', 'headers', 'stack', 'isBoom']) {
    Object.defineProperty(value, name, {
      enumerable: true,
      get() {
        throw new Error(`getter ${name}`);
      },
    });
  }
  return value;
}

const hostileProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
  },
);

const values: Array<[string, () => unknown, number]> = [
  ['null', () => null, 500],
  ['undefined', () => undefined, 500],
  ['a string', () => 'just a string', 500],
  ['a number', () => 42, 500],
  ['a boolean', () => false, 500],
  ['a symbol', () => Symbol('s'), 500],
  ['a BigInt', () => 10n, 500],
  ['a plain object with status', () => ({ status: 404, message: 'plain' }), 404],
  ['an Object.create(null) error', () => Object.assign(Object.create(null), { status: 418 }), 418],
  ['an object with throwing getters', throwingGetters, 500],
  ['a cyclic object', cyclic, 400],
  ['a BigInt-valued property', () => ({ status: 409, expose: true, message: 'm', amount: 10n }), 409],
  ['a hostile proxy', () => hostileProxy, 500],
  ['a cross-realm error', () => vm.runInNewContext('Object.assign(new Error("realm"), { status: 451 })'), 451],
  ['a function', () => () => 'fn', 500],
  ['an array', () => [1, 2, 3], 500],
  [
    'an error with a huge message',
    () => Object.assign(new Error('x'.repeat(1_000_000)), { status: 400, expose: true }),
    400,
  ],
];

export function thrownValueRules(framework: Framework): void {
  describe('anything can be thrown', () => {
    it.each(values)('answers %s with a valid error response', async (_name, make, status) => {
      const value = make();
      // Express's router takes a falsy `next(err)` to mean "no error" and goes on to the next handler, here
      // notFound(): the client still gets a proper error response, a 404.
      const expected = framework.kind === 'express' && !value ? 404 : status;
      const before = typeof value === 'object' && value !== null && value !== hostileProxy ? Object.keys(value) : [];
      const response = await call(framework, { route: throwing(value), options: quiet });
      if (passedByHono(framework, value)) {
        expectServerDefault500(response);
        return;
      }
      expect(response.status).toBe(expected);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.body.status).toBe(expected);
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
      if (before.length > 0) expect(Object.keys(value as object)).toEqual(before);
    });

    it('keeps JSON-safe members of a cyclic exposed error and drops the cycle', async () => {
      const value = cyclic();
      const response = await call(framework, { route: throwing(value), options: quiet });
      if (passedByHono(framework, value)) {
        expectServerDefault500(response);
        return;
      }
      expect(response.body.detail).toBe('cyclic');
      expect(response.body).not.toHaveProperty('self');
    });

    it('writes a BigInt extension as its digits instead of failing', async () => {
      const value = { status: 409, expose: true, message: 'm', amount: 10n, note: 'kept' };
      const response = await call(framework, { route: throwing(value), options: quiet });
      if (passedByHono(framework, value)) {
        expectServerDefault500(response);
        return;
      }
      expect(response.body.note).toBe('kept');
      expect(response.body.amount).toBe('10');
    });

    it('answers a rejected promise like a thrown error', async () => {
      const response = await call(framework, {
        route: () => Promise.reject(Object.assign(new Error('later'), { status: 408 })),
        options: quiet,
      });
      expect(response.status).toBe(408);
    });

    it('does not change the thrown error', async () => {
      const error = Object.freeze(Object.assign(new Error('frozen'), { status: 400, expose: true }));
      const response = await call(framework, { route: throwing(error), options: quiet });
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('frozen');
    });
  });
}
