import { METHODS } from 'node:http';
import { types } from 'node:util';
import vm from 'node:vm';
import fc from 'fast-check';

/** Put in every hidden place of a hidden error: it must never reach a client without `debug`. */
export const SECRET = 'S3CRET-7f1c0e';
/** Put in the internals of an exposed error (`stack`, `cause`, …): they never reach a client either. */
export const INTERNAL = 'INTERNAL-93ab5d';

/** A value that throws when read, called, or converted. */
const exploding = () => {
  throw new Error(`${SECRET} exploded`);
};

/**
 * Proxy traps that throw for string keys (what the layer reads). Symbol keys pass, so fast-check itself can
 * still look for its clone method on the generated value.
 */
const explodingOnStrings =
  <Result>(fallback: (target: object, key: string | symbol) => Result) =>
  (target: object, key: string | symbol): Result =>
    typeof key === 'string' ? exploding() : fallback(target, key);

/** Values of every type for one property: what `status`, `expose`, `headers`, … might hold in the wild. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    404.5,
    399,
    600,
    1e21,
    '404',
    ' 500 ',
    '4O4',
    true,
    false,
    null,
    undefined,
    404n,
    [404],
    { valueOf: () => 404, toString: () => '404' },
    { toString: exploding, valueOf: exploding },
    exploding,
    () => 404,
    new Date(Number.NaN),
    /re/g,
    new Map([[1, 2]]),
    Symbol.iterator,
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.bigInt(),
  fc.string().map((description) => Symbol(description)),
);

const validStatus = fc.integer({ min: 400, max: 599 });
/** Mostly valid statuses, so the exposed and header rules are reached too, and every kind of invalid one. */
const statusLike = fc.oneof({ arbitrary: validStatus, weight: 3 }, { arbitrary: oddValue, weight: 2 });

/** Header field names: valid tokens, the ones the layer protects, and names Node would refuse. */
const headerName = fc.oneof(
  fc.constantFrom(
    'WWW-Authenticate',
    'Retry-After',
    'X-Custom',
    'Content-Type',
    'content-length',
    'Content-Security-Policy',
    'Set-Cookie',
    'Location',
    'Transfer-Encoding',
    'Vary',
    'X-Content-Type-Options',
    'bad name',
    'x\r\ninjected',
    '',
    'ü',
    '__proto__',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
  fc.string(),
);

/** Header values: valid ones, ones with CR/LF/NUL or non-Latin-1, huge ones, and values of other types. */
const headerValue = fc.oneof(
  fc.constantFrom('Bearer realm="api"', '120', 'a\r\nX-Injected: 1', 'nul\u0000', '中文', `${INTERNAL}-ok`),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 20_000 }).map((size) => 'v'.repeat(size)),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
  oddValue,
);

const headersLike = fc.oneof(
  fc.dictionary(headerName, headerValue, { maxKeys: 6 }),
  oddValue,
  fc.constant(
    new Proxy(
      {},
      {
        ownKeys: exploding,
        get: explodingOnStrings((target, key) => Reflect.get(target, key)),
        has: explodingOnStrings((target, key) => Reflect.has(target, key)),
      },
    ),
  ),
);

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 10_000, max: 200_000 }))
  .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size));

/** Messages: ordinary, reason phrases, markup, huge, and not strings at all. */
const messageLike = fc.oneof(
  fc.string(),
  fc.constantFrom('Not Found', 'Internal Server Error', 'unprocessable entity', '<script>alert(1)</script>', ''),
  hugeString,
  oddValue,
);

/** Extension-like members of every shape: JSON-safe data and things that are not. */
const extensionValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, maxDepth: 3 }),
  oddValue,
);

/** The fields a thrown value may carry; any of them may be missing. */
export interface ErrorFields {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  headers?: unknown;
  message?: unknown;
  stack?: unknown;
  name?: unknown;
  cause?: unknown;
  isBoom?: unknown;
  output?: unknown;
  getStatus?: unknown;
  errors?: unknown;
  code?: unknown;
  [key: string]: unknown;
}

