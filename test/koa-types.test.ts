import { errorHandler, type KoaErrorOptions } from '@status-i18n/koa';
import Koa from 'koa3';
import request from 'supertest';

/**
 * The hooks typed with the app's own state (`new Koa<AppState>()`). The type checks are compiled by
 * `npx tsc -p tsconfig.json`: with the state named, a hook's `ctx.state` is it, not Koa's default `any`.
 */
interface AppState {
  user?: { locale: string };
}

describe('errorHandler<AppState>(options)', () => {
  it("types the hooks' ctx.state with the app's state, and answers in the language the hook reads from it", async () => {
    const app = new Koa<AppState>();
    app.use(errorHandler<AppState>({ locale: (ctx) => ctx.state.user?.locale, log: false }));
    app.use((ctx) => {
      ctx.state.user = { locale: 'zh-TW' };
      ctx.throw(404);
    });
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(404);
    expect(response.headers['content-language']).toBe('zh-TW');
  });

  it('rejects at compile time what the state does not have', () => {
    const options: KoaErrorOptions<AppState> = {
      // @ts-expect-error `lang` is not a member of AppState's user
      locale: (ctx) => ctx.state.user?.lang,
    };
    // Without the state named, ctx.state is Koa's default (`any`), as before.
    const untyped = errorHandler({ locale: (ctx) => ctx.state.anything });
    expect(typeof options.locale).toBe('function');
    expect(typeof untyped).toBe('function');
  });
});
