import { statusI18n } from './binary';

const titleOf404 = (env: Record<string, string>, args: string[] = []) =>
  statusI18n(['404', ...args], env).stdout.split('\n')[0];

describe('status-i18n --lang', () => {
  it('answers in the language asked for, resolving tags like Accept-Language', () => {
    expect(titleOf404({}, ['--lang', 'zh-CN'])).toBe('404 未找到');
    expect(titleOf404({}, ['--lang', 'zh-TW'])).toBe('404 找不到');
    expect(titleOf404({}, ['-l', 'zh_TW'])).toBe('404 找不到');
    expect(titleOf404({}, ['--lang=zh-Hant'])).toBe('404 找不到');
    expect(titleOf404({}, ['--lang', 'zh'])).toBe('404 未找到');
    expect(titleOf404({}, ['--lang', 'en-GB'])).toBe('404 Not Found');
  });

  it('localizes the labels too', () => {
    const { stdout } = statusI18n(['550', '--ftp', '--lang', 'zh-CN']);
    expect(stdout).toContain('协议：FTP');
    expect(stdout).toContain('状态：官方');
  });

  it('speaks every language of the library, not only the three a server loads by default', () => {
    for (const [locale, title] of [
      ['ja', '404 見つかりません'],
      ['ru', '404 Не найдено'],
      ['pt-BR', '404 Não encontrado'],
    ]) {
      expect(statusI18n(['404', '--lang', locale as string]).stdout.split('\n')[0]).toBe(title);
    }
    expect(titleOf404({ LANG: 'de_AT.UTF-8' })).toBe('404 Nicht gefunden');
  });

  it('falls back to English with a warning for a language the catalog lacks', () => {
    const { status, stdout, stderr } = statusI18n(['404', '--lang', 'nl']);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('404 Not Found');
    expect(stderr).toContain("'nl'");
  });

  it('wins over the environment', () => {
    expect(titleOf404({ LANG: 'zh_CN.UTF-8' }, ['--lang', 'en'])).toBe('404 Not Found');
    // --lang takes a POSIX name as LANG does.
    expect(titleOf404({}, ['--lang', 'zh_TW.UTF-8'])).toBe(titleOf404({}, ['--lang', 'zh-TW']));
    expect(titleOf404({}, ['--lang', 'zh_TW.UTF-8'])).not.toBe('404 Not Found');
    // The portable locale is English, as LANG=C is: no warning that it has no words.
    for (const portable of ['C', 'POSIX', 'C.UTF-8']) {
      const { stdout, stderr } = statusI18n(['404', '--lang', portable], { LANG: 'zh_CN.UTF-8' });
      expect([stdout.split('\n')[0], stderr]).toEqual(['404 Not Found', '']);
    }
  });
});

describe('status-i18n default language', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(titleOf404({ LANG: 'zh_CN.UTF-8' })).toBe('404 未找到');
    expect(titleOf404({ LANG: 'zh_TW.Big5' })).toBe('404 找不到');
    expect(titleOf404({ LANG: 'zh_HK.UTF-8' })).toBe('404 找不到');
    expect(titleOf404({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('404 找不到');
    expect(titleOf404({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('404 未找到');
    expect(titleOf404({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('404 未找到');
  });

  it('is English for C, POSIX, an unknown language and an empty environment', () => {
    expect(titleOf404({})).toBe('404 Not Found');
    expect(titleOf404({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('404 Not Found');
    expect(titleOf404({ LANG: 'POSIX' })).toBe('404 Not Found');
    expect(titleOf404({ LANG: 'C.UTF-8' })).toBe('404 Not Found');
    const { stdout, stderr } = statusI18n(['404'], { LANG: 'nl_NL.UTF-8' });
    expect(stdout.split('\n')[0]).toBe('404 Not Found');
    expect(stderr).toBe('');
  });
});

describe('status-i18n colours', () => {
  const hasAnsi = (text: string) => text.includes('\u001b[');
  const commands = [['404'], ['1006', '--ws'], ['list'], ['search', 'gateway']];

  it('prints none when stdout is not a TTY', () => {
    for (const args of commands) expect(hasAnsi(statusI18n(args).stdout)).toBe(false);
    expect(hasAnsi(statusI18n(['404'], { TERM: 'xterm-256color' }).stdout)).toBe(false);
  });

  it('prints them when FORCE_COLOR asks, unless it is 0', () => {
    for (const args of commands) expect(hasAnsi(statusI18n(args, { FORCE_COLOR: '1' }).stdout)).toBe(true);
    expect(hasAnsi(statusI18n(['404'], { FORCE_COLOR: '0' }).stdout)).toBe(false);
  });

  it('never colours --json or docs output', () => {
    expect(hasAnsi(statusI18n(['404', '--json'], { FORCE_COLOR: '1' }).stdout)).toBe(false);
    expect(hasAnsi(statusI18n(['docs'], { FORCE_COLOR: '1' }).stdout)).toBe(false);
  });

  it('never colours errors', () => {
    expect(hasAnsi(statusI18n(['600'], { FORCE_COLOR: '1' }).stderr)).toBe(false);
  });
});
