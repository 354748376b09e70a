import { type Context, createContext, runInContext } from 'node:vm';
import { bundleForWeb, NODE_GLOBALS, nodeBuiltInsOf, WEB_GLOBALS } from '../../../test/support/web-bundle';
import type { ErrorLayer } from '../src/layer/layer';
import type { ResponsePlan } from '../src/layer/plan';

// The main entry, `@status-i18n/core`, must run where there is no Node.js: Cloudflare Workers, Deno, Bun,
// browsers (docs/architecture.md). These tests bundle it as a bundler for those runtimes would, with every
// dependency, and run it where only web globals exist. A Node.js built-in that creeps back in (an import, or a
// global such as Buffer or process) fails them.

const core = bundleForWeb('packages/core/src/index.ts', 'statusI18n');
const ja = bundleForWeb('packages/core/src/locales/ja/index.ts', 'statusI18nJa');

/**
 * A context with only web globals that ran both bundles, and made what an app there would: an ICU problem and
 * a layer (that speaks Japanese too, and whose log keeps the statuses in `logged`).
 */
function load(): { context: Context; layer: ErrorLayer<undefined> } {
  const context = createContext({ ...WEB_GLOBALS });
  runInContext(core.code, context, { filename: 'status-i18n-core.js' });
  runInContext(ja.code, context, { filename: 'status-i18n-ja.js' });
  runInContext(
    `const { createCatalog, createErrorLayer, defineProblems, validationProblem } = statusI18n;
    const problems = defineProblems({
      'cart-full': {
        status: 409,
        messages: {
          en: { title: 'The cart is full', detail: '{count, plural, one {# item is} other {# items are}} in the cart.' },
          'zh-CN': { title: '购物车已满', detail: '购物车里已有 {count, plural, other {# 件商品}}。' },
        },
      },
    });
    var logged = [];
    const log = (_error, _context, info) => logged.push(info.status);
    var layer = createErrorLayer(
      { requestId: true, catalog: createCatalog({ locales: [statusI18nJa.ja] }), log },
      { log: () => {} },
    );`,
    context,
  );
  return { context, layer: runInContext('layer', context) };
}

let context: Context;
let layer: ErrorLayer<undefined>;

interface Answer {
  readonly plan: ResponsePlan;
  readonly text: string;
  readonly headers: Record<string, string>;
}

/**
 * The layer's plan for a thrown value, `thrown` being the source of an expression evaluated in the context (so
 * that the value is made there, with the context's `Error`), or `undefined` for `notFound()`.
 */
