import { closeReason, describe as describeCode, formatFtpReply } from '@status-i18n/core';

const descriptionOf = (code: number, locale: string) =>
  describeCode(code, { protocol: 'ftp', locale })?.description ?? '';

describe('formatFtpReply(code, options)', () => {
  it.each(['en', 'zh-CN'])('answers one line with the code and the %s description', (locale) => {
    const reply = formatFtpReply(550, { locale });
    expect(reply).toBe(`550 ${descriptionOf(550, locale)}\r\n`);
    expect(reply).toMatch(/^550 [^\r\n]+\r\n$/);
  });

  it('answers the seed wording in zh-CN', () => {
    expect(formatFtpReply(550, { locale: 'zh-CN' })).toBe(
      '550 未执行请求的操作。文件不可用（例如，未找到文件，没有访问权限）。\r\n',
    );
  });

  it('uses the given text', () => {
    expect(formatFtpReply(230, { text: 'Welcome, anonymous.' })).toBe('230 Welcome, anonymous.\r\n');
  });

  it('answers the multi-line form for text with line breaks', () => {
    const reply = formatFtpReply(211, { text: 'Features:\nMDTM\n211 SIZE\nEnd' });
    expect(reply).toBe('211-Features:\r\nMDTM\r\n 211 SIZE\r\n211 End\r\n');
    const lines = reply.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    expect(lines[0]?.startsWith('211-')).toBe(true);
    expect(lines.at(-2)?.startsWith('211 ')).toBe(true);
  });

  it('indents every middle line that starts with a digit', () => {
    const reply = formatFtpReply(214, { text: 'Help:\n1 one\nplain\r\n22 two\rEnd' });
    expect(reply).toBe('214-Help:\r\n 1 one\r\nplain\r\n 22 two\r\n214 End\r\n');
  });

  it('ignores a trailing line break', () => {
    expect(formatFtpReply(200, { text: 'OK\n' })).toBe('200 OK\r\n');
    expect(formatFtpReply(200, { text: 'OK\r\n\r\n' })).toBe('200 OK\r\n');
  });

  it('removes control characters', () => {
    expect(formatFtpReply(550, { text: 'a\u0000b\u0007c\u001bd\u007fe\u000bf' })).toBe('550 abcdef\r\n');
  });

  it('answers the multi-line form in zh-CN', () => {
    expect(formatFtpReply(211, { locale: 'zh-CN', text: '系统状态\n正常' })).toBe('211-系统状态\r\n211 正常\r\n');
  });

  it.each([99, 700, 1000, 0, -550, 1.5, Number.NaN])('throws a RangeError for %p', (code) => {
    expect(() => formatFtpReply(code)).toThrow(RangeError);
  });

  it('accepts a code the catalog lacks but whose class is valid, as describe() answers it', () => {
    expect(formatFtpReply(299, { text: 'Custom.' })).toBe('299 Custom.\r\n');
    // RFC 2228's class, its whole range: describe() answers 660 with the class's words, and so does the reply.
    expect(formatFtpReply(660)).toBe(`660 ${describeCode(660, { protocol: 'ftp' })?.description}\r\n`);
  });

  it('refuses an option it does not know, and a text that is no string, with a TypeError', () => {
    expect(() => formatFtpReply(550, { lang: 'zh-CN' } as never)).toThrow(
      'status-i18n: formatFtpReply(): unknown option "lang"',
    );
    expect(() => formatFtpReply(211, { txt: 'hi' } as never)).toThrow(/unknown option "txt"/);
    expect(() => formatFtpReply(211, { text: 42 } as never)).toThrow('option "text" must be a string');
    expect(() => formatFtpReply(550, 'zh-CN' as never)).toThrow(/takes an options object/);
    expect(() => closeReason(1001, { lang: 'zh-CN' } as never)).toThrow(
      'status-i18n: closeReason(): unknown option "lang"',
    );
  });

  it('says which code it refuses, and that a code given as a string is no number', () => {
    expect(() => formatFtpReply(700)).toThrow(new RangeError('status-i18n: 700 is not an FTP reply code'));
    expect(() => formatFtpReply('550' as never)).toThrow(
      new TypeError('status-i18n: formatFtpReply() takes an FTP reply code as a number, not the string "550"'),
    );
  });
});
