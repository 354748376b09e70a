import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { codeBlocks, section } from './support/markdown';

// The README's section on @status-i18n/fetch: its snippets run as written, and show what they answer.

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
// Next.js is a development dependency of @status-i18n/fetch only: resolved from that package.
const fromFetchPackage = (name: string) => require(require.resolve(name, { paths: [join(root, 'packages/fetch')] }));
// @hono/zod-validator and zod are dependencies of the Hono example only: resolved from there.
const fromHonoExample = (name: string) => require(require.resolve(name, { paths: [join(root, 'examples/hono')] }));

/** Runs a TypeScript snippet as an ES module would, with the modules it may import; returns its exports. */
function runSnippet(code: string, modules: Record<string, unknown>): Record<string, unknown> {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const exports: Record<string, unknown> = {};
  const requireForSnippet = (name: string) => {
    if (!(name in modules)) throw new Error(`the snippet imports ${name}, which this test does not provide`);
    return modules[name];
  };
  new Function('require', 'exports', outputText)(requireForSnippet, exports);
  return exports;
}

const part = section(readme, '### Hono, Next.js and the Fetch API');

describe('README.md: Hono, Next.js and the Fetch API', () => {
  it('Hono: the snippet answers what its console block shows, and logs the hidden 5xx', async () => {
    const [snippet = ''] = codeBlocks(section(part, '#### Hono'), 'ts');
    const [console_ = ''] = codeBlocks(section(part, '#### Hono'), 'console');
    const { default: app } = runSnippet(snippet, {
      hono: require('hono'),
      'hono/http-exception': require('hono/http-exception'),
      '@status-i18n/fetch/hono': require('@status-i18n/fetch/hono'),
    }) as { default: { request: (path: string, init?: RequestInit) => Promise<Response> } };
    const examples = console_.split(/^(?=\$ )/m).map((block) => {
      const [command = '', ...output] = block.trimEnd().split('\n');
      const path = command.match(/localhost:3000(\/\S*)/)?.[1] ?? '';
      const headers = Object.fromEntries(
        [...command.matchAll(/-H '([^:]+): ([^']*)'/g)].map(([, name = '', value = '']) => [name, value]),
      );
      return { path, headers, output: output.join('\n') };
    });
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const { path, headers, output } of examples) {
      const response = await app.request(path, { headers });
      expect({ path, body: (await response.text()).trimEnd() }).toEqual({ path, body: output });
    }
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const crash = await app.request('/crash');
      expect(crash.status).toBe(500);
      expect(await crash.text()).not.toContain('ECONNREFUSED');
      expect(printed.mock.calls.flat().map(String).join('\n')).toContain('ECONNREFUSED');
    } finally {
      printed.mockRestore();
    }
  });

  it('Hono, Validation: zValidator with validationHook() answers what the console block shows', async () => {
    const validation = section(section(part, '#### Hono'), '##### Validation');
    const [snippet = ''] = codeBlocks(validation, 'ts');
    const [console_ = ''] = codeBlocks(validation, 'console');
    const { default: app } = runSnippet(snippet, {
      '@hono/zod-validator': fromHonoExample('@hono/zod-validator'),
      hono: require('hono'),
      zod: fromHonoExample('zod'),
      '@status-i18n/fetch/hono': require('@status-i18n/fetch/hono'),
    }) as { default: { request: (path: string, init?: RequestInit) => Promise<Response> } };
    const examples = console_.split(/^(?=\$ )/m).map((block) => {
      const [command = '', ...output] = block.trimEnd().split('\n');
      const path = command.match(/localhost:3000(\/[^\s']*)/)?.[1] ?? '';
      const headers = Object.fromEntries(
        [...command.matchAll(/-H '([^:]+): ([^']*)'/g)].map(([, name = '', value = '']) => [name, value]),
      );
      const body = command.match(/-d '([^']*)'/)?.[1];
      return { path, init: body === undefined ? { headers } : { method: 'POST', headers, body }, output };
    });
    expect(examples.map(({ init }) => init.method ?? 'GET')).toEqual(['POST', 'GET', 'POST']);
    for (const { path, init, output } of examples) {
      const response = await app.request(path, init);
      expect(response.status).toBe(422);
      expect({ path, body: await response.text() }).toEqual({ path, body: output.join('\n') });
    }
    // Valid requests reach the routes.
    const created = await app.request('/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"item":"tea","quantity":2}',
    });
    expect(created.status).toBe(201);
    expect(await (await app.request('/orders?page=2')).json()).toEqual({ page: 2 });
  });

  it('Next.js: the route answers an order, a localized 400, and leaves redirect() and notFound() to Next', async () => {
    const [snippet = ''] = codeBlocks(section(part, '#### Next.js route handlers'), 'ts');
    const navigation = fromFetchPackage('next/navigation');
    const { GET } = runSnippet(snippet, {
      'http-errors': require('http-errors'),
      'next/navigation': navigation,
      '@status-i18n/fetch/next': require('@status-i18n/fetch/next'),
    }) as { GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> };
    const call = (id: string, headers: Record<string, string> = {}) =>
      GET(new Request(`http://localhost/orders/${id}`, { headers }), { params: Promise.resolve({ id }) });

    expect(await (await call('7')).json()).toEqual({ id: '7', total: 1250 });
    const invalid = await call('x', { 'Accept-Language': 'zh-CN' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-language')).toBe('zh-CN');
    expect(await invalid.json()).toMatchObject({ status: 400, detail: 'The order id must be a number' });
    await expect(call('latest')).rejects.toMatchObject({ digest: 'NEXT_REDIRECT;replace;/orders/7;307;' });
    await expect(call('8')).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });

  it('Next.js: the catch-all route answers every method with a 404 problem in the client’s language', async () => {
    const [, snippet = ''] = codeBlocks(section(part, '#### Next.js route handlers'), 'ts');
    expect(snippet).toContain('app/api/[...path]/route.ts');
    const handlers = runSnippet(snippet, { '@status-i18n/fetch': require('@status-i18n/fetch') }) as Record<
      string,
      (request: Request) => Response
    >;
    expect(Object.keys(handlers).sort()).toEqual(['DELETE', 'GET', 'PATCH', 'POST', 'PUT']);
    for (const [method, handler] of Object.entries(handlers)) {
      const request = new Request('http://localhost/api/nope', { method, headers: { 'Accept-Language': 'zh-CN' } });
      const response = handler(request);
      expect([method, response.status, response.headers.get('content-language')]).toEqual([method, 404, 'zh-CN']);
      expect(await response.json()).toMatchObject({ title: '未找到', status: 404 });
    }
  });

  it('Any fetch handler: the Worker answers errors and unmatched paths with problems', async () => {
    const [snippet = ''] = codeBlocks(section(part, '#### Any fetch handler'), 'ts');
    const { default: worker } = runSnippet(snippet, { '@status-i18n/fetch': require('@status-i18n/fetch') }) as {
      default: { fetch: (request: Request) => Promise<Response> };
    };
    expect(await (await worker.fetch(new Request('http://localhost/health'))).text()).toBe('ok');
    const limited = await worker.fetch(new Request('http://localhost/orders'));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ detail: 'Too many orders today', instance: '/orders' });
    const missing = await worker.fetch(new Request('http://localhost/nowhere?x=1'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, instance: '/nowhere' });
  });

  it('Any fetch handler: the Worker with one createResponder() answers in its default language', async () => {
    const [, snippet = ''] = codeBlocks(section(part, '#### Any fetch handler'), 'ts');
    expect(snippet).toContain('createResponder(');
    const { default: worker } = runSnippet(snippet, { '@status-i18n/fetch': require('@status-i18n/fetch') }) as {
      default: { fetch: (request: Request) => Promise<Response> };
    };
    expect(await (await worker.fetch(new Request('http://localhost/health'))).text()).toBe('ok');
    const missing = await worker.fetch(new Request('http://localhost/nowhere'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-language')).toBe('zh-CN');
    expect(await missing.json()).toMatchObject({ status: 404, instance: '/nowhere' });
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const report = await worker.fetch(
        new Request('http://localhost/report', { headers: { 'Accept-Language': 'en' } }),
      );
      expect(report.status).toBe(500);
      expect(report.headers.get('content-language')).toBe('en');
      expect(await report.text()).not.toContain('10.0.0.7');
      expect(printed.mock.calls.flat().map(String).join('\n')).toContain('10.0.0.7');
    } finally {
      printed.mockRestore();
    }
  });

  it('shows the bundle sizes of the script it names', () => {
    const table = section(part, '#### Bundle size');
    expect(table).toContain('pnpm bench:bundle');
    const rows = table.split('\n').filter((line) => /^\| `?[A-Za-z`]/.test(line) && !line.startsWith('| what'));
    expect(rows.map((row) => row.split('|')[1]?.trim())).toEqual([
      '`toResponse` with the default catalog (en, zh-CN, zh-TW)',
      'Hono `onError` and `notFound` (Hono itself not counted)',
      'Next.js `withProblems`',
      '`toResponse` with all ten languages (`createCatalog({ locales })`)',
    ]);
    const script = readFileSync(join(root, 'bench/bundle-size.mjs'), 'utf8');
    for (const row of rows) expect(script).toContain(row.split('|')[1]?.trim() ?? '');
  });
});