function answer(thrown: string | undefined, accept: string, language: string): Answer {
  const headers: Record<string, string> = { accept, 'accept-language': language };
  const request = { method: 'GET', path: '/orders/7', header: (name: string) => headers[name], context: undefined };
  const plan =
    thrown === undefined ? layer.notFound(request) : layer.respond(runInContext(`(${thrown})`, context), request);
  const planned: Record<string, string> = {};
  for (const [name, value] of plan.headers) planned[name.toLowerCase()] = String(value);
  return { plan, text: new TextDecoder().decode(plan.body), headers: planned };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACCEPTS = { json: 'application/problem+json', html: 'text/html', text: 'text/plain' };

/** What every answer must be: its status, bytes that match Content-Length, a request id, the language asked for. */
function expectAnswer({ plan, text, headers }: Answer, status: number, language: string): void {
  expect(plan.status).toBe(status);
  expect(plan.body).toBeInstanceOf(Uint8Array);
  expect(Buffer.isBuffer(plan.body)).toBe(false);
  expect(Number(headers['content-length'])).toBe(plan.body.byteLength);
  expect(plan.body.byteLength).toBe(Buffer.byteLength(text, 'utf8'));
  expect(headers['content-language']).toBe(language);
  expect(headers['x-request-id']).toMatch(UUID);
  expect(text).toContain(headers['x-request-id']);
}

const logged = () => [...(runInContext('logged', context) as number[])];

describe('@status-i18n/core bundled for a web runtime', () => {
  it('pulls in no Node.js built-in, from its own files or its dependencies', () => {
    expect(nodeBuiltInsOf(core)).toEqual([]);
    expect(nodeBuiltInsOf(ja)).toEqual([]);
    // The dependencies are in the bundle, not left to a runtime that has no node_modules.
    const packages = Object.keys(core.metafile.inputs).filter((path) => path.includes('node_modules'));
    for (const name of ['negotiator', 'escape-html', 'intl-messageformat']) {
      expect(packages.some((path) => path.includes(`/node_modules/${name}/`))).toBe(true);
    }
  });
});

describe('createErrorLayer(options).respond(thrown, request) in a web runtime', () => {
  // Loaded here, not at the top: a built-in import fails the load, and the test above says which one it is.
  beforeAll(() => {
    ({ context, layer } = load());
  });
  beforeEach(() => {
    runInContext('logged = []', context);
  });

  it('runs where only web globals exist', () => {
    for (const name of NODE_GLOBALS) expect(runInContext(`typeof ${name}`, context)).toBe('undefined');
    expect(runInContext('typeof statusI18n.createErrorLayer', context)).toBe('function');
  });

  const exposed404 = `Object.assign(new Error('No order 7 here'), { status: 404, statusCode: 404, expose: true })`;

  it('answers an exposed 404 with its message, in Chinese, in every format', () => {
    const json = answer(exposed404, ACCEPTS.json, 'zh-CN');
    expectAnswer(json, 404, 'zh-CN');
    expect(json.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(json.text)).toMatchObject({ title: '未找到', status: 404, detail: 'No order 7 here' });

    const html = answer(exposed404, ACCEPTS.html, 'zh-CN');
    expectAnswer(html, 404, 'zh-CN');
    expect(html.text).toMatch(/^<!DOCTYPE html>/i);
    expect(html.text).toContain('<h1>未找到</h1>');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);

    const text = answer(exposed404, ACCEPTS.text, 'zh-CN');
    expectAnswer(text, 404, 'zh-CN');
    expect(text.text).toMatch(/^404 未找到\n\n/);
    expect(text.text).toContain('No order 7 here');
    expect(logged()).toEqual([]);
  });

  it('hides the message of a plain Error behind a 500, and logs it', () => {
    for (const accept of Object.values(ACCEPTS)) {
      const hidden = answer(`new Error('connect ECONNREFUSED db.internal:5432')`, accept, 'zh-CN');
      expectAnswer(hidden, 500, 'zh-CN');
      expect(hidden.text).toContain('内部服务器错误');
      expect(hidden.text).not.toContain('ECONNREFUSED');
    }
    expect(logged()).toEqual([500, 500, 500]);
  });

  it("answers ajv's errors through validationProblem() with localized field errors", () => {
    const ajvErrors = `validationProblem([{ instancePath: '/age', schemaPath: '#/properties/age/minimum',
      keyword: 'minimum', params: { comparison: '>=', limit: 18 }, message: 'must be >= 18' }])`;
    const json = answer(ajvErrors, ACCEPTS.json, 'zh-CN');
    expectAnswer(json, 422, 'zh-CN');
    const body = JSON.parse(json.text);
    expect(body).toMatchObject({ title: '请求无效', status: 422, detail: '请求中有 1 个值无效。' });
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '#/age', detail: '不能小于 18。' })]);

    for (const accept of [ACCEPTS.html, ACCEPTS.text]) {
      const other = answer(ajvErrors, accept, 'zh-CN');
      expectAnswer(other, 422, 'zh-CN');
      expect(other.text).toContain('不能小于 18。');
    }
  });

  it("answers a defineProblems() problem with its ICU plural in the request's language", () => {
    for (const accept of Object.values(ACCEPTS)) {
      const zh = answer(`problems.create('cart-full', { count: 3 })`, accept, 'zh-CN');
      expectAnswer(zh, 409, 'zh-CN');
      expect(zh.text).toContain('购物车里已有 3 件商品。');
    }
    // Intl.PluralRules of the runtime picks the branch: English has one and other.
    expect(JSON.parse(answer(`problems.create('cart-full', { count: 1 })`, ACCEPTS.json, 'en').text).detail).toBe(
      '1 item is in the cart.',
    );
    expect(JSON.parse(answer(`problems.create('cart-full', { count: 2 })`, ACCEPTS.json, 'en').text).detail).toBe(
      '2 items are in the cart.',
    );
  });

  it('speaks a language pack bundled on its own (locales/ja)', () => {
    const json = answer(exposed404, ACCEPTS.json, 'ja');
    expectAnswer(json, 404, 'ja');
    expect(JSON.parse(json.text).title).toBe('見つかりません');
    const missing = answer(undefined, ACCEPTS.text, 'ja');
    expectAnswer(missing, 404, 'ja');
    expect(missing.text).toMatch(/^404 見つかりません\n\n/);
  });
});
