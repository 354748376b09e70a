import { createContext, runInContext } from 'node:vm';
import {
  bundleForWeb,
  FETCH_GLOBALS,
  NODE_GLOBALS,
  nodeBuiltInsOf,
  WEB_GLOBALS,
} from '../../../test/support/web-bundle';

// What a Worker, Deno or Bun loads of @status-i18n/fetch (with the core bundled in) must need no Node.js
// (README "Hono, Next.js and the Fetch API"): bundled as their bundlers do, then run where only web globals
// and the Fetch API exist.

const entries = {
  index: bundleForWeb('packages/fetch/src/index.ts', 'statusI18nFetch'),
  hono: bundleForWeb('packages/fetch/src/hono.ts', 'statusI18nHono'),
  next: bundleForWeb('packages/fetch/src/next.ts', 'statusI18nNext'),
};

describe('@status-i18n/fetch bundled for a web runtime', () => {
  it.each(Object.entries(entries))('%s pulls in no Node.js built-in, the core included', (_name, bundle) => {
    expect(nodeBuiltInsOf(bundle)).toEqual([]);
    expect(Object.keys(bundle.metafile.inputs).some((path) => path.includes('packages/core/src/'))).toBe(true);
  });

  it('answers with a Response where only web globals and the Fetch API exist', async () => {
    const context = createContext({ ...WEB_GLOBALS, ...FETCH_GLOBALS });
    for (const name of NODE_GLOBALS) expect(runInContext(`typeof ${name}`, context)).toBe('undefined');
    for (const [name, bundle] of Object.entries(entries)) runInContext(bundle.code, context, { filename: name });

    const answers = runInContext(
      `const options = { log: false, requestId: true };
      const request = (method) => new Request('https://shop.example/orders/7', {
        method,
        headers: { accept: 'text/plain', 'accept-language': 'zh-TW' },
      });
      const exposed = () => Object.assign(new Error('No order 7 here'), { status: 404, expose: true });
      // Hono's handlers are made here; Hono itself is not bundled (tested on a real Hono app elsewhere).
      statusI18nHono.onError(options);
      statusI18nHono.notFound(options);
      ({
        thrown: statusI18nFetch.toResponse(exposed(), request('GET'), options),
        head: statusI18nFetch.toResponse(exposed(), request('HEAD'), options),
        missing: statusI18nFetch.notFoundResponse(request('GET'), options),
        hidden: statusI18nFetch.toResponse(new Error('db.internal refused'), request('GET'), options),
        wrapped: statusI18nNext.withProblems(() => { throw exposed(); }, options)(request('GET')),
      });`,
      context,
    ) as Record<'thrown' | 'head' | 'missing' | 'hidden' | 'wrapped', Response | Promise<Response>>;

    const thrown = await answers.thrown;
    expect(thrown.status).toBe(404);
    expect(thrown.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(thrown.headers.get('content-language')).toBe('zh-TW');
    const text = await thrown.text();
    expect(text).toMatch(/^404 /);
    expect(text).toContain('No order 7 here');
    expect(Number(thrown.headers.get('content-length'))).toBe(new TextEncoder().encode(text).byteLength);

    const head = await answers.head;
    expect([head.status, head.body, head.headers.get('content-length')]).toEqual([
      404,
      null,
      thrown.headers.get('content-length'),
    ]);

    const missing = await answers.missing;
    expect(missing.status).toBe(404);

    const hidden = await answers.hidden;
    expect(hidden.status).toBe(500);
    expect(await hidden.text()).not.toContain('db.internal');

    const wrapped = await answers.wrapped;
    expect(wrapped.status).toBe(404);
    expect(await wrapped.text()).toContain('No order 7 here');
  });
});
