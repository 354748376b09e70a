import { closeReason, createCatalog, MAX_CLOSE_REASON_BYTES, websocketCodes } from '@status-i18n/core';

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text).length;
/** What the peer reads after the reason went over the wire as UTF-8. */
const roundTrip = (text: string) => new TextDecoder().decode(encoder.encode(text));

const LONG_TITLES = {
  cjk: `a${'汉'.repeat(199)}`,
  emoji: `a${'😀'.repeat(199)}`,
  family: `a${'👨‍👩‍👧'.repeat(199)}`,
};

describe('closeReason(code, options)', () => {
  it.each([
    [1000, 'en', 'Normal Closure'],
    [1001, 'en', 'Going Away'],
    [1000, 'zh-CN', '正常关闭'],
    [1001, 'zh-CN', '终端离开'],
    [1000, 'zh-TW', '正常關閉'],
    [1001, 'zh-TW', '端點離開'],
  ])('answers %p in %s with its localized title', (code, locale, expected) => {
    expect(closeReason(code, { locale })).toBe(expected);
  });

  it('answers in the default locale without options', () => {
    expect(closeReason(1000)).toBe('Normal Closure');
  });

  it('fits the 123-byte limit of a close frame for every sendable code and locale', () => {
    expect(MAX_CLOSE_REASON_BYTES).toBe(123);
    const sendable = Object.entries(websocketCodes)
      .filter(([, facts]) => facts.sendable)
      .map(([code]) => Number(code));
    expect(sendable).toHaveLength(12);
    for (const locale of ['en', 'zh-CN', 'zh-TW']) {
      for (const code of [...sendable, 3000, 4999]) {
        const reason = closeReason(code, { locale });
        expect({ code, locale, fits: reason.length > 0 && bytesOf(reason) <= 123 }).toEqual({
          code,
          locale,
          fits: true,
        });
      }
    }
  });

  it.each(Object.entries(LONG_TITLES))('cuts a long %s title on a character boundary', (_, title) => {
    const catalog = createCatalog({
      messages: { en: { websocket: { 1000: { title }, 4000: { title } } } },
      codes: { websocket: { 4000: { key: 'APP_LONG_TITLE', sendable: true } } },
    });
    for (const code of [1000, 4000]) {
      const reason = closeReason(code, { catalog });
      expect(bytesOf(reason)).toBeLessThanOrEqual(123);
      // Cut no shorter than needed: one more character of the title would not have fitted.
      expect(bytesOf(reason)).toBeGreaterThan(123 - bytesOf('👨‍👩‍👧'));
      expect(roundTrip(reason)).not.toContain('\uFFFD');
      expect(roundTrip(reason)).toBe(reason);
      expect(title.startsWith(reason)).toBe(true);
    }
  });

  it('keeps a grapheme cluster whole', () => {
    const catalog = createCatalog({ messages: { en: { websocket: { 1000: { title: LONG_TITLES.family } } } } });
    const reason = closeReason(1000, { catalog });
    expect((reason.length - 1) % '👨‍👩‍👧'.length).toBe(0);
  });

  it('leaves a title that fits untouched', () => {
    const title = '汉'.repeat(41);
    const catalog = createCatalog({ messages: { en: { websocket: { 1000: { title } } } } });
    expect(bytesOf(title)).toBe(123);
    expect(closeReason(1000, { catalog })).toBe(title);
  });

  it.each([1004, 1005, 1006, 1015, 999, 0, 1016, 2000, 2999, 5000, -1, 1.5, Number.NaN])(
    'throws a RangeError for %p, which must not be sent',
    (code) => {
      expect(() => closeReason(code)).toThrow(RangeError);
    },
  );

  it('says which code it refuses, and that a code given as a string is no number', () => {
    expect(() => closeReason(1006)).toThrow(
      new RangeError('status-i18n: WebSocket close code 1006 must not be sent in a Close frame'),
    );
    // Read from a URL or a config file: refused as "must not be sent", it would send the caller the wrong way.
    expect(() => closeReason('1000' as never)).toThrow(
      new TypeError('status-i18n: closeReason() takes a WebSocket close code as a number, not the string "1000"'),
    );
    expect(() => closeReason(null as never)).toThrow('not a value of type null');
    expect(() => closeReason(1000.5)).toThrow(
      new RangeError('status-i18n: closeReason() takes a WebSocket close code, a whole number, not 1000.5'),
    );
  });

  it.each([3000, 3999, 4000, 4999])('accepts %p, from the registered and private ranges', (code) => {
    expect(closeReason(code, { locale: 'zh-CN' })).toMatch(/\S/);
  });

  it('cuts by code point when a single grapheme cluster is longer than the limit', () => {
    const title = `e${'\u0301'.repeat(100)}`;
    const catalog = createCatalog({ messages: { en: { websocket: { 4000: { title } } } } });
    const reason = closeReason(4000, { catalog });
    expect(reason.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(title.startsWith(reason)).toBe(true);
  });
});
