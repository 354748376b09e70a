import { defineProblems, type ProblemError } from '@status-i18n/core';

// This file is type-checked by `tsc -p tsconfig.json`: each `@ts-expect-error` fails the check when the line
// below it compiles, so the typed contract of `create()` is tested there; Jest checks the runtime behaviour.
const problems = defineProblems({
  'out-of-credit': {
    status: 403,
    messages: {
      en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
      'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}。' },
    },
  },
  'seats-left': {
    status: 409,
    messages: {
      en: { title: 'Few seats', detail: '{count, plural, one {# seat} other {# seats}} left on {day, date}.' },
    },
  },
  'seat-taken': {
    status: 409,
    messages: {
      en: { title: 'Seat {seat} taken', detail: 'Try {kind, select, window {an aisle} other {a window}} seat.' },
    },
  },
  gone: { status: 410, messages: { en: { title: 'Gone', detail: 'It is gone.' } } },
  // ICU's quoting: '{' and '}' are text, '' an apostrophe, and the apostrophe of "can't" plain text.
  quoted: {
    status: 400,
    messages: {
      en: {
        title: "Can't use {field}",
        detail: "Write '{'braces'}' as text; it''s {count, number} of them, not '{count}'.",
      },
    },
  },
});

describe('problems.create(name, params) types', () => {
  it('takes the params the messages name, with their types', () => {
    const error: ProblemError<'out-of-credit'> = problems.create('out-of-credit', { balance: 1, price: 2 });
    expect(error.problem).toBe('out-of-credit');
    expect(problems.create('seats-left', { count: 2, day: new Date(0) }).status).toBe(409);
    expect(problems.create('seat-taken', { seat: '12A', kind: 'window' }).status).toBe(409);
  });

  it('allows more params than the messages name: they become extension members', () => {
    expect(problems.create('out-of-credit', { balance: 1, price: 2, currency: 'EUR' }).params.currency).toBe('EUR');
    expect(problems.create('gone', { since: '2024' }).params).toEqual({ since: '2024' });
  });

  it('reads quoted text as ICU does: no param for a quoted brace', () => {
    expect(problems.create('quoted', { field: 'name', count: 2 }).params).toEqual({ field: 'name', count: 2 });
    const untyped = () => {
      // @ts-expect-error `count` is still named outside the quotes
      problems.create('quoted', { field: 'name' });
      // @ts-expect-error `field` is named after "Can't"
      problems.create('quoted', { count: 2 });
    };
    expect(typeof untyped).toBe('function');
  });

  it('makes params optional when no message names one', () => {
    expect(problems.create('gone').params).toEqual({});
  });

  it('rejects at compile time what a message makes knowable', () => {
    const untyped = () => {
      // @ts-expect-error an unknown name
      problems.create('out-of-creditt', { balance: 1, price: 2 });
      // @ts-expect-error params are required when messages name them
      problems.create('out-of-credit');
      // @ts-expect-error `price` is missing
      problems.create('out-of-credit', { balance: 1 });
      // @ts-expect-error `balance` is formatted as a number
      problems.create('out-of-credit', { balance: 'lots', price: 2 });
      // @ts-expect-error a plural count is a number
      problems.create('seats-left', { count: 'two', day: new Date() });
      // @ts-expect-error a date is a Date or a timestamp
      problems.create('seats-left', { count: 2, day: 'monday' });
      // @ts-expect-error `seat` is named by the title, `kind` by the detail
      problems.create('seat-taken', { kind: 'window' });
    };
    // At runtime only the unknown name throws: the rest are answered with the words they can still make.
    expect(untyped).toThrow('no problem is defined as "out-of-creditt"');
  });
});

describe('defineProblems(definitions) types', () => {
  const words = { en: { title: 'T', detail: 'D' } };

  it('rejects at compile time the definitions it refuses when it runs', () => {
    // @ts-expect-error a status outside 400–599 (the message names the rule)
    expect(() => defineProblems({ ok: { status: 200, messages: words } })).toThrow('integer 400–599');
    // @ts-expect-error a status that is no integer
    expect(() => defineProblems({ ok: { status: 404.5, messages: words } })).toThrow('integer 400–599');
    // @ts-expect-error a member a definition does not have
    expect(() => defineProblems({ ok: { status: 404, descripton: 'x', messages: words } })).toThrow('descripton');
    expect(() =>
      // @ts-expect-error a member a language's words do not have
      defineProblems({ ok: { status: 404, messages: { en: { title: 'T', detail: 'D', detial: 'x' } } } }),
    ).toThrow('detial');
  });

  it('takes every error status, a status held in a number, and a listed problem', () => {
    expect(defineProblems({ a: { status: 400, messages: words }, b: { status: 599, messages: words } })).toBeDefined();
    const status: number = 418;
    const defined = defineProblems({ teapot: { status, messages: words } });
    const [listed] = defined.list();
    expect(defineProblems({ again: listed as NonNullable<typeof listed> }).list()[0]?.status).toBe(418);
  });
});