const baseFields = {
  status: statusLike,
  statusCode: statusLike,
  headers: headersLike,
  name: fc.oneof(fc.string(), oddValue),
  getStatus: fc.oneof(
    validStatus.map((status) => () => status),
    fc.constant(exploding),
    oddValue,
  ),
  errors: extensionValue,
  code: extensionValue,
  extra: extensionValue,
};

/** How the fields are packaged: the shapes code in the wild throws, and hostile ones. */
type Shape = 'plain' | 'error' | 'null-prototype' | 'cross-realm' | 'getters' | 'proxy' | 'cyclic' | 'frozen';
const shape = fc.constantFrom<Shape>(
  'plain',
  'error',
  'null-prototype',
  'cross-realm',
  'getters',
  'proxy',
  'cyclic',
  'frozen',
);

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  // Proxies and typed arrays cannot be frozen; they stay as they are.
  if (types.isProxy(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    let descriptor: PropertyDescriptor | undefined;
    try {
      // V8 formats an error's stack lazily when it is first read, which throws if the message is a Symbol.
      descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    } catch {
      descriptor = undefined;
    }
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, seen);
  }
  Object.freeze(value);
}

/** Builds a thrown value of one shape. Getters and proxy traps throw for a random subset of the fields. */
function build(fields: ErrorFields, kind: Shape, throwingKeys: readonly string[]): unknown {
  const message = typeof fields.message === 'string' ? fields.message : 'message';
  switch (kind) {
    case 'plain':
      return { ...fields };
    case 'error':
      return Object.assign(new Error(message), fields);
    case 'null-prototype':
      return Object.assign(Object.create(null), fields);
    case 'cross-realm': {
      const error = vm.runInNewContext('new Error(m)', { m: message }) as object;
      return Object.assign(error, fields);
    }
    case 'getters': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(fields)) {
        Object.defineProperty(value, key, {
          enumerable: true,
          get: throwingKeys.includes(key) ? exploding : () => field,
        });
      }
      return value;
    }
    case 'proxy':
      return new Proxy(
        { ...fields },
        {
          get: (target, key, receiver) =>
            typeof key === 'string' && throwingKeys.includes(key) ? exploding() : Reflect.get(target, key, receiver),
          ownKeys: throwingKeys.includes('ownKeys') ? exploding : (target) => Reflect.ownKeys(target),
          getPrototypeOf: throwingKeys.includes('getPrototypeOf') ? exploding : () => Object.prototype,
          has: explodingOnStrings((target, key) => Reflect.has(target, key)),
        },
      );
    case 'cyclic': {
      const value: Record<string, unknown> = Object.assign(new Error(message), fields);
      value.self = value;
      value.cause = value;
      value.errors = [value, { back: value }];
      return value;
    }
    case 'frozen': {
      // Frozen all the way down: if the layer tried to change the thrown value, strict mode would throw here.
      const value = Object.assign(new Error(message), fields);
      deepFreeze(value);
      return value;
    }
  }
}

const throwingKeys = fc.subarray([
  'status',
  'statusCode',
  'expose',
  'headers',
  'message',
  'stack',
  'isBoom',
  'output',
  'getStatus',
  'errors',
  'ownKeys',
  'getPrototypeOf',
]);

/** Primitives and other non-objects, thrown as they are. */
const primitive = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 0, -0, Number.NaN, true, false, ''),
  fc.string(),
  hugeString,
  fc.double(),
  fc.bigInt(),
  fc.string().map((description) => Symbol(description)),
  fc.constant(() => 'a function'),
);

