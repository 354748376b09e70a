import { defineProblems, resolveProblem } from '@status-i18n/core';

// Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11, where tests run.
const DUE = new Date(Date.UTC(2024, 0, 5, 12));

const problems = defineProblems({
  'seats-left': {
    status: 409,
    messages: {
      en: {
        title: 'Not enough seats',
        detail: '{count, plural, =0 {No seat is left} one {Only # seat is left} other {Only # seats are left}}.',
      },
      'zh-CN': { title: '座位不足', detail: '仅剩 {count, number} 个座位。' },
      'zh-TW': { title: '座位不足', detail: '僅剩 {count, number} 個座位。' },
    },
  },
  'payment-due': {
    status: 402,
    messages: {
      en: { title: 'Payment due', detail: 'Pay {amount, number, ::currency/EUR} by {due, date, long}.' },
      'zh-CN': { title: '待付款', detail: '请在 {due, date, long}前支付 {amount, number, ::currency/EUR}。' },
      'zh-TW': { title: '待付款', detail: '請在 {due, date, long}前支付 {amount, number, ::currency/EUR}。' },
      de: { title: 'Zahlung fällig', detail: 'Zahlen Sie {amount, number, ::currency/EUR} bis {due, date, long}.' },
    },
  },
  'rank-missed': {
    status: 409,
    messages: {
      en: { title: 'Missed', detail: 'You came {place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}.' },
    },
  },
  'markup-stays-text': {
    status: 400,
    messages: { en: { title: 'Markup', detail: '<b>{name}</b> is plain text.' } },
  },
});

const detail = (error: unknown, locale: string) => resolveProblem(error, locale, { defaultLocale: 'en' })?.detail;

describe('defined problems format ICU messages for the language', () => {
  it.each([
    [0, 'No seat is left.'],
    [1, 'Only 1 seat is left.'],
    [2, 'Only 2 seats are left.'],
    [1200, 'Only 1,200 seats are left.'],
  ])('chooses the English plural form for %d', (count, expected) => {
    expect(detail(problems.create('seats-left', { count }), 'en')).toBe(expected);
  });

  it('formats numbers in Chinese', () => {
    const error = problems.create('seats-left', { count: 1200 });
    expect(detail(error, 'zh-CN')).toBe('仅剩 1,200 个座位。');
    expect(detail(error, 'zh-TW')).toBe('僅剩 1,200 個座位。');
  });

  it('formats currencies and dates per locale', () => {
    const error = problems.create('payment-due', { amount: 1234.5, due: DUE });
    expect(detail(error, 'en')).toBe('Pay €1,234.50 by January 5, 2024.');
    expect(detail(error, 'zh-CN')).toBe('请在 2024年1月5日前支付 €1,234.50。');
    expect(detail(error, 'zh-TW')).toBe('請在 2024年1月5日前支付 €1,234.50。');
    expect(detail(error, 'de')).toBe('Zahlen Sie 1.234,50\u00a0€ bis 5. Januar 2024.');
  });

  it('accepts a timestamp for a date, and sends it as its ISO 8601 string, as a Date (the OpenAPI schema’s type)', () => {
    const error = problems.create('payment-due', { amount: 1, due: DUE.getTime() });
    expect(detail(error, 'en')).toBe('Pay €1.00 by January 5, 2024.');
    const members = resolveProblem(error, 'en', { defaultLocale: 'en' })?.extensions;
    expect(members).toEqual({ amount: 1, due: DUE.toISOString() });
  });

  it('chooses ordinal forms', () => {
    expect(detail(problems.create('rank-missed', { place: 2 }), 'en')).toBe('You came 2nd.');
    expect(detail(problems.create('rank-missed', { place: 23 }), 'en')).toBe('You came 23rd.');
  });

  it('keeps markup as text: every renderer escapes it', () => {
    expect(detail(problems.create('markup-stays-text', { name: 'x' }), 'en')).toBe('<b>x</b> is plain text.');
  });
});
