import createError from 'http-errors';
import { call, quiet, throwing } from './client';
import type { Framework } from './frameworks';

const notFound = throwing(createError(404));

export function negotiationRules(framework: Framework): void {
  describe('format negotiation (Accept)', () => {
    it.each([
      ['no Accept', undefined, 'application/problem+json'],
      ['*/*', '*/*', 'application/problem+json'],
      ['application/problem+json', 'application/problem+json', 'application/problem+json'],
      ['application/json only', 'application/json', 'application/json'],
      ['text/html', 'text/html', 'text/html'],
      ['text/plain', 'text/plain', 'text/plain'],
      ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
      ['q-values', 'text/html;q=0.5, application/json;q=0.9', 'application/json'],
      ['application/*', 'application/*', 'application/problem+json'],
      ['unacceptable (image/png) → default, not 406', 'image/png', 'application/problem+json'],
      ['text/html;q=0 with */*', 'text/html;q=0, */*;q=0.1', 'application/problem+json'],
      ['malformed', ';;;,,,/', 'application/problem+json'],
      ['application/json with a charset', 'application/json; charset=utf-8', 'application/json'],
      ['text/plain with a charset', 'text/plain;charset=utf-8', 'text/plain'],
      ['text/html with a level', 'text/html; level=1', 'text/html'],
      ['parameters and weights', 'text/html;level=1;q=0.1, text/plain; charset=utf-8;q=0.9', 'text/plain'],
      // A weight over 1 (or with four decimals) is no weight: that entry is malformed and skipped, not preferred.
      ['a weight over 1', 'application/json;q=2, text/html;q=0.5', 'text/html'],
      ['a weight with four decimals', 'text/plain;q=0.9999, text/html;q=0.5', 'text/html'],
    ])('%s', async (_name, accept, type) => {
      const headers = accept === undefined ? {} : { Accept: accept };
      const response = await call(framework, { route: notFound, options: quiet }, { headers });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe(`${type}; charset=utf-8`);
    });

    it('answers the same body for application/json as for problem+json', async () => {
      const json = await call(
        framework,
        { route: notFound, options: quiet },
        { headers: { Accept: 'application/json' } },
      );
      const problem = await call(framework, { route: notFound, options: quiet });
      expect(json.text).toBe(problem.text);
    });

    it('negotiates only among the configured formats, with their default', async () => {
      const options = { ...quiet, formats: ['json', 'text'] as const, defaultFormat: 'text' as const };
      const html = await call(framework, { route: notFound, options }, { headers: { Accept: 'text/html' } });
      expect(html.headers['content-type']).toBe('text/plain; charset=utf-8');
      const json = await call(framework, { route: notFound, options }, { headers: { Accept: 'application/json' } });
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    });

    // Node refuses request headers over 16 KB with a 431 before any middleware runs; the core's own tests
    // cover 64 KB values.
    it('answers a 12 KB Accept header', async () => {
      const accept = `${'x/y;q=0.1, '.repeat(1100)}text/plain`;
      const response = await call(framework, { route: notFound, options: quiet }, { headers: { Accept: accept } });
      expect(response.status).toBe(404);
    });
  });

  describe('language negotiation (Accept-Language)', () => {
    it.each([
      ['nothing', undefined, 'en', 'Not Found'],
      ['zh-CN', 'zh-CN', 'zh-CN', '未找到'],
      ['zh', 'zh', 'zh-CN', '未找到'],
      ['zh-Hans-CN', 'zh-Hans-CN', 'zh-CN', '未找到'],
      ['zh-SG', 'zh-SG', 'zh-CN', '未找到'],
      ['zh-TW', 'zh-TW', 'zh-TW', '找不到'],
      ['zh-HK', 'zh-HK', 'zh-TW', '找不到'],
      ['zh-Hant-TW', 'zh-Hant-TW', 'zh-TW', '找不到'],
      ['en-GB', 'en-GB', 'en', 'Not Found'],
      ['fr;q=1, zh;q=0.5', 'fr;q=1, zh;q=0.5', 'zh-CN', '未找到'],
      ['zh-CN;q=0, en;q=0.5', 'zh-CN;q=0, en;q=0.5', 'en', 'Not Found'],
      ['*', '*', 'en', 'Not Found'],
      ['garbage', '!!!;q=foo,,,;', 'en', 'Not Found'],
      ['a weight over 1 (malformed, skipped)', 'zh-CN;q=1.5, zh-TW;q=0.8', 'zh-TW', '找不到'],
    ])('%s', async (_name, acceptLanguage, locale, title) => {
      const headers = acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage };
      const response = await call(framework, { route: notFound, options: quiet }, { headers });
      expect(response.headers['content-language']).toBe(locale);
      expect(response.body.title).toBe(title);
    });

    it('answers a 12 KB Accept-Language header with the default', async () => {
      const header = 'xx-invalid-tag-value;q=0.5, '.repeat(430);
      const response = await call(
        framework,
        { route: notFound, options: quiet },
        { headers: { 'Accept-Language': header } },
      );
      expect(response.status).toBe(404);
      expect(response.headers['content-language']).toBe('en');
    });

    it('uses defaultLocale when nothing matches', async () => {
      const response = await call(
        framework,
        { route: notFound, options: { ...quiet, defaultLocale: 'zh-TW' } },
        { headers: { 'Accept-Language': 'fr' } },
      );
      expect(response.headers['content-language']).toBe('zh-TW');
    });

    it('lets the application resolver win over the header', async () => {
      const response = await call(
        framework,
        { route: notFound, options: { ...quiet, locale: () => 'zh-Hant' } },
        { headers: { 'Accept-Language': 'en' } },
      );
      expect(response.headers['content-language']).toBe('zh-TW');
    });

    it('reads a POSIX locale name from the resolver (zh_TW, ja_JP.UTF-8) as the tag it stands for', async () => {
      for (const [chosen, expected] of [
        ['zh_TW', 'zh-TW'],
        ['zh_HK.UTF-8', 'zh-TW'],
        ['en_GB.UTF-8@euro', 'en'],
      ]) {
        const response = await call(
          framework,
          { route: notFound, options: { ...quiet, locale: () => chosen } },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect([chosen, response.headers['content-language']]).toEqual([chosen, expected]);
      }
    });

    it('falls back to the header when the resolver returns nothing or an unknown locale', async () => {
      for (const chosen of [undefined, 'fr']) {
        const response = await call(
          framework,
          { route: notFound, options: { ...quiet, locale: () => chosen } },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.headers['content-language']).toBe('zh-CN');
      }
    });

    it('appends Accept and Accept-Language to Vary, keeping what was there', async () => {
      const response = await call(framework, {
        route: (tools) => {
          tools.setHeader('Vary', 'Origin');
          throw createError(404);
        },
        options: quiet,
      });
      // A fetch handler that throws has returned no Response, so no `Vary` of the route's is there to keep.
      expect(response.headers.vary).toBe(
        framework.kind === 'fetch' ? 'Accept, Accept-Language' : 'Origin, Accept, Accept-Language',
      );
    });
  });
}