/** Anything a route could throw: fc.anything(), primitives, and errors of every shape with fields of every type. */
export const anyThrown: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }),
  primitive,
  fc
    .tuple(
      fc.record(
        {
          ...baseFields,
          expose: fc.oneof(fc.boolean(), oddValue),
          message: messageLike,
          stack: fc.oneof(fc.string(), oddValue),
          cause: oddValue,
          isBoom: fc.oneof(fc.boolean(), oddValue),
          output: fc.oneof(
            fc.record({ statusCode: statusLike, payload: fc.record({ message: messageLike }), headers: headersLike }),
            oddValue,
          ),
        },
        { requiredKeys: [] },
      ),
      shape,
      throwingKeys,
    )
    .map(([fields, kind, keys]) => build(fields, kind, keys)),
);

/**
 * Errors that do not say their message is public (`expose` is never `true`, never Boom): the secret marker is
 * in their message, stack, cause and other members, and must never appear in a response body without `debug`.
 */
export const hiddenThrown: fc.Arbitrary<unknown> = fc.oneof(
  fc.string().map((text) => `${SECRET} ${text}`),
  fc
    .tuple(
      fc.record(
        {
          ...baseFields,
          expose: oddValue.filter((value) => value !== true),
          message: fc.string().map((text) => `${SECRET} ${text}`),
          stack: fc.constant(`Error: ${SECRET}\n    at secretFunction (/srv/app/${SECRET}.js:1:1)`),
          cause: fc.constant({ message: SECRET, stack: SECRET }),
          secretField: fc.constant(SECRET),
          nested: fc.constant({ deep: [SECRET] }),
        },
        { requiredKeys: ['message'] },
      ),
      shape,
      throwingKeys,
    )
    .map(([fields, kind, keys]) => build(fields, kind, keys)),
);

/**
 * Errors that say their message is public (`expose: true` and an error status of their own). Their message
 * and JSON-safe members may be shown; their internals, marked, may not.
 */
export const exposedThrown: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        ...baseFields,
        status: validStatus,
        expose: fc.constant(true),
        message: messageLike,
        stack: fc.constant(`Error: ${INTERNAL}\n    at internalFunction (/srv/app/${INTERNAL}.js:1:1)`),
        cause: fc.constant({ message: INTERNAL }),
        isBoom: fc.constant(false),
        output: fc.constant({ payload: { message: INTERNAL } }),
        response: fc.constant({ body: INTERNAL }),
        config: fc.constant({ password: INTERNAL }),
        fn: fc.constant(() => INTERNAL),
        symbol: fc.constant(Symbol(INTERNAL)),
        big: fc.constant(10n),
      },
      { requiredKeys: ['status', 'expose', 'stack', 'cause'] },
    ),
    fc.constantFrom<Shape>('plain', 'error', 'null-prototype', 'cross-realm', 'cyclic', 'frozen'),
  )
  .map(([fields, kind]) => build(fields, kind, []));

/** Characters a header value may carry on the wire (RFC 9110 field-value, with obs-text). */
const wireChar = fc.oneof(
  { arbitrary: fc.constantFrom(',', ';', '=', ' ', '\t', '"', '*', '/', '-', '.', '0', '1', 'q'), weight: 4 },
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 4 },
  { arbitrary: fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)), weight: 1 },
);
const wireString = (maxLength: number) => fc.string({ unit: wireChar, maxLength });

const qValue = fc.oneof(
  fc.constantFrom(';q=0', ';q=0.5', ';q=1', ';q=1.000', ';q=0.001', ';q=abc', ';q=-1', ';q=2', ';q=', ';Q=0.9'),
  fc.double({ min: 0, max: 1, noNaN: true }).map((q) => `;q=${q}`),
);

const mediaRange = fc.oneof(
  fc.constantFrom(
    'text/html',
    'application/json',
    'application/problem+json',
    'text/plain',
    '*/*',
    'text/*',
    'application/*',
    'image/png',
    'application/xml',
    '*',
    'text',
    '/',
    'text/html;level=1',
    'application/json;charset="utf-8"',
    '"quoted,comma"/x',
  ),
  fc.tuple(fc.stringMatching(/^[a-z*]{1,8}$/), fc.stringMatching(/^[a-z+*.-]{1,12}$/)).map(([a, b]) => `${a}/${b}`),
  wireString(16),
);

