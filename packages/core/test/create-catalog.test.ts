import {
  builtInValidationMessages,
  type CatalogOptions,
  createCatalog,
  defaultCatalog,
  describe as describeCode,
} from '@status-i18n/core';
import { de } from '@status-i18n/core/locales/de';
import { es } from '@status-i18n/core/locales/es';
import { fr } from '@status-i18n/core/locales/fr';
import { ja } from '@status-i18n/core/locales/ja';
import { ko } from '@status-i18n/core/locales/ko';
import { ptBr } from '@status-i18n/core/locales/pt-BR';
import { ru } from '@status-i18n/core/locales/ru';

const QUOTA_TITLE_ZH = '超出配额';
const QUOTA_EN = { title: 'Quota Exceeded', description: 'Your plan allows no more requests today.' };

const options = {
  defaultLocale: 'zh-CN',
  messages: {
    // Partial on purpose: what ja lacks comes from the default locale (zh-CN), then from en.
    ja: {
      http: {
        404: { title: '見つかりません', description: 'ページが見つかりません。' },
        500: { title: 'サーバーエラー' },
      },
    },
    'zh-CN': { http: { 404: { title: '页面走丢了' }, 432: { title: QUOTA_TITLE_ZH } } },
    en: { http: { 432: QUOTA_EN } },
  },
  codes: { http: { 432: { key: 'QUOTA_EXCEEDED' } } },
} satisfies CatalogOptions;

const builtIn = {
  zhCn404: describeCode(404, { locale: 'zh-CN' }),
  zhCn500: describeCode(500, { locale: 'zh-CN' }),
  zhCn403: describeCode(403, { locale: 'zh-CN' }),
};

