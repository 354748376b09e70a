import { builtInValidationMessages, createCatalog, defineProblems, validationProblem } from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';
import { ru } from '@status-i18n/core/locales/ru';
import createError from 'http-errors';
import { z } from 'zod4';
import { call, quiet, throwing } from './client';
import type { Framework } from './frameworks';

/** A route whose body fails its schema in one field: a validation problem, worded in the response's language. */
function invalidName(): void {
  const result = z.object({ name: z.string().min(3) }).safeParse({ name: 'x' });
  if (!result.success) throw validationProblem(result.error, { in: 'body' });
}

export function languageRules(framework: Framework): void {
  it("marks the catalog's words with their language on a page in a language the catalog lacks", async () => {
    // A problem written in Japanese only, answered with the built-in catalog, which has no Japanese.
    const onlyJa = defineProblems({
      sold: { status: 409, messages: { ja: { title: '売り切れ', detail: '在庫がありません。' } } },
    });
    const response = await call(
      framework,
      { route: throwing(onlyJa.create('sold')), options: quiet },
      { headers: { Accept: 'text/html', 'Accept-Language': 'ja' } },
    );
    expect(response.headers['content-language']).toBe('ja');
    expect(response.text).toContain('<html lang="ja"');
    expect(response.text).toContain('<h1>売り切れ</h1>');
    const english = createCatalog().describe(409, { locale: 'en' });
    expect(response.text).toContain(`<p lang="en" dir="ltr">${english?.description}</p>`);
    expect(response.text).toContain('<p class="class" lang="en" dir="ltr">');
    // So are the page's labels, English's too: the details section's (its list back in the page's language), the
    // field errors' heading, the request id's; a member's name is in no language.
    const withDetails = defineProblems({
      sold: {
        status: 409,
        messages: { ja: { title: '売り切れ', detail: '{item}の在庫がありません。' } },
      },
    });
    const detailed = await call(
      framework,
      {
        route: throwing(
          withDetails.create('sold', { item: '傘', errors: [{ detail: '数量が多すぎます。', pointer: '#/quantity' }] }),
        ),
        options: { ...quiet, requestId: 'x-request-id' },
      },
      { headers: { Accept: 'text/html', 'Accept-Language': 'ja', 'X-Request-Id': 'r-1' } },
    );
    expect(detailed.text).toContain('<section lang="en" dir="ltr" aria-label="Details"><dl lang="ja" dir="ltr">');
    expect(detailed.text).toContain('<dt>item</dt><dd>傘</dd>');
    expect(detailed.text).toContain('<section><h2 lang="en" dir="ltr">What to correct</h2><ul>');
    // The problem's `type` is named by its member's name: an English word on a Japanese page.
    expect(detailed.text).toContain(
      '<p class="meta"><span lang="en" dir="ltr">type: </span><code>urn:problem-type:sold</code>',
    );
    expect(detailed.text).toContain(
      '<p class="meta"><span lang="en" dir="ltr">Request ID: </span><code>r-1</code></p>',
    );
    // A client whose language the catalog has: the catalog's words (and the page's labels) in it.
    const chinese = await call(
      framework,
      { route: throwing(onlyJa.create('sold')), options: quiet },
      { headers: { Accept: 'text/html', 'Accept-Language': 'zh-CN' } },
    );
    expect(chinese.text).toContain('<html lang="ja"');
    const zhCN = createCatalog().describe(409, { locale: 'zh-CN' });
    expect(chinese.text).toContain(`<p lang="zh-CN" dir="ltr">${zhCN?.description}</p>`);
    // Where they are the page's language, nothing is marked.
    const zh = await call(
      framework,
      { route: throwing(createError(409)), options: quiet },
      { headers: { Accept: 'text/html', 'Accept-Language': 'zh-CN' } },
    );
    expect(zh.text).not.toContain('<p lang=');
    expect(zh.text).not.toMatch(/<(section|span|dt|h2|summary) lang=/);
  });

  it('takes defaultLocale by the tag that means a catalog locale: zh-HK answers a French reader in zh-TW', async () => {
    const response = await call(
      framework,
      { route: throwing(createError(404)), options: { ...quiet, defaultLocale: 'zh-HK' } },
      { headers: { 'Accept-Language': 'fr' } },
    );
    expect(response.headers['content-language']).toBe('zh-TW');
  });

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
      const route = invalidName;
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

    // A problem written in two languages, as many apps do, with ja and ru loaded for the catalog's words.
    const problems = defineProblems({
      seatTaken: {
        status: 409,
        messages: {
          en: { title: 'Seat taken', detail: 'Seat {seat} is taken.' },
          'zh-CN': { title: '座位已被占用', detail: '座位 {seat} 已被占用。' },
        },
      },
    });

    it("words an application problem in the client's next language it has, before the default", async () => {
      const setup = { route: throwing(problems.create('seatTaken', { seat: '12A' })), options: { ...quiet, catalog } };
      for (const accept of ['application/json', 'text/html']) {
        const response = await call(framework, setup, {
          headers: { Accept: accept, 'Accept-Language': 'ja, zh-CN;q=0.8, en;q=0.5' },
        });
        expect(response.status).toBe(409);
        // The problem has no Japanese: Chinese, which the client accepts next, not the default English.
        expect(response.headers['content-language']).toBe('zh-CN');
        if (accept === 'text/html') expect(response.text).toContain('<html lang="zh-CN"');
        else expect(response.body).toMatchObject({ title: '座位已被占用', detail: '座位 12A 已被占用。', seat: '12A' });
      }
      // With no other language the client accepts, and with one the locale hook chose, the default's.
      const only = await call(framework, setup, { headers: { 'Accept-Language': 'ja' } });
      expect(only.headers['content-language']).toBe('en');
      expect(only.body.title).toBe('Seat taken');
      const chosen = await call(
        framework,
        { ...setup, options: { ...setup.options, locale: () => 'ja' } },
        { headers: { 'Accept-Language': 'zh-CN' } },
      );
      expect(chosen.headers['content-language']).toBe('en');
      // A refused Chinese is not reached.
      const refused = await call(framework, setup, { headers: { 'Accept-Language': 'ja, ru;q=0.9, zh-CN;q=0' } });
      expect(refused.headers['content-language']).toBe('en');
      // Nor through another region of Chinese: a Taiwanese reader who refused Simplified Chinese.
      for (const header of ['zh-TW, zh-CN;q=0, en;q=0.5', 'zh-TW, zh-Hans;q=0, en;q=0.5']) {
        const traditional = await call(framework, setup, { headers: { 'Accept-Language': header } });
        expect([header, traditional.headers['content-language']]).toEqual([header, 'en']);
      }
      // Nor through the default's: a default of zh-CN does not bring a refused zh-TW problem text back.
      const traditionalOnly = defineProblems({
        seat: {
          status: 409,
          messages: {
            en: { title: 'Seat taken', detail: 'Taken.' },
            'zh-TW': { title: '座位已被佔用', detail: '已被佔用。' },
          },
        },
      });
      const fromDefault = await call(
        framework,
        {
          route: throwing(traditionalOnly.create('seat')),
          options: { ...quiet, catalog, defaultLocale: 'zh-CN' },
        },
        { headers: { 'Accept-Language': 'fr, zh-TW;q=0' } },
      );
      expect(fromDefault.headers['content-language']).toBe('en');
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

  describe("a region the app added for a few codes: createCatalog({ messages: { 'zh-HK': { http: { 404 } } } })", () => {
    const catalog = createCatalog({
      defaultLocale: 'zh-CN',
      messages: { 'zh-HK': { http: { 404: { title: '搵唔到' } } } },
    });
    const zhTW = (code: number) => catalog.describe(code, { locale: 'zh-TW' });

    it('answers the rest in the locale its tag means (zh-TW), not in the default or the next language', async () => {
      const headers = { 'Accept-Language': 'zh-HK, en;q=0.5' };
      for (const accept of ['application/json', 'text/html']) {
        const own = await call(
          framework,
          { route: throwing(createError(404)), options: { ...quiet, catalog } },
          { headers: { ...headers, Accept: accept } },
        );
        expect(own.headers['content-language']).toBe('zh-HK');
        const other = await call(
          framework,
          { route: throwing(createError(410)), options: { ...quiet, catalog } },
          { headers: { ...headers, Accept: accept } },
        );
        expect(other.headers['content-language']).toBe('zh-TW');
        if (accept === 'text/html') {
          expect(own.text).toContain('<html lang="zh-HK"');
          expect(own.text).toContain(zhTW(404)?.description);
          expect(other.text).toContain('<html lang="zh-TW"');
        } else {
          expect(own.body).toMatchObject({ title: '搵唔到', detail: zhTW(404)?.description });
          expect(other.body).toMatchObject({ title: zhTW(410)?.title, detail: zhTW(410)?.description });
        }
      }
    });

    it('never answers in the locale it falls back to when the client refused that one', async () => {
      const headers = { 'Accept-Language': 'zh-HK, zh-TW;q=0' };
      const other = await call(
        framework,
        { route: throwing(createError(410)), options: { ...quiet, catalog } },
        { headers },
      );
      // The default's words, zh-CN, as for a client that accepts nothing the catalog has.
      expect(other.headers['content-language']).toBe('zh-CN');
      const route = invalidName;
      const validation = await call(framework, { route, options: { ...quiet, catalog } }, { headers });
      expect(validation.headers['content-language']).toBe('zh-CN');
      expect(validation.body.title).toBe(builtInValidationMessages['zh-CN']?.title);
    });
  });

  describe('a language the app added for a few codes: createCatalog({ messages: { ko: { http: { 404 } } } })', () => {
    const catalog = createCatalog({
      defaultLocale: 'zh-CN',
      messages: { ko: { http: { 404: { title: '찾을 수 없음', description: '요청한 페이지가 없습니다.' } } } },
    });

    it('answers its codes in it, and names the language the others are answered in, not the one asked for', async () => {
      const headers = { 'Accept-Language': 'ko' };
      const ko = await call(
        framework,
        { route: throwing(createError(404)), options: { ...quiet, catalog } },
        { headers },
      );
      expect(ko.headers['content-language']).toBe('ko');
      expect(ko.body.title).toBe('찾을 수 없음');
      for (const accept of ['application/json', 'text/html']) {
        const other = await call(
          framework,
          { route: throwing(createError(409)), options: { ...quiet, catalog } },
          { headers: { ...headers, Accept: accept } },
        );
        // The catalog's words for a 409 are the default locale's: so is the language the response names.
        expect(other.headers['content-language']).toBe('zh-CN');
        if (accept === 'text/html') expect(other.text).toContain('<html lang="zh-CN"');
        else expect(other.body.title).toBe(catalog.describe(409, { locale: 'zh-CN' })?.title);
      }
    });

    it("answers the others in the client's next language that has them, before the default", async () => {
      const headers = { 'Accept-Language': 'ko, fr;q=0.9, en-GB;q=0.8, zh-CN;q=0.5' };
      for (const accept of ['application/json', 'text/html']) {
        const other = await call(
          framework,
          { route: throwing(createError(409)), options: { ...quiet, catalog } },
          { headers: { ...headers, Accept: accept } },
        );
        // fr is not in the catalog: English, the next the client accepts, not zh-CN, the default.
        expect(other.headers['content-language']).toBe('en');
        if (accept === 'text/html') expect(other.text).toContain('<html lang="en"');
        else
          expect(other.body).toMatchObject({
            title: 'Conflict',
            detail: catalog.describe(409, { locale: 'en' })?.description,
          });
      }
      // Its own codes still in it; a refused English is not reached.
      const ko = await call(
        framework,
        { route: throwing(createError(404)), options: { ...quiet, catalog } },
        { headers },
      );
      expect(ko.headers['content-language']).toBe('ko');
      const refused = await call(
        framework,
        { route: throwing(createError(409)), options: { ...quiet, catalog } },
        { headers: { 'Accept-Language': 'ko, en;q=0' } },
      );
      expect(refused.headers['content-language']).toBe('zh-CN');
    });

    it("words a validation problem in the client's next language that has validation words", async () => {
      // ko has no validation words of its own here (its pack is not loaded): zh-TW, the client's next choice, has.
      const route = invalidName;
      const response = await call(
        framework,
        { route, options: { ...quiet, catalog } },
        { headers: { 'Accept-Language': 'ko, zh-TW;q=0.9' } },
      );
      expect(response.status).toBe(422);
      expect(response.headers['content-language']).toBe('zh-TW');
      expect(response.body.title).toBe(builtInValidationMessages['zh-TW']?.title);
      // A locale the hook chose: the default's words, zh-CN.
      const chosen = await call(
        framework,
        { route, options: { ...quiet, catalog, locale: () => 'ko' } },
        { headers: { 'Accept-Language': 'zh-TW' } },
      );
      expect(chosen.headers['content-language']).toBe('zh-CN');
      expect(chosen.body.title).toBe(builtInValidationMessages['zh-CN']?.title);
    });

    it('a locale the locale hook chose keeps the catalog’s fallback (the app chose one language)', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(409)), options: { ...quiet, catalog, locale: () => 'ko' } },
        { headers: { 'Accept-Language': 'en' } },
      );
      expect(response.headers['content-language']).toBe('zh-CN');
    });
  });
}
