import { createCatalog, validationProblem } from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';
import { ru } from '@status-i18n/core/locales/ru';
import createError from 'http-errors';
import { z } from 'zod4';
import { call, quiet, throwing } from './client';
import type { Framework } from './frameworks';

export function languageRules(framework: Framework): void {
  describe('languages loaded on their own: createCatalog({ locales: [ja, ru] })', () => {
    const catalog = createCatalog({ locales: [ja, ru] });

    it('answers in a loaded language, every format, with its own page words', async () => {
      const setup = { route: throwing(createError(404)), options: { ...quiet, catalog } };
      const json = await call(framework, setup, { headers: { 'Accept-Language': 'ja-JP,ja;q=0.9,en;q=0.5' } });
      expect(json.headers['content-language']).toBe('ja');
      expect(json.body).toMatchObject({ title: ja.http[404].title, detail: ja.http[404].description });
      const html = await call(framework, setup, { headers: { Accept: 'text/html', 'Accept-Language': 'ja' } });
      expect(html.text).toContain('<html lang="ja"');
      expect(html.text).toContain(ja.http['4xx'].description);
    });

    it('words validation problems in a loaded language', async () => {
      const route = () => {
        const result = z.object({ name: z.string().min(3) }).safeParse({ name: 'x' });
        if (!result.success) throw validationProblem(result.error, { in: 'body' });
      };
      const response = await call(
        framework,
        { route, options: { ...quiet, catalog } },
        { headers: { 'Accept-Language': 'ru' } },
      );
      expect(response.status).toBe(422);
      expect(response.headers['content-language']).toBe('ru');
      expect(response.body.title).toMatch(/[\u0400-\u04ff]/);
      expect(response.body.errors[0].detail).toMatch(/[\u0400-\u04ff]/);
    });

    it('still answers a language that was not loaded with the default', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(404)), options: { ...quiet, catalog } },
        { headers: { 'Accept-Language': 'ko' } },
      );
      expect(response.headers['content-language']).toBe('en');
    });
  });
}
