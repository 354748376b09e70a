import { negotiateLocale } from '@status-i18n/core';

const AVAILABLE = ['en', 'zh-CN', 'zh-TW'];

describe('negotiateLocale(acceptLanguage, available, defaultLocale)', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['en-GB', 'en'],
    ['en-US,en;q=0.9', 'en'],
    // Cantonese is written mostly in Traditional characters; Mandarin as zh.
    ['yue', 'zh-TW'],
    ['yue-HK', 'zh-TW'],
    ['zh-yue', 'zh-TW'],
    ['yue-Hans', 'zh-CN'],
    ['yue-Hans-CN', 'zh-CN'],
    ['yue-CN', 'zh-CN'],
    ['cmn', 'zh-CN'],
    ['cmn-Hant-TW', 'zh-TW'],
    // Other Chinese languages by their region: Taiwanese and Hakka in Taiwan read Traditional characters.
    ['nan-TW', 'zh-TW'],
    ['hak-TW', 'zh-TW'],
    ['zh-min-nan', 'zh-CN'],
    ['wuu', 'zh-CN'],
    ['czh', 'zh-CN'],
  ])('maps %p to %p', (header, expected) => {
    // A default that differs from the expected answer, so a fallback to the default cannot pass by chance.
    const defaultLocale = expected === 'zh-TW' ? 'en' : 'zh-TW';
    expect(negotiateLocale(header, AVAILABLE, defaultLocale)).toBe(expected);
  });

  it('compares case-insensitively and answers the available spelling', () => {
    expect(negotiateLocale('ZH-tw', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('EN', AVAILABLE, 'zh-CN')).toBe('en');
  });

  it('follows q-values, not order', () => {
    expect(negotiateLocale('fr;q=1, zh;q=0.5', AVAILABLE, 'en')).toBe('zh-CN');
    expect(negotiateLocale('en;q=0.5, zh-TW;q=0.9', AVAILABLE, 'zh-CN')).toBe('zh-TW');
    expect(negotiateLocale('zh-TW, zh-CN', AVAILABLE, 'en')).toBe('zh-TW');
  });

  it('answers the default for the wildcard', () => {
    expect(negotiateLocale('*', AVAILABLE, 'zh-TW')).toBe('zh-TW');
    expect(negotiateLocale('fr, *;q=0.5', AVAILABLE, 'zh-CN')).toBe('zh-CN');
  });

  it('excludes a language with q=0', () => {
    expect(negotiateLocale('zh-CN;q=0, en;q=0.5', AVAILABLE, 'zh-TW')).toBe('en');
    expect(negotiateLocale('zh-CN;q=0', AVAILABLE, 'en')).toBe('en');
  });

  it('never reaches a refused language through another range’s fallback, or through *', () => {
    // `zh` falls back to zh-CN, which the client refused: any other Chinese it did not refuse.
    expect(negotiateLocale('zh-CN;q=0, zh', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh, zh-CN;q=0.000', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh-Hans, zh-CN;Q=0', AVAILABLE, 'en')).toBe('en');
    // A refused language refuses its regions too (RFC 4647 basic filtering)…
    expect(negotiateLocale('zh;q=0, fr, en;q=0.1', AVAILABLE, 'zh-CN')).toBe('en');
    // …unless the client names a narrower one: the more specific range wins, as in Accept.
    expect(negotiateLocale('zh;q=0, zh-TW', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh;q=0, zh-HK', AVAILABLE, 'en')).toBe('zh-TW');
    // A refused script refuses the locale it means.
    expect(negotiateLocale('zh-Hans;q=0, zh', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh-Hant;q=0, zh', AVAILABLE, 'en')).toBe('zh-CN');
    expect(negotiateLocale('zh-Hant;q=0, zh-TW;q=0.5, zh', AVAILABLE, 'en')).toBe('zh-CN');
    expect(negotiateLocale('zh-HK;q=0, zh-TW', AVAILABLE, 'en')).toBe('zh-TW');
    // A client that names one script and refuses its locale is not given the other script.
    expect(negotiateLocale('zh-CN;q=0, zh-Hans', AVAILABLE, 'en')).toBe('en');
    expect(negotiateLocale('zh-CN;q=0, zh-SG', AVAILABLE, 'en')).toBe('en');
    expect(negotiateLocale('zh-TW;q=0, zh-HK', AVAILABLE, 'en')).toBe('en');
    expect(negotiateLocale('zh-CN;q=0, *', AVAILABLE, 'zh-CN')).toBe('en');
    // A weight that is not zero refuses nothing.
    expect(negotiateLocale('zh-CN;q=0.01, zh', AVAILABLE, 'en')).toBe('zh-CN');
    // Nothing left that the client accepts: the default, as for a header that matches nothing.
    expect(negotiateLocale('zh;q=0, en;q=0', AVAILABLE, 'en')).toBe('en');
  });

  it.each([';;;,,,q=', '!!!', 'zh-CN;q=abc', '<script>', 'zh_CN', '-', 'q=1'])(
    'skips malformed entries such as %p and answers the default',
    (header) => {
      expect(negotiateLocale(header, AVAILABLE, 'en')).toBe('en');
    },
  );

  it('gives the other script to a Chinese reader who refused something else (a problem written in en and zh-CN)', () => {
    const oneScript = ['en', 'zh-CN'];
    // Without a refusal, and with one of another language or of a region only: Simplified rather than English.
    for (const header of ['zh-TW', 'zh-TW, fr;q=0', 'zh-HK, de;q=0', 'en;q=0, zh-TW', 'zh-Hant, zh-HK;q=0']) {
      expect([header, negotiateLocale(header, oneScript, 'en')]).toEqual([header, 'zh-CN']);
    }
    // Refusing the locale of the script it names still keeps the other script away.
    expect(negotiateLocale('zh-TW;q=0, zh-HK', oneScript, 'en')).toBe('en');
    expect(negotiateLocale('zh-Hant;q=0, zh-Hant-HK', oneScript, 'en')).toBe('en');
  });

  it('refuses with a region only that region, not the locale its words would fall back to', () => {
    expect(negotiateLocale('zh-Hant, zh-HK;q=0', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh-Hant, zh-MO;q=0', AVAILABLE, 'en')).toBe('zh-TW');
    expect(negotiateLocale('zh-Hans, zh-SG;q=0', AVAILABLE, 'en')).toBe('zh-CN');
    expect(negotiateLocale('zh, zh-SG;q=0', AVAILABLE, 'zh-TW')).toBe('zh-CN');
    // A script, or a script and its own region, is another spelling of the locale: refused with it.
    expect(negotiateLocale('zh-Hant-TW;q=0, zh', AVAILABLE, 'en')).toBe('zh-CN');
    // (And a reader of Simplified who refused it is not given Traditional instead: the default.)
    expect(negotiateLocale('zh-Hans;q=0, zh-SG', AVAILABLE, 'en')).toBe('en');
  });

  it('keeps reading after a malformed entry', () => {
    expect(negotiateLocale('!!!, zh-CN;q=abc, zh-TW;q=0.8', AVAILABLE, 'en')).toBe('zh-TW');
  });

  it.each(['zh-CN;q=1.5', 'zh-CN;q=2', 'zh-CN;q=1.001', 'zh-CN;q=0.5555', 'zh-CN;q=.5', 'zh-CN;q=-1', 'zh-CN;q=1e0'])(
    'skips %p: a weight outside RFC 9110 (0 to 1, three decimals) is malformed, not the strongest preference',
    (entry) => {
      expect(negotiateLocale(`${entry}, zh-TW;q=0.5`, AVAILABLE, 'en')).toBe('zh-TW');
      expect(negotiateLocale(entry, AVAILABLE, 'en')).toBe('en');
    },
  );

  it.each(['zh-CN;q=1', 'zh-CN;q=1.000', 'zh-CN;q=0.9', 'zh-CN;q=0.125', 'zh-CN;Q=0.9', 'zh-CN; q=0.9', 'zh-CN;q=1.'])(
    'reads %p as a weight',
    (entry) => {
      expect(negotiateLocale(`${entry}, zh-TW;q=0.1`, AVAILABLE, 'en')).toBe('zh-CN');
    },
  );

  it.each([
    ['an empty header', ''],
    ['a blank header', '   '],
    ['a missing header', undefined],
    ['null', null],
  ])('answers the default for %s', (_, header) => {
    expect(negotiateLocale(header, AVAILABLE, 'zh-CN')).toBe('zh-CN');
  });

  it("defaults to 'en' when no default is given", () => {
    expect(negotiateLocale('fr', AVAILABLE)).toBe('en');
  });

  it('answers a 64 KB header of junk with the default', () => {
    const junk = Array.from({ length: 8192 }, (_, index) => `x${index};q=0.${index % 10}`).join(', ');
    expect(junk.length).toBeGreaterThan(64 * 1024);
    expect(negotiateLocale(junk, AVAILABLE, 'zh-TW')).toBe('zh-TW');
    expect(negotiateLocale(';'.repeat(64 * 1024), AVAILABLE, 'zh-TW')).toBe('zh-TW');
    expect(negotiateLocale('a'.repeat(64 * 1024), AVAILABLE, 'zh-TW')).toBe('zh-TW');
  });

  it('answers a 64 KB header whose first entry matches', () => {
    const header = `zh-TW, ${'fr;q=0.1, '.repeat(7000)}de;q=0.1`;
    expect(header.length).toBeGreaterThan(64 * 1024);
    expect(negotiateLocale(header, AVAILABLE, 'en')).toBe('zh-TW');
  });

  it('always answers one of the available locales', () => {
    const headers = ['ja', 'zh-Hant-SG', 'zh-Latn', 'x-klingon', '*;q=0', 'en;q=2', 'zh;q=-1', '\u0000', 'é'];
    for (const header of headers) expect(AVAILABLE).toContain(negotiateLocale(header, AVAILABLE, 'en'));
  });

  it('reads a default that is not available but means one of them as that one, as createCatalog() does', () => {
    expect(negotiateLocale('fr', AVAILABLE, 'zh-HK')).toBe('zh-TW');
    expect(negotiateLocale(undefined, AVAILABLE, 'zh-Hans')).toBe('zh-CN');
    expect(negotiateLocale('*', AVAILABLE, 'en-GB')).toBe('en');
    // One that means none of them: the first available.
    expect(negotiateLocale('fr', ['zh-CN', 'en'], 'ja')).toBe('zh-CN');
  });

  it.each([
    ['a string for the list', 'zh-CN', 'en', /available must be a non-empty array/],
    ['an empty list', [], 'en', /available must be a non-empty array/],
    ['a list with a number', ['en', 42], 'en', /available must be a non-empty array/],
    ['a default that is no string', ['en'], 42, /defaultLocale must be a string/],
  ])('throws a TypeError that says what it takes for %s', (_case, available, defaultLocale, message) => {
    const call = () => negotiateLocale('zh-CN', available as string[], defaultLocale as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('matches against the locales it is given', () => {
    expect(negotiateLocale('pt-AO', ['en', 'pt-BR'], 'en')).toBe('pt-BR');
    expect(negotiateLocale('zh', ['en', 'ja'], 'ja')).toBe('ja');
  });
});