describe('createCatalog(options)', () => {
  const catalog = createCatalog(options);

  it('refuses an option, a part of a locale’s words or a describe() option it does not know (a misspelt one)', () => {
    expect(() => createCatalog({ mesages: {} } as never)).toThrow(
      'status-i18n: createCatalog(): unknown option "mesages" (did you mean "messages"?)',
    );
    expect(() => createCatalog({ messages: { ko: { htpp: { 404: { title: 'x' } } } } as never })).toThrow(
      'status-i18n: createCatalog() messages["ko"]: unknown option "htpp"',
    );
    expect(() => describeCode(404, { lcoale: 'zh-CN' } as never)).toThrow(
      'status-i18n: describe(): unknown option "lcoale" (did you mean "locale"?)',
    );
    expect(() => describeCode(404, { catalog: createCatalog(), locale: 'ko' } as never)).toThrow(
      /catalog\.describe\(code\)/,
    );
    expect(describeCode(404, { locale: 'zh-CN' })?.title).toBe('未找到');
    // A locale that is no tag, a misspelt protocol: they answered English, or nothing.
    expect(() => describeCode(404, { locale: 5 } as never)).toThrow(
      'describe(): option "locale" must be a language tag, got a number',
    );
    expect(() => describeCode(550, { protocol: 'fpt' } as never)).toThrow(
      /option "protocol" must be 'http', 'ftp' or 'websocket'/,
    );
    // Deeper: a code's words, a page label, a protocol of `codes`.
    expect(() => createCatalog({ messages: { en: { http: { 404: { titel: 'x' } } } } } as never)).toThrow(
      'status-i18n: createCatalog(): the en words of http 404: unknown key "titel" (title, description)',
    );
    expect(() => createCatalog({ messages: { en: { html: { detials: 'x' } } } } as never)).toThrow(
      'status-i18n: createCatalog() messages["en"].html: unknown option "detials"',
    );
    expect(() => createCatalog({ codes: { htpp: {} } } as never)).toThrow(
      'status-i18n: createCatalog() codes: unknown option "htpp"',
    );
    expect(createCatalog({ messages: { en: { html: { details: 'More' } } } }).htmlLabels('en').details).toBe('More');
    // Validation words: a misspelt rule, and a message that is not ICU, as defineProblems() refuses it.
    expect(() => createCatalog({ messages: { en: { validation: { tooshort: 'x' } } } } as never)).toThrow(
      'status-i18n: createCatalog() messages["en"].validation: unknown option "tooshort"',
    );
    expect(() => createCatalog({ messages: { en: { validation: { required: 'Field {field is required' } } } })).toThrow(
      /createCatalog\(\) messages\["en"\]\.validation\.required is not a valid ICU message/,
    );
    const filled = createCatalog({ messages: { en: { validation: { required: 'Fill it in.' } } } });
    expect(filled.validationMessages).toEqual({ en: { required: 'Fill it in.' } });
    // An argument the rule does not give, one formatted otherwise than it is given, a value that is no string.
    expect(() =>
      createCatalog({ messages: { en: { validation: { tooShort: 'Needs {minimun}+ characters' } } } }),
    ).toThrow(
      'status-i18n: createCatalog() messages["en"].validation.tooShort names {minimun}, which the rule does not give (it gives {minimum})',
    );
    expect(() => createCatalog({ messages: { en: { validation: { oneOf: 'One of {values, number}' } } } })).toThrow(
      'status-i18n: createCatalog() messages["en"].validation.oneOf formats {values} as number; the rule gives it as text',
    );
    expect(() => createCatalog({ messages: { en: { validation: { required: 42 } } } } as never)).toThrow(
      'status-i18n: createCatalog() messages["en"].validation.required must be a string',
    );
    // A key Intl refuses as a locale: its words' numbers and plurals could not be formatted in it.
    expect(() => createCatalog({ messages: { 'x-klingon': { http: { 404: { title: 'x' } } } } })).toThrow(
      new TypeError(
        'status-i18n: "x-klingon" is not a language tag Intl formats words in (private use only, x-…, and grandfathered tags, i-…, are not)',
      ),
    );
    // Valid ICU that fails only when formatted: no such currency.
    expect(() =>
      createCatalog({ messages: { en: { validation: { tooSmall: 'At least {minimum, number, ::currency/EURO}.' } } } }),
    ).toThrow(
      'status-i18n: createCatalog() messages["en"].validation.tooSmall cannot be formatted (Invalid currency code : EURO)',
    );
    // A misspelt number skeleton stem: valid ICU that would format the number as if it were not there.
    expect(() =>
      createCatalog({
        messages: { en: { validation: { tooSmall: 'At least {minimum, number, ::precison-integer}.' } } },
      }),
    ).toThrow(/validation\.tooSmall has a number skeleton part that changes nothing: "precison-integer"/);
    // Printed as it is, an argument of any kind; and every shipped language's words pass as an app's own.
    expect(() =>
      createCatalog({ messages: { en: { validation: { tooShort: 'At least {minimum}.' } } } }),
    ).not.toThrow();
    for (const pack of [ja, ko, fr, de, es, ptBr, ru]) {
      expect(() => createCatalog({ messages: { [pack.locale]: { validation: pack.validation } } })).not.toThrow();
    }
    for (const shipped of Object.values(builtInValidationMessages)) {
      expect(() => createCatalog({ messages: { 'zh-HK': { validation: shipped } } })).not.toThrow();
    }
  });

  it('reads a locale key in any case as the locale it names: an override, not a second locale', () => {
    const catalog = createCatalog({
      messages: {
        'ZH-cn': { http: { 404: { title: '页面走丢了' } } },
        KO: { http: { 404: { title: '찾을 수 없음', description: '없습니다.' } } },
        ko: { http: { 410: { title: '사라짐', description: '사라졌습니다.' } } },
      },
    });
    expect(catalog.locales).toEqual(['en', 'zh-CN', 'zh-TW', 'ko']);
    expect(catalog.describe(404, { locale: 'zh-CN' })?.title).toBe('页面走丢了');
    // The other codes keep the built-in zh-CN words: the override did not take zh-CN's requests away.
    expect(catalog.describe(409, { locale: 'zh-CN' })).toMatchObject({ locale: 'zh-CN', title: '冲突' });
    expect(catalog.negotiateLocale('zh-CN')).toBe('zh-CN');
    // Both spellings of ko merged, each code in its words.
    expect(catalog.describe(404, { locale: 'ko' })).toMatchObject({ locale: 'ko', title: '찾을 수 없음' });
    expect(catalog.describe(410, { locale: 'ko' })).toMatchObject({ locale: 'ko', title: '사라짐' });
  });

  it('reads a Chinese key that names a shipped locale by its script (zh-Hans, zh-Hant-TW, zh) as that locale', () => {
    const catalog = createCatalog({
      messages: {
        'zh-Hans': { http: { 404: { title: '页面走丢了' } } },
        zh: { http: { 410: { title: '没了' } } },
        'zh-Hant-TW': { http: { 404: { title: '頁面不見了' } } },
        'zh-Hant-HK': { http: { 404: { title: '搵唔到' } } },
        'zh-SG': { http: { 404: { title: '找不到页面' } } },
      },
    });
    expect(catalog.describe(404, { locale: 'zh-CN' })?.title).toBe('页面走丢了');
    expect(catalog.describe(410, { locale: 'zh-CN' })?.title).toBe('没了');
    expect(catalog.describe(404, { locale: 'zh-TW' })?.title).toBe('頁面不見了');
    // A region of its own stays a locale of its own.
    // (zh-Hant-HK is zh-HK: Hong Kong writes Traditional characters anyway.)
    expect(catalog.locales).toEqual(['en', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-SG']);
    expect(catalog.negotiateLocale('zh-HK')).toBe('zh-HK');
    expect(catalog.describe(404, { locale: 'zh-SG' })?.title).toBe('找不到页面');
  });

  it('adds a locale', () => {
    expect(catalog.locales[0]).toBe('zh-CN');
    expect([...catalog.locales].sort()).toEqual(['en', 'ja', 'zh-CN', 'zh-TW']);
    expect(catalog.describe(404, { locale: 'ja' })).toMatchObject({
      title: '見つかりません',
      description: 'ページが見つかりません。',
      locale: 'ja',
    });
    expect(catalog.negotiateLocale('ja-JP, en;q=0.5')).toBe('ja');
  });

  it('ranks the locales a header accepts, best first, each once, refusals and the wildcard left out', () => {
    expect(catalog.rankLocales('ja-JP, en;q=0.5, zh-HK;q=0.7, ja;q=0.1')).toEqual(['ja', 'zh-TW', 'en']);
    expect(catalog.rankLocales('fr, *;q=0.5')).toEqual([]);
    expect(catalog.rankLocales('ja, en;q=0')).toEqual(['ja']);
    expect(catalog.rankLocales('zh, zh-CN;q=0')).toEqual(['zh-TW']);
    expect(catalog.rankLocales(undefined)).toEqual([]);
  });

  it('fills what an added locale lacks from the default locale', () => {
    expect(catalog.describe(500, { locale: 'ja' })).toMatchObject({
      title: 'サーバーエラー',
      description: builtIn.zhCn500?.description,
    });
    expect(catalog.describe(403, { locale: 'ja' })).toMatchObject({
      title: builtIn.zhCn403?.title,
      description: builtIn.zhCn403?.description,
      classTitle: builtIn.zhCn403?.classTitle,
    });
  });

  it('fills what an added regional locale lacks from the complete locale its tag means, before the default', () => {
    const regional = createCatalog({
      defaultLocale: 'zh-CN',
      messages: {
        'zh-HK': { http: { 404: { title: '搵唔到' } } },
        'en-AU': { http: { 404: { title: 'Not here, mate' } } },
      },
    });
    const zhTW = (code: number) => describeCode(code, { locale: 'zh-TW' });
    // Its own title, and the description zh-TW has for it (not the default's, zh-CN).
    expect(regional.describe(404, { locale: 'zh-HK' })).toMatchObject({
      title: '搵唔到',
      description: zhTW(404)?.description,
      classTitle: zhTW(404)?.classTitle,
      locale: 'zh-HK',
    });
    // A code it has no words for: zh-TW's, and the description says so.
    expect(regional.describe(410, { locale: 'zh-HK' })).toMatchObject({ title: zhTW(410)?.title, locale: 'zh-TW' });
    expect(regional.describe(410, { locale: 'en-AU' })).toMatchObject({ title: 'Gone', locale: 'en' });
    expect(regional.htmlLabels('zh-HK')).toEqual(regional.htmlLabels('zh-TW'));
    // A header that reaches the added locale reaches the one its words fall back to next, unless it refuses it.
    expect(regional.rankLocales('zh-HK, en;q=0.5')).toEqual(['zh-HK', 'zh-TW', 'en']);
    expect(regional.rankLocales('zh-HK, zh-TW;q=0, en;q=0.5')).toEqual(['zh-HK', 'en']);
    expect(regional.rankLocales('zh-TW')).toEqual(['zh-TW']);
    // Reached by the tags that say more about the same reader: a script, or Cantonese in Hong Kong.
    for (const header of ['zh-Hant-HK', 'yue-HK', 'yue-Hant-HK', 'zh-yue-HK']) {
      expect([header, regional.rankLocales(header)]).toEqual([header, ['zh-HK', 'zh-TW']]);
    }
    // A client that asked for the added locale and refused its parent still gets the parent's words for its gaps,
    // as validation words do (the narrower range wins).
    expect(regional.rankLocales('en-AU, en;q=0, zh-TW')).toEqual(['en-AU', 'en', 'zh-TW']);
    // Not by Simplified Chinese in Hong Kong: the added zh-HK is written in Traditional characters.
    expect(regional.rankLocales('zh-Hans-HK')).toEqual(['zh-CN']);
    // A locale whose tag means none of the complete ones (ja, without its pack) falls back to the default.
    expect(catalog.rankLocales('ja')).toEqual(['ja']);
  });

  it('fills what the default locale also lacks from en', () => {
    expect(catalog.describe(432, { locale: 'ja' })).toMatchObject({
      title: QUOTA_TITLE_ZH,
      description: QUOTA_EN.description,
    });
  });

  it('overrides one field and keeps the other', () => {
    expect(catalog.describe(404, { locale: 'zh-CN' })).toMatchObject({
      title: '页面走丢了',
      description: builtIn.zhCn404?.description,
    });
    expect(catalog.describe(404, { locale: 'zh-TW' })?.title).toBe('找不到');
  });

  it("adds the application's own code", () => {
    expect(catalog.describe(432, { locale: 'en' })).toMatchObject({
      code: 432,
      key: 'QUOTA_EXCEEDED',
      ...QUOTA_EN,
      classKey: '4xx',
      classTitle: 'Client Error',
      official: false,
      known: true,
    });
    expect(catalog.describe(432, { locale: 'zh-CN' })).toMatchObject({
      title: QUOTA_TITLE_ZH,
      classTitle: '客户端错误',
    });
  });

  it('uses its default locale when none is asked for or none matches', () => {
    expect(catalog.defaultLocale).toBe('zh-CN');
    expect(catalog.describe(404)?.locale).toBe('zh-CN');
    expect(catalog.describe(404, { locale: 'fr' })?.locale).toBe('zh-CN');
    expect(catalog.negotiateLocale(undefined)).toBe('zh-CN');
    expect(catalog.negotiateLocale('fr')).toBe('zh-CN');
  });

  it('takes a default locale by the tag that means it, and refuses one it has no words for', () => {
    expect(createCatalog({ defaultLocale: 'zh-HK' }).defaultLocale).toBe('zh-TW');
    expect(createCatalog({ defaultLocale: 'zh' }).defaultLocale).toBe('zh-CN');
    expect(createCatalog({ defaultLocale: 'EN-gb' }).defaultLocale).toBe('en');
    expect(createCatalog({ defaultLocale: 'zh-HK' }).negotiateLocale('fr')).toBe('zh-TW');
    // ja without its pack or words: not silently English.
    expect(() => createCatalog({ defaultLocale: 'ja' })).toThrow(
      /option "defaultLocale" must be one of the catalog's locales \(en, zh-CN, zh-TW\).*got "ja"/,
    );
    for (const wrong of ['', 'not a tag!', 42]) {
      expect(() => createCatalog({ defaultLocale: wrong as string })).toThrow(TypeError);
    }
    expect(
      createCatalog({ defaultLocale: 'ja', messages: { ja: { http: { 404: { title: '見つかりません' } } } } })
        .defaultLocale,
    ).toBe('ja');
  });

  it('leaves the default catalog unchanged', () => {
    expect(defaultCatalog.defaultLocale).toBe('en');
    expect(defaultCatalog.locales).toEqual(['en', 'zh-CN', 'zh-TW']);
    expect(describeCode(404, { locale: 'zh-CN' })?.title).toBe('未找到');
    expect(describeCode(404, { locale: 'ja' })?.locale).toBe('en');
    expect(describeCode(432)).toMatchObject({ key: 'CLIENT_ERROR', known: false });
    expect(defaultCatalog.negotiateLocale('ja')).toBe('en');
  });

  it('does not change the options it is given', () => {
    const given = structuredClone(options);
    createCatalog(given);
    expect(given).toEqual(options);
  });

  it.each(['bad tag!', '', 'zh_CN', 'en-'])('throws a TypeError for the locale name %p', (locale) => {
    expect(() => createCatalog({ messages: { [locale]: { http: { 404: { title: 'x' } } } } })).toThrow(TypeError);
  });

  it('takes only non-empty strings as words: a number was dropped, an empty title answered with nothing', () => {
    // @ts-expect-error: a title is a string
    expect(() => createCatalog({ messages: { en: { http: { 404: { title: 42 } } } } })).toThrow(
      new TypeError('status-i18n: createCatalog(): the en words of http 404: the title must be a non-empty string'),
    );
    expect(() => createCatalog({ messages: { en: { http: { 404: { title: ' ' } } } } })).toThrow(TypeError);
    expect(() => createCatalog({ messages: { 'zh-CN': { ftp: { 550: { description: '' } } } } })).toThrow(
      'status-i18n: createCatalog(): the zh-CN words of ftp 550: the description must be a non-empty string',
    );
  });

  it('makes a code of words alone: messages for a code the tables lack, without `codes`', () => {
    const catalog = createCatalog({
      messages: {
        en: {
          http: { 433: { title: 'Plan Limit Reached', description: 'Upgrade to continue.' } },
          websocket: { 4001: { title: 'Kicked' } },
        },
      },
    });
    const entry = catalog.describe(433);
    expect(entry).toMatchObject({
      title: 'Plan Limit Reached',
      description: 'Upgrade to continue.',
      key: 'PLAN_LIMIT_REACHED',
      known: true,
      official: false,
    });
    expect(catalog.describe(4001, { protocol: 'websocket' })?.title).toBe('Kicked');
    expect(describeCode(433)?.title).toBe('Client Error');
  });

  it("gives the HTML page's own words: the application's, else the shipped ones, else the default locale's", () => {
    const withLabels = createCatalog({
      defaultLocale: 'zh-CN',
      messages: {
        ja: { html: { details: '詳細', requestId: 'リクエスト ID', colon: '：' } },
        ko: { http: { 404: { title: '찾을 수 없음' } } },
        'zh-TW': { html: { stack: '堆疊' } },
      },
    });
    expect(withLabels.htmlLabels('ja')).toEqual({
      details: '詳細',
      fieldErrors: '需要更正的内容',
      requestId: 'リクエスト ID',
      stack: '调用栈（调试）',
      colon: '：',
    });
    // No labels of its own: the default locale's, as for a code's words.
    expect(withLabels.htmlLabels('ko').details).toBe('详细信息');
    expect(withLabels.htmlLabels('zh-TW')).toMatchObject({ stack: '堆疊', details: '詳細資訊' });
    expect(withLabels.htmlLabels('fr').details).toBe('详细信息');
    expect(defaultCatalog.htmlLabels('en-GB')).toEqual({
      details: 'Details',
      fieldErrors: 'What to correct',
      requestId: 'Request ID',
      stack: 'Stack trace (debug)',
      colon: ': ',
    });
  });

  it('takes only strings as HTML labels', () => {
    const odd = createCatalog({ messages: { ja: { html: { details: 42, colon: null } as never } } });
    expect(odd.htmlLabels('ja')).toMatchObject({ details: 'Details', colon: ': ' });
  });

  it('refuses words for a code outside every class, or a key that is no code, which no answer would carry', () => {
    expect(() => createCatalog({ messages: { en: { http: { 700: { title: 'Nope', description: 'x.' } } } } })).toThrow(
      new TypeError(
        'status-i18n: createCatalog(): the en words of http "700": it is neither a code of a class nor a class (as 404 or \'4xx\')',
      ),
    );
    expect(() => createCatalog({ messages: { en: { http: { abc: { title: 'x' } } as never } } })).toThrow(/"abc"/);
    expect(() => createCatalog({ messages: { en: { websocket: { 5000: { title: 'x' } } } } })).toThrow(/"5000"/);
    // A class's own words are keyed by the class.
    expect(
      createCatalog({ messages: { en: { http: { '4xx': { title: 'Your mistake' } } } } }).describe(432)?.title,
    ).toBe('Your mistake');
  });

  it('refuses an own code outside every class, and a misspelt fact of one', () => {
    expect(() => createCatalog({ codes: { http: { 600: { key: 'X' } } } } as never)).toThrow(
      'status-i18n: createCatalog() codes.http: 600 is no http code of a class',
    );
    expect(() => createCatalog({ codes: { http: { 432: { key: 'QUOTA', refrence: 'ACME' } } } } as never)).toThrow(
      'status-i18n: createCatalog() codes.http[432]: unknown option "refrence"',
    );
  });

  it('refuses messages that are no object of words by language tag', () => {
    for (const messages of [null, [], 'ja']) {
      expect(() => createCatalog({ messages } as never)).toThrow(
        'status-i18n: createCatalog() option "messages" is an object of words by language tag',
      );
    }
    expect(createCatalog({ messages: undefined } as never).describe(404)?.title).toBe('Not Found');
  });

  it('reads a POSIX locale name (zh_CN, zh_TW.UTF-8) as the tag it stands for', () => {
    expect(describeCode(404, { locale: 'zh_CN' })?.locale).toBe('zh-CN');
    expect(describeCode(404, { locale: 'zh_TW.UTF-8' })?.title).toBe(describeCode(404, { locale: 'zh-TW' })?.title);
    expect(createCatalog({ defaultLocale: 'zh-CN' }).describe(404, { locale: 'en_US' })?.locale).toBe('en');
    // Not a name of anything the catalog has: the default, as for any other tag.
    expect(describeCode(404, { locale: 'xx_YY' })?.locale).toBe('en');
  });

  it('refuses new facts for a code the catalog has: they are the standard’s', () => {
    // Made sendable, 1005 would go out in a Close frame, which RFC 6455 forbids.
    expect(() => createCatalog({ codes: { websocket: { 1005: { key: 'X', sendable: true } } } })).toThrow(
      "status-i18n: createCatalog() codes.websocket[1005]: 1005 is in the catalog, and its facts are the standard's",
    );
    expect(() => createCatalog({ codes: { http: { 404: { key: 'MISSING', official: false } } } })).toThrow(
      /codes\.http\[404\]: 404 is in the catalog/,
    );
  });

  it('takes an own code’s key only as a constant name', () => {
    expect(() => createCatalog({ codes: { http: { 432: { reference: 'ACME' } } } } as never)).toThrow(
      'status-i18n: createCatalog() codes.http[432].key must be a constant name in capitals, as QUOTA_EXCEEDED (got none)',
    );
    expect(() => createCatalog({ codes: { http: { 432: { key: 'quota exceeded' } } } })).toThrow(
      '(got "quota exceeded")',
    );
    expect(() => createCatalog({ codes: { http: { 432: { key: 5 } } } } as never)).toThrow('(got a number)');
    expect(createCatalog({ codes: { http: { 432: { key: 'QUOTA_EXCEEDED_2' } } } }).describe(432)?.key).toBe(
      'QUOTA_EXCEEDED_2',
    );
  });

  it('keeps the key of a code it lacks when the app rewords the class, in every language', () => {
    const reworded = createCatalog({
      messages: {
        en: { http: { '4xx': { title: 'Your fault' } } },
        ru: { http: { '4xx': { title: 'Ошибка клиента' } } },
      },
    });
    for (const locale of ['en', 'zh-CN', 'ru']) {
      expect(reworded.describe(432, { locale })?.key).toBe('CLIENT_ERROR');
      expect(reworded.describe(432, { locale })?.key).toBe(describeCode(432)?.key);
    }
    expect(reworded.describe(432)?.title).toBe('Your fault');
  });

  it('makes the key of a code only its words add from the English title, accents dropped', () => {
    const catalog = createCatalog({ messages: { en: { http: { 434: { title: 'Déjà vu – 2' } } } } });
    expect(catalog.describe(434)?.key).toBe('DEJA_VU_2');
    const letters = createCatalog({ messages: { en: { http: { 435: { title: 'Naïve Über-Straße, Ærø Œuvre' } } } } });
    expect(letters.describe(435)?.key).toBe('NAIVE_UBER_STRASSE_AERO_OEUVRE');
    const chineseOnly = createCatalog({ messages: { 'zh-CN': { http: { 434: { title: '配额已用完' } } } } });
    expect(chineseOnly.describe(434)?.key).toBe('HTTP_434');
  });
});
