import { DEFAULT_TYPE_BASE, defineProblems, ProblemError, resolveProblem } from '@status-i18n/core';

const problems = defineProblems(
  {
    'out-of-credit': {
      status: 403,
      messages: {
        en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
        'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
      },
    },
    'seat-taken': {
      status: 409,
      messages: { en: { title: 'Seat taken', detail: 'Seat {seat} is taken.' } },
    },
  },
  { typeBase: 'https://api.example.com/problems/' },
);

describe('defineProblems(definitions, options)', () => {
  it('creates an Error with a stack, the status and exposed words', () => {
    const error = problems.create('out-of-credit', { balance: 30, price: 50 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.stack).toContain('problems-define.test.ts');
    expect(error).toMatchObject({ name: 'ProblemError', status: 403, statusCode: 403, expose: true });
    expect(error.problem).toBe('out-of-credit');
    expect(error.params).toEqual({ balance: 30, price: 50 });
  });

  it('gives the error its English detail as message, for logs', () => {
    expect(problems.create('out-of-credit', { balance: 1234, price: 5000 }).message).toBe(
      'Your balance is 1,234; this costs 5,000.',
    );
  });

  it('keeps a frozen copy of the params, so a later change does not reach the response', () => {
    const params = { balance: 30, price: 50 };
    const error = problems.create('out-of-credit', params);
    params.balance = 9999;
    expect(Object.isFrozen(error.params)).toBe(true);
    expect(resolveProblem(error, 'en', { defaultLocale: 'en' })?.extensions).toEqual({ balance: 30, price: 50 });
  });

  it('answers in a language tag’s canonical case, whatever case it was defined in', () => {
    const mixed = defineProblems({
      gone: {
        status: 410,
        messages: { EN: { title: 'Gone', detail: 'Gone.' }, 'ZH-tw': { title: '已移除', detail: '已移除。' } },
      },
    });
    const context = { defaultLocale: 'en' };
    expect(resolveProblem(mixed.create('gone'), 'zh-TW', context)?.locale).toBe('zh-TW');
    expect(resolveProblem(mixed.create('gone'), 'en', context)?.locale).toBe('en');
    expect(Object.keys(mixed.list()[0]?.messages ?? {})).toEqual(['en', 'zh-TW']);
  });

  it('answers a Chinese reader in the script asked for when the problem is written under script tags', () => {
    const scripts = defineProblems({
      gone: {
        status: 410,
        messages: {
          en: { title: 'Gone', detail: 'Gone.' },
          'zh-Hans': { title: '已删除', detail: '已删除。' },
          'zh-Hant': { title: '已刪除', detail: '已刪除。' },
        },
      },
    });
    const context = { defaultLocale: 'en' };
    for (const [asked, answered] of [
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-CN', 'zh-Hans'],
      ['zh', 'zh-Hans'],
    ]) {
      expect([asked, resolveProblem(scripts.create('gone'), asked as string, context)?.locale]).toEqual([
        asked,
        answered,
      ]);
    }
  });

  it("falls back through the client's other accepted locales (acceptedLocales) before the default", () => {
    const error = problems.create('out-of-credit', { balance: 30, price: 50 });
    const resolved = (accepted?: string[]) =>
      resolveProblem(error, 'ja', { defaultLocale: 'en', acceptedLocales: accepted })?.locale;
    expect(resolved(['zh-CN', 'en'])).toBe('zh-CN');
    // A locale matched the way the requested one is: zh-SG means zh-CN.
    expect(resolved(['fr', 'zh-SG'])).toBe('zh-CN');
    expect(resolved(['fr'])).toBe('en');
    expect(resolved()).toBe('en');
    // Never a language the client refused, through another region of it.
    expect(
      resolveProblem(error, 'zh-TW', { defaultLocale: 'en', acceptedLocales: [], refusedLanguages: ['zh-cn'] })?.locale,
    ).toBe('en');
    expect(resolveProblem(error, 'zh-TW', { defaultLocale: 'en' })?.locale).toBe('zh-CN');
    // The requested locale, when the problem has it, before any other.
    expect(resolveProblem(error, 'en', { defaultLocale: 'en', acceptedLocales: ['zh-CN'] })?.locale).toBe('en');
  });

  it('makes the type from typeBase and the name', () => {
    const resolved = resolveProblem(problems.create('seat-taken', { seat: '12A' }), 'en', { defaultLocale: 'en' });
    expect(resolved?.type).toBe('https://api.example.com/problems/seat-taken');
  });

  it('makes a URN type without typeBase', () => {
    const local = defineProblems({ gone: { status: 410, messages: { en: { title: 'Gone', detail: 'Gone.' } } } });
    expect(DEFAULT_TYPE_BASE).toBe('urn:problem-type:');
    expect(local.list()[0]?.type).toBe('urn:problem-type:gone');
  });

  it('lists the defined problems in order, for docs and OpenAPI', () => {
    expect(problems.list()).toEqual([
      {
        name: 'out-of-credit',
        status: 403,
        type: 'https://api.example.com/problems/out-of-credit',
        messages: {
          en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
          'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
        },
      },
      {
        name: 'seat-taken',
        status: 409,
        type: 'https://api.example.com/problems/seat-taken',
        messages: { en: { title: 'Seat taken', detail: 'Seat {seat} is taken.' } },
      },
    ]);
    expect(Object.isFrozen(problems.list())).toBe(true);
  });

  it('throws a TypeError for a name it does not define (from JavaScript)', () => {
    const untyped = problems as unknown as { create(name: string): Error };
    expect(() => untyped.create('nope')).toThrow(new TypeError('status-i18n: no problem is defined as "nope"'));
  });

  describe('checks definitions when they are made', () => {
    const words = { en: { title: 'T', detail: 'D' } };
    const define = (definitions: unknown, options?: object) => () =>
      defineProblems(definitions as Parameters<typeof defineProblems>[0], options);

    it.each([
      ['a name that cannot end a URI', { 'has space': { status: 400, messages: words } }, /a problem name is/],
      ['a status outside 400–599', { ok: { status: 200, messages: words } }, /"status" must be an integer 400–599/],
      ['a status that is a string', { ok: { status: '400', messages: words } }, /"status"/],
      ['no messages', { ok: { status: 400, messages: {} } }, /at least one language/],
      ['a locale that is not a tag', { ok: { status: 400, messages: { 'en_US!': words.en } } }, /not a language tag/],
      // Tags of the header's grammar that Intl refuses: their messages could not be formatted in them.
      [
        'a tag of private use only',
        { ok: { status: 400, messages: { 'x-klingon': words.en } } },
        'status-i18n: problem "ok": "x-klingon" is not a language tag Intl formats words in (private use only, x-…, and grandfathered tags, i-…, are not)',
      ],
      ['a grandfathered tag', { ok: { status: 400, messages: { 'i-klingon': words.en } } }, /"i-klingon" is not a/],
      ['a singleton with no subtag', { ok: { status: 400, messages: { 'en-a': words.en } } }, /"en-a" is not a/],
      ['a missing detail', { ok: { status: 400, messages: { en: { title: 'T' } } } }, /needs a "title" and a "detail"/],
      ['an empty title', { ok: { status: 400, messages: { en: { title: ' ', detail: 'D' } } } }, /needs a "title"/],
      [
        'an ICU syntax error',
        { ok: { status: 400, messages: { en: { title: 'T', detail: '{n, plural, one {x}}' } } } },
        /problem "ok" detail in en is not a valid ICU message/,
      ],
      ['the validation problem type', { validation: { status: 400, messages: words } }, /validation problem/],
    ])('rejects %s', (_case, definitions, message) => {
      expect(define(definitions)).toThrow(TypeError);
      expect(define(definitions)).toThrow(message);
    });

    it('rejects a typeBase that is not an absolute URI', () => {
      expect(define({ ok: { status: 400, messages: words } }, { typeBase: '/problems/' })).toThrow(/"typeBase"/);
      expect(define({ ok: { status: 400, messages: words } }, { typeBase: 42 })).toThrow(/"typeBase"/);
    });

    it('rejects a typeBase that ends within a word, where the name would run on from it', () => {
      expect(define({ ok: { status: 400, messages: words } }, { typeBase: 'https://x.example/p' })).toThrow(
        'status-i18n: defineProblems() option "typeBase" must end with a delimiter, such as "https://x.example/p/"',
      );
      for (const typeBase of [
        'https://x.example/p/',
        'https://x.example/p#',
        'urn:acme:',
        'https://x.example/?type=',
      ]) {
        expect(defineProblems({ ok: { status: 400, messages: words } }, { typeBase }).list()[0]?.type).toBe(
          `${typeBase}ok`,
        );
      }
    });

    it('rejects a key of a definition it does not know (a misspelt status)', () => {
      expect(define({ ok: { staus: 400, messages: words } })).toThrow('status-i18n: problem "ok": unknown key "staus"');
    });

    it('rejects a key of a language’s messages it does not know (a misspelt detail), and a list of definitions', () => {
      expect(define({ ok: { status: 400, messages: { en: { title: 'A', detail: 'B', detial: 'C' } } } })).toThrow(
        'status-i18n: problem "ok": messages["en"] has an unknown key "detial" (title, detail)',
      );
      // An array's entries have no names: it would define problems named "0", "1", …
      expect(define([{ status: 400, messages: words }] as never)).toThrow(/an object of problem definitions by name/);
      expect(define(new Map([['ok', { status: 400, messages: words }]]) as never)).toThrow(/by name/);
    });

    it('rejects an option it does not know (a misspelt typeBase), and options that are not an object', () => {
      expect(define({ ok: { status: 400, messages: words } }, { typebase: 'https://x.example/' })).toThrow(
        new TypeError('status-i18n: defineProblems(): unknown option "typebase" (did you mean "typeBase"?)'),
      );
      expect(define({ ok: { status: 400, messages: words } }, 'https://x.example/' as never)).toThrow(TypeError);
    });

    it('allows the name "validation" under a typeBase of its own', () => {
      const own = defineProblems({ validation: { status: 400, messages: words } }, { typeBase: 'https://x.example/' });
      expect(own.list()[0]?.type).toBe('https://x.example/validation');
    });
  });
});
