import { type HonoErrorOptions, notFound, onError } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';

// This file is type-checked by `tsc -p tsconfig.json`: each `@ts-expect-error` fails the check when the line
// below it compiles, so the typed hooks are tested there; Jest checks that the same options work at runtime.

interface User {
  readonly locale: string;
}
type AppEnv = { Variables: { user: User } };

const errors: HonoErrorOptions<AppEnv> = {
  // `c.get('user')` is the app's User: `.locale` is a string, not `any`.
  locale: (c) => {
    const user: User | undefined = c.get('user');
    return user?.locale;
  },
  instance: true,
};

const untyped: HonoErrorOptions<AppEnv> = {
  // @ts-expect-error `c` knows the app's Variables: an unknown one does not compile
  locale: (c) => c.get('account'),
};

// @ts-expect-error an app's typed hooks do not fit an app of another Env
onError<{ Variables: { tenant: string } }>(errors);

describe('HonoErrorOptions<Env>', () => {
  it('types the hooks’ `c` with the app’s Variables, one object for onError and notFound', async () => {
    const app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set('user', { locale: c.req.header('X-User-Locale') ?? 'en' });
      await next();
    });
    app.onError(onError(errors));
    app.notFound(notFound(errors));
    app.get('/fail', () => {
      throw new Error('hidden');
    });
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failed = await app.request('/fail', { headers: { 'X-User-Locale': 'zh-TW' } });
      expect(failed.headers.get('content-language')).toBe('zh-TW');
      expect(await failed.json()).toMatchObject({ status: 500, instance: '/fail' });
    } finally {
      printed.mockRestore();
    }
    const missing = await app.request('/nowhere', { headers: { 'X-User-Locale': 'zh-CN' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-language')).toBe('zh-CN');
  });

  it('still fits an app without Variables when given no type argument', async () => {
    const app = new Hono();
    const options: HonoErrorOptions = { locale: (c) => c.req.query('lang') };
    app.onError(onError(options));
    app.notFound(notFound(options));
    expect((await app.request('/nowhere?lang=zh-TW')).headers.get('content-language')).toBe('zh-TW');
    expect(untyped.locale).toBeInstanceOf(Function);
  });
});