const languageRange = fc.oneof(
  fc.constantFrom(
    'en',
    'en-US',
    'en-GB',
    'zh',
    'zh-CN',
    'zh-TW',
    'zh-Hans',
    'zh-Hant',
    'zh-Hans-SG',
    'zh-Hant-HK',
    'zh-HK',
    'zh-MO',
    'zh-SG',
    'ja',
    'fr-CA',
    '*',
    'x-private',
    'i-klingon',
    'de-CH-1996',
    'en_US',
    '123',
    '-',
    'zh--CN',
    'en-',
    'a-b-c-d-e-f-g-h-i',
  ),
  fc.stringMatching(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,3}$/),
  wireString(12),
);

const whitespace = fc.constantFrom('', ' ', '  ', '\t', ' \t ');

function listOf(range: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const entry = fc
    .tuple(
      whitespace,
      range,
      fc.array(
        fc.oneof(
          qValue,
          wireString(8).map((text) => `;${text}`),
        ),
        { maxLength: 2 },
      ),
    )
    .map(([space, value, params]) => `${space}${value}${params.join('')}`);
  return fc.array(entry, { maxLength: 8 }).map((entries) => entries.join(','));
}

/** Repeats a header-like fragment up to `maxBytes`: the oversized headers a hostile client sends. */
function oversized(fragment: fc.Arbitrary<string>, maxBytes: number): fc.Arbitrary<string> {
  return fc
    .tuple(fragment, fc.integer({ min: 1024, max: maxBytes }))
    .map(([unit, size]) =>
      (unit === '' ? 'x' : unit).repeat(Math.ceil(size / Math.max(unit.length, 1))).slice(0, size),
    );
}

/** An `Accept` value: missing, well-formed lists, malformed text, or oversized (up to `maxBytes`). */
export function acceptHeader(maxBytes: number): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: listOf(mediaRange), weight: 5 },
    { arbitrary: wireString(64), weight: 2 },
    { arbitrary: oversized(fc.oneof(listOf(mediaRange), wireString(16)), maxBytes), weight: 1 },
  );
}

/** An `Accept-Language` value, as {@link acceptHeader}. */
export function acceptLanguageHeader(maxBytes: number): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: listOf(languageRange), weight: 5 },
    { arbitrary: wireString(64), weight: 2 },
    { arbitrary: oversized(fc.oneof(listOf(languageRange), wireString(16)), maxBytes), weight: 1 },
  );
}

/** Any string at all (lone surrogates, control characters): what the core may get from an odd adapter. */
export const anyString = fc.string({ unit: 'binary', maxLength: 200 });

/**
 * Methods Node's HTTP parser accepts. CONNECT is left out: Node hands it to the server's 'connect' event and
 * never to the application.
 */
export const httpMethod = fc.constantFrom(...METHODS.filter((method) => method !== 'CONNECT'));

/** Request ids as a client might send them: valid tokens, markup, and oversized ones. */
export const requestIdHeader = fc.oneof(
  fc.constant(undefined),
  fc.stringMatching(/^[\w.-]{1,40}$/),
  fc.constantFrom('<script>alert(1)</script>', '"onmouseover="x', 'a'.repeat(129)),
  wireString(40),
);

/** Request paths, including markup, encoded and malformed percent-escapes. */
export const pathSuffix = fc.oneof(
  fc.constant(''),
  fc.webSegment().map((segment) => `/${segment}`),
  fc.constantFrom(
    '/%3Cscript%3Ealert(1)%3C/script%3E',
    '/%E0%A4%A',
    '/%%',
    '/\'"><img/src=x/onerror=alert(1)>',
    '/..%2F..%2Fetc%2Fpasswd',
  ),
  fc.webQueryParameters().map((query) => `?${query}`),
);
