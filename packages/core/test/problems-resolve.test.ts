import {
  createErrorLayer,
  defineProblems,
  type ErrorRequest,
  PROBLEM_MEMBER,
  type ProblemResolver,
  resolveProblem,
} from '@status-i18n/core';
import createError from 'http-errors';

const problems = defineProblems({
  'out-of-credit': {
    status: 403,
    messages: {
      en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
      'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
    },
  },
  'seat-taken': {
    status: 409,
    messages: {
      'zh-TW': { title: '座位已被預訂', detail: '座位 {seat} 已被預訂。' },
      ja: { title: '座席は予約済みです', detail: '座席 {seat} は予約済みです。' },
    },
  },
  'en-only': { status: 400, messages: { 'en-US': { title: 'Nope', detail: 'Nope, {who}.' } } },
});

const context = { defaultLocale: 'en' };
const credit = problems.create('out-of-credit', { balance: 30, price: 1500 });

describe('resolveProblem(thrown, locale, context)', () => {
  it('answers in the negotiated language, with the params as extension members', () => {
    expect(resolveProblem(credit, 'zh-CN', context)).toEqual({
      status: 403,
      type: 'urn:problem-type:out-of-credit',
      title: '余额不足',
      detail: '您的余额为 30，此操作需要 1,500。',
      extensions: { balance: 30, price: 1500 },
      locale: 'zh-CN',
    });
    expect(resolveProblem(credit, 'en', context)).toMatchObject({
      title: 'Not enough credit',
      detail: 'Your balance is 30; this costs 1,500.',
      locale: 'en',
    });
  });

  describe('falls back the way the catalog does, and says which language it used', () => {
    it.each([
      ['zh-Hans', 'out-of-credit', 'zh-CN'],
      ['zh-TW', 'out-of-credit', 'zh-CN'], // another region of the language before another language
      ['en-GB', 'out-of-credit', 'en'],
      ['fr', 'out-of-credit', 'en'], // the default locale
      ['zh-HK', 'seat-taken', 'zh-TW'],
      ['zh-Hant', 'seat-taken', 'zh-TW'],
      ['ja', 'seat-taken', 'ja'],
      ['fr', 'seat-taken', 'zh-TW'], // neither the default nor English: the first language
      ['en', 'en-only', 'en-US'],
    ] as const)('%s on %s → %s', (locale, name, expected) => {
      const error =
        name === 'out-of-credit'
          ? credit
          : name === 'seat-taken'
            ? problems.create(name, { seat: '12A' })
            : problems.create(name, { who: 'Ann' });
      expect(resolveProblem(error, locale, context)?.locale).toBe(expected);
    });

    it('prefers the catalog default to English', () => {
      expect(resolveProblem(credit, 'fr', { defaultLocale: 'zh-CN' })?.title).toBe('余额不足');
      expect(resolveProblem(problems.create('seat-taken', { seat: '1' }), 'fr', { defaultLocale: 'ja' })?.locale).toBe(
        'ja',
      );
    });
  });

  describe('extension members', () => {
    const mixed = defineProblems({
      mixed: { status: 422, messages: { en: { title: 'Mixed', detail: 'Due {due, date, medium}.' } } },
    });

    it('are JSON-safe: a Date as ISO 8601, a bigint as a string, functions and cycles left out', () => {
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic.self = cyclic;
      const error = mixed.create('mixed', {
        due: new Date(Date.UTC(2024, 0, 5, 12)),
        big: 12345678901234567890n,
        callback: () => 1,
        nested: { list: [1, 'two', { three: 3 }] },
        cyclic,
        invalid: new Date(Number.NaN),
      });
      expect(resolveProblem(error, 'en', context)?.extensions).toEqual({
        due: '2024-01-05T12:00:00.000Z',
        big: '12345678901234567890',
        nested: { list: [1, 'two', { three: 3 }] },
        cyclic: { a: 1 },
      });
    });

    it('never replace a standard member', () => {
      const error = mixed.create('mixed', {
        due: 0,
        type: 'x',
        title: 'x',
        status: 200,
        detail: 'x',
        instance: 'x',
        kept: true,
      });
      const resolved = resolveProblem(error, 'en', context);
      expect(resolved?.extensions).toEqual({ due: '1970-01-01T00:00:00.000Z', kept: true });
      expect(resolved).toMatchObject({ status: 422, title: 'Mixed', type: 'urn:problem-type:mixed' });
    });
  });

  it('refuses a param a JavaScript caller left out or misspelt, where create() is called', () => {
    const untyped = problems as unknown as { create(name: string, params?: object): Error };
    expect(() => untyped.create('out-of-credit', { balanse: 1 })).toThrow(
      new TypeError('status-i18n: problems.create("out-of-credit") needs the param "balance" that its messages use'),
    );
    expect(() => untyped.create('out-of-credit')).toThrow(TypeError);
  });

  it('never throws when a param cannot be formatted as its message asks: the title stands in for the detail', () => {
    // A Date the caller changed after create() (the params are a frozen copy, but a Date is an object of its own).
    const due = defineProblems({
      due: { status: 409, messages: { en: { title: 'Overdue', detail: 'It was due {due, date}.' } } },
    });
    const when = new Date(0);
    const error = due.create('due', { due: when });
    when.setTime(Number.NaN);
    expect(resolveProblem(error, 'en', context)).toMatchObject({ title: 'Overdue', detail: 'Overdue', locale: 'en' });
  });

  it('counts with a bigint in a plural, and refuses in create() one a number cannot hold', () => {
    const late = defineProblems({
      late: {
        status: 409,
        messages: {
          en: {
            title: 'Overdue',
            detail:
              '{n, plural, one {# day} other {# days}} late ({n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} notice).',
          },
          'zh-CN': { title: '已逾期', detail: '已逾期 {n, number} 天。' },
        },
      },
      total: { status: 409, messages: { en: { title: 'Too many', detail: '{n, number} items.' } } },
    });
    expect(resolveProblem(late.create('late', { n: 1n }), 'en', context)?.detail).toBe('1 day late (1st notice).');
    expect(resolveProblem(late.create('late', { n: 3n }), 'en', context)?.detail).toBe('3 days late (3rd notice).');
    expect(resolveProblem(late.create('late', { n: 3n }), 'zh-CN', context)?.detail).toBe('已逾期 3 天。');
    // Counted in one language is counted: 2^53 would be counted as 2^53 + 1's neighbour.
    expect(() => late.create('late', { n: 2n ** 53n })).toThrow(
      'status-i18n: problems.create("late") param "n" is formatted as a count (a finite number, or a bigint between -(2^53 - 1) and 2^53 - 1, which a plural can count with), got a bigint',
    );
    expect(() => late.create('late', { n: 2n ** 53n - 1n })).not.toThrow();
    // Printed only, any bigint keeps its every digit.
    expect(resolveProblem(late.create('total', { n: 2n ** 64n }), 'en', context)?.detail).toBe(
      '18,446,744,073,709,551,616 items.',
    );
  });

  it('refuses a message that is valid ICU but fails when formatted, where it is defined', () => {
    expect(() =>
      defineProblems({
        paid: { status: 402, messages: { en: { title: 'Pay', detail: 'Pay {price, number, ::currency/EURO}.' } } },
      }),
    ).toThrow(
      new TypeError('status-i18n: problem "paid" detail in en cannot be formatted (Invalid currency code : EURO)'),
    );
    expect(() =>
      defineProblems({
        paid: {
          status: 402,
          messages: {
            en: { title: 'Pay', detail: 'Pay {price, number, ::currency/EUR}.' },
            'zh-CN': { title: '{price, number, ::currency/RMB1}', detail: '请付款。' },
          },
        },
      }),
    ).toThrow(/problem "paid" title in zh-CN cannot be formatted \(Invalid currency code : RMB1\)/);
  });

  it('refuses an argument style that would change nothing: a misspelt name or number skeleton part, or one intl-messageformat does not read', () => {
    const paid = (detail: string) => () =>
      defineProblems({ paid: { status: 402, messages: { en: { title: 'Pay', detail } } } });
    expect(paid('Pay {price, number, ::currency/EUR precison-integer}.')).toThrow(
      new TypeError(
        'status-i18n: problem "paid" detail in en has a number skeleton part that changes nothing: "precison-integer" (misspelt, or not one that intl-messageformat formats)',
      ),
    );
    // Within a plural's branch, and one of ICU's that is not read: the number would print otherwise than written.
    expect(paid('{n, plural, one {# seat} other {{price, number, ::group-min2} each}}')).toThrow(/"group-min2"/);
    // A misspelt named style: a plain number, or a date where a time was meant.
    expect(paid('Pay {price, number, intger}.')).toThrow(
      'status-i18n: problem "paid" detail in en has a style that does not exist: "intger" (integer, currency, percent, or a skeleton, ::…)',
    );
    expect(paid('Due {due, time, shrot}.')).toThrow(/a style that does not exist: "shrot" \(short, medium, long, full/);
    expect(paid('Due {due, date, shrt}.')).toThrow(/"shrt"/);
    for (const styled of [
      '{price, number, integer}',
      '{price, number, percent}',
      '{due, date, long}',
      '{due, time, short}',
    ]) {
      expect(paid(`Pay ${styled}.`)).not.toThrow();
    }
    // Every form the messages here use takes effect, options and concise stems included.
    for (const skeleton of ['currency/EUR precision-integer', '.00/w', '@@@ sign-always', 'percent scale/100', 'K']) {
      expect(paid(`Pay {price, number, ::${skeleton}}.`)).not.toThrow();
    }
  });

  it('refuses in create() a param its messages cannot format (JavaScript callers; TypeScript says so first)', () => {
    const untyped = problems as unknown as { create(name: string, params?: object): Error };
    expect(() => untyped.create('out-of-credit', { balance: { not: 'a number' }, price: 1 })).toThrow(
      'status-i18n: problems.create("out-of-credit") param "balance" is formatted as a number (a finite number or a bigint), got an object',
    );
    expect(() => untyped.create('out-of-credit', { balance: '30', price: 1 })).toThrow(/"balance".*got a string/);
    expect(() => untyped.create('out-of-credit', { balance: null, price: 1 })).toThrow(/"balance".*got null/);
    // JSON has no NaN nor Infinity: the param's member would be dropped while the detail printed ∞.
    for (const [balance, got] of [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ] as const) {
      expect(() => untyped.create('out-of-credit', { balance, price: 1 })).toThrow(
        `"balance" is formatted as a number (a finite number or a bigint), got ${got}`,
      );
    }
    const dated = defineProblems({
      due: {
        status: 409,
        messages: {
          en: { title: 'Overdue', detail: '{item} was due {due, date} ({plan, select, pro {Pro} other {Free}}).' },
        },
      },
    }) as unknown as { create(name: string, params?: object): Error };
    expect(() => dated.create('due', { item: 'Rent', due: '2026-03-05', plan: 'pro' })).toThrow(
      /"due" is formatted as a date \(a valid Date or a number of milliseconds\), got a string/,
    );
    expect(() => dated.create('due', { item: 'Rent', due: new Date('nope'), plan: 'pro' })).toThrow(/an invalid Date/);
    expect(() => dated.create('due', { item: {}, due: 0, plan: 'pro' })).toThrow(/"item" is formatted as text/);
    expect(() => dated.create('due', { item: 'Rent', due: 0, plan: {} })).toThrow(/"plan" is formatted as a select/);
    // Text ICU cannot print, or prints as nothing; a timestamp past the range of a Date.
    for (const [item, got] of [
      [new Date(0), 'a Date'],
      [true, 'a boolean'],
      [1n, 'a bigint'],
      [null, 'null'],
    ] as const) {
      expect(() => dated.create('due', { item, due: 0, plan: 'pro' })).toThrow(`"item" is formatted as text`);
      expect(() => dated.create('due', { item, due: 0, plan: 'pro' })).toThrow(`got ${got}`);
    }
    expect(() => dated.create('due', { item: 'Rent', due: 1e20, plan: 'pro' })).toThrow(/"due" is formatted as a date/);
    // What fits: a Date or milliseconds, a string or a number as text, a string, number or boolean to select.
    for (const item of ['Rent', 1]) {
      expect(() => dated.create('due', { item, due: new Date(0), plan: false })).not.toThrow();
    }
    expect(() => dated.create('due', { item: 'Rent', due: -8.64e15, plan: 1 })).not.toThrow();
  });

  describe('recognizes problems by their member, not their class', () => {
    const answer = {
      status: 402,
      type: 'https://pay.example/problems/card-declined',
      title: 'Card declined',
      detail: 'Your card was declined.',
      extensions: { retry: true, title: 'ignored', fn: () => 1 },
      locale: 'en',
    };

    it('resolves a plain object from another copy of the package', () => {
      const seen: unknown[] = [];
      const resolver: ProblemResolver = {
        resolve(locale, resolveContext) {
          seen.push([locale, resolveContext]);
          return answer;
        },
      };
      const thrown = { [Symbol.for('status-i18n.problem')]: resolver };
      expect(PROBLEM_MEMBER).toBe(Symbol.for('status-i18n.problem'));
      expect(resolveProblem(thrown, 'en', context)).toEqual({ ...answer, extensions: { retry: true } });
      expect(seen).toEqual([['en', context]]);
    });

    it.each([
      [
        'a resolver that throws',
        () => ({
          resolve: () => {
            throw new Error('boom');
          },
        }),
      ],
      ['a status outside 400–599', () => ({ resolve: () => ({ ...answer, status: 200 }) })],
      ['a locale that is not a tag', () => ({ resolve: () => ({ ...answer, locale: '<script>' }) })],
      ['a missing title', () => ({ resolve: () => ({ ...answer, title: undefined }) })],
      ['no answer', () => ({ resolve: () => undefined })],
      ['no resolve function', () => ({ resolve: 'no' })],
    ])('gives undefined for %s', (_case, makeResolver) => {
      expect(resolveProblem({ [PROBLEM_MEMBER]: makeResolver() }, 'en', context)).toBeUndefined();
    });

    it.each([
      ['an Error', new Error('x')],
      ['null', null],
      ['a string', 'out-of-credit'],
      ['an http-errors-like object', { status: 403, expose: true, message: 'x' }],
      [
        'an object whose member throws',
        Object.defineProperty({}, Symbol.for('status-i18n.problem'), {
          get() {
            throw new Error('hostile');
          },
        }),
      ],
      [
        'a proxy that throws on every read',
        new Proxy(
          {},
          {
            get() {
              throw new Error('hostile');
            },
          },
        ),
      ],
    ])('gives undefined for %s', (_case, thrown) => {
      expect(resolveProblem(thrown, 'en', context)).toBeUndefined();
    });
  });
});

describe('the error layer reads the problem member of a thrown value once per error', () => {
  const layer = createErrorLayer<undefined>({ log: false }, { log: () => undefined });
  const request: ErrorRequest<undefined> = { method: 'GET', path: '/', header: () => undefined, context: undefined };
  const statusOf = (plan: { body: Uint8Array }) => JSON.parse(new TextDecoder().decode(plan.body)).status;

  /** `target` with a getter under the member that counts its reads and answers `answers` in turn. */
  function counted(target: object, answers: unknown[]): { thrown: object; reads: () => number } {
    let reads = 0;
    Object.defineProperty(target, PROBLEM_MEMBER, { get: () => answers[Math.min(reads++, answers.length - 1)] });
    return { thrown: target, reads: () => reads };
  }

  it('for an error that carries none, a 422 with field errors too', () => {
    const { thrown, reads } = counted(createError(422, 'Bad email', { errors: [{ field: 'email' }] }), [undefined]);
    expect(statusOf(layer.respond(thrown, request))).toBe(422);
    expect(reads()).toBe(1);
  });

  it('so a getter that answers differently the second time cannot split one response', () => {
    const resolver: ProblemResolver = {
      resolve: () => ({ status: 402, type: 'urn:x', title: 'Pay', detail: 'Pay first.', extensions: {}, locale: 'en' }),
    };
    const { thrown, reads } = counted({}, [resolver, undefined]);
    expect(statusOf(layer.respond(thrown, request))).toBe(402);
    expect(reads()).toBe(1);
  });
});
