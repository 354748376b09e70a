import { tagOfPosixLocale } from '@status-i18n/core';

describe('tagOfPosixLocale(name)', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_TW.UTF-8@stroke', 'zh-TW'],
    ['ja_JP.eucJP', 'ja-JP'],
    ['pt_BR', 'pt-BR'],
    ['C.UTF-8', 'C'],
    ['zh-Hant-HK', 'zh-Hant-HK'],
  ])('reads %p as %p', (name, tag) => {
    expect(tagOfPosixLocale(name)).toBe(tag);
  });

  it.each([
    [null, /not null/],
    [undefined, /not undefined/],
    [42, /not number/],
  ])('throws a TypeError that says what it takes for %p', (name, message) => {
    const call = () => tagOfPosixLocale(name as unknown as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/takes a string/);
    expect(call).toThrow(message);
  });
});
