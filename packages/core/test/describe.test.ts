import { describe as describeCode } from '@status-i18n/core';

describe('describe(code, options)', () => {
  it('answers every field for a known HTTP code, in English by default', () => {
    expect(describeCode(404)).toEqual({
      protocol: 'http',
      code: 404,
      key: 'NOT_FOUND',
      title: 'Not Found',
      description: expect.stringMatching(/\S/),
      classKey: '4xx',
      classTitle: 'Client Error',
      classDescription: expect.stringMatching(/\S/),
      official: true,
      reference: 'RFC 9110, Section 15.5.5',
      deprecated: false,
      obsolete: false,
      known: true,
      locale: 'en',
    });
  });

  it('answers in the requested locale', () => {
    expect(describeCode(404, { locale: 'zh-CN' })).toMatchObject({
      title: '未找到',
      classTitle: '客户端错误',
      locale: 'zh-CN',
    });
    expect(describeCode(404, { locale: 'zh-TW' })).toMatchObject({ title: '找不到', locale: 'zh-TW' });
  });

  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['not a tag', 'en'],
    ['', 'en'],
  ])('resolves the locale %p to %p', (locale, expected) => {
    expect(describeCode(500, { locale })?.locale).toBe(expected);
  });

  it('keeps the locale-independent facts the same in every locale', () => {
    const facts = (locale: string) => {
      const { key, code, classKey, official, reference, deprecated, obsolete, known } =
        describeCode(503, { locale }) ?? {};
      return { key, code, classKey, official, reference, deprecated, obsolete, known };
    };
    expect(facts('zh-TW')).toEqual(facts('en'));
    expect(facts('zh-CN')).toEqual(facts('en'));
    expect(facts('en')).toMatchObject({ key: 'SERVICE_UNAVAILABLE', official: true });
  });

  it('flags unofficial, deprecated and obsolete codes', () => {
    expect(describeCode(499)).toMatchObject({ official: false, source: 'nginx', known: true });
    expect(describeCode(305)).toMatchObject({ deprecated: true, official: true });
    expect(describeCode(306)).toMatchObject({ obsolete: true, official: true });
    expect(describeCode(404)).not.toHaveProperty('source');
  });

  it.each([
    [432, '4xx', 'CLIENT_ERROR'],
    [599, '5xx', 'SERVER_ERROR'],
  ])('answers %p, which the catalog lacks, with its class wording', (code, classKey, key) => {
    const entry = describeCode(code, { locale: 'zh-CN' });
    expect(entry).toMatchObject({ code, classKey, key, known: false, official: false, locale: 'zh-CN' });
    expect(entry?.title).toBe(entry?.classTitle);
    expect(entry?.description).toBe(entry?.classDescription);
    expect(entry?.reference).toBe('RFC 9110, Section 15');
    expect(entry?.title).toBe(describeCode(code === 432 ? 400 : 500, { locale: 'zh-CN' })?.classTitle);
  });

  it.each([99, 600, 1.5, Number.NaN, -404, Number.POSITIVE_INFINITY])(
    'answers undefined for %p, which is in no class',
    (code) => {
      expect(describeCode(code)).toBeUndefined();
    },
  );

  it('looks up FTP replies', () => {
    expect(describeCode(550, { protocol: 'ftp' })).toMatchObject({
      protocol: 'ftp',
      code: 550,
      key: 'FILE_UNAVAILABLE',
      classKey: '5xx',
      official: true,
      reference: 'RFC 959, Section 4.2.2',
      known: true,
    });
    expect(describeCode(550, { protocol: 'ftp', locale: 'zh-CN' })?.title).toBe('未执行请求的操作：文件不可用');
    expect(describeCode(650, { protocol: 'ftp' })).toMatchObject({ classKey: '6xx', known: false });
    // The 6yz class is RFC 2228's, not RFC 959's: an unknown code cites where its class is defined.
    expect(describeCode(650, { protocol: 'ftp' })?.reference).toBe('RFC 2228, Section 5.2');
    expect(describeCode(599, { protocol: 'ftp' })?.reference).toBe('RFC 959, Section 4.2.1');
    expect(describeCode(700, { protocol: 'ftp' })).toBeUndefined();
    expect(describeCode(550, { protocol: 'ftp' })).not.toHaveProperty('sendable');
  });

  it('looks up WebSocket close codes and says whether they may be sent', () => {
    expect(describeCode(1000, { protocol: 'websocket', locale: 'zh-CN' })).toMatchObject({
      protocol: 'websocket',
      code: 1000,
      key: 'NORMAL_CLOSURE',
      title: '正常关闭',
      classKey: '1000-2999',
      sendable: true,
      known: true,
    });
    expect(describeCode(1006, { protocol: 'websocket' })).toMatchObject({ key: 'ABNORMAL_CLOSURE', sendable: false });
    expect(describeCode(4000, { protocol: 'websocket' })).toMatchObject({
      classKey: '4000-4999',
      known: false,
      sendable: true,
    });
    expect(describeCode(1016, { protocol: 'websocket' })).toMatchObject({ known: false, sendable: false });
    expect(describeCode(5000, { protocol: 'websocket' })).toBeUndefined();
    expect(describeCode(404)).not.toHaveProperty('sendable');
  });

  it('answers a frozen object, so one caller cannot change what the next one reads', () => {
    const entry = describeCode(404);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(describeCode(404)?.title).toBe('Not Found');
  });

  it('refuses a code that is no number, and answers undefined for a number that is no code', () => {
    // From a URL or a config file: answered as "no such code", it would send the caller the wrong way.
    expect(() => describeCode('404' as never)).toThrow(
      new TypeError('status-i18n: describe() takes a code as a number, not the string "404"'),
    );
    expect(() => describeCode(undefined as never)).toThrow('not a value of type undefined');
    for (const code of [404.5, Number.NaN, -1, 600]) expect(describeCode(code)).toBeUndefined();
  });
});
