import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, root, statusI18n } from './binary';

describe('status-i18n usage', () => {
  it('prints the help with --help, -h and help, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['404', '--help']]) {
      const { status, stdout } = statusI18n(args);
      expect(status).toBe(0);
      expect(stdout).toContain('Usage:');
      expect(stdout).toContain('status-i18n search');
    }
  });

  it('prints the help on stderr and exits 2 without arguments', () => {
    const { status, stdout, stderr } = statusI18n([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage:');
  });

  it('keeps its exit code when the reader of stderr leaves before the message (`2>&1 | head -1`)', () => {
    // `true` reads nothing and exits before Node.js has started: the message's write fails with EPIPE.
    const bin = join(root, 'packages', 'cli', 'bin', 'status-i18n.js');
    const script = `"${process.execPath}" "${bin}" --bogus 2>&1 | true; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('2');
  });

  it('prints the package version with --version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(statusI18n(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(statusI18n(['-v']).stdout).toBe(`${version}\n`);
  });

  it.each([
    [['abc'], "'abc' is not a code"],
    [['4o4'], "'4o4' is not a code"],
    [['404.5'], "'404.5' is not a code"],
    [['-1'], "'-1' is not a code"],
    [['-404', '--lang', 'en'], "'-404' is not a code"],
    [['404', '--bogus'], 'unknown option --bogus'],
    [['1', '--ftp', '--ws'], '--ftp and --ws cannot be used together'],
    [['1', '--http', '--ftp'], '--http and --ftp cannot be used together'],
    [['404', '--json=yes'], '--json takes no value'],
    [['404', '--lang'], '--lang needs a value'],
    [['404', '--lang', 'not a tag!'], "'not a tag!' is not a language tag"],
    [['404', '500'], "unexpected argument '500'"],
    [['list', 'all'], "unexpected argument 'all' after list"],
    [['docs', '--json'], '--json cannot be used with docs'],
    [['docs', '--ws'], '--ws cannot be used with docs'],
    [['search'], 'search needs words'],
    [['search', '  '], 'search needs words'],
  ])('exits 2 for %j with a message on stderr', (args, message) => {
    const { status, stdout, stderr } = statusI18n(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`status-i18n: ${message}`);
    expect(stderr).toContain('status-i18n --help');
  });

  it('words usage errors in the chosen language', () => {
    expect(statusI18n(['1', '--ftp', '--ws', '--lang', 'zh-CN']).stderr).toContain('不能同时使用');
    expect(statusI18n(['abc'], { LANG: 'zh_TW.UTF-8' }).stderr).toContain('既不是狀態碼');
  });
});

describe('status-i18n when its output cannot be written', () => {
  it('says so in one line and exits 3, not with a stack trace or the "not found" status', () => {
    assertBuilt();
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['404'], ['docs']]) {
        const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/status-i18n.js'), ...args], {
          env: { PATH: process.env.PATH ?? '' },
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
          timeout: 15000,
        });
        expect([args, result.status]).toEqual([args, 3]);
        expect(result.stderr).toMatch(/^status-i18n: the output could not be written: ENOSPC[^\n]*\n$/);
      }
    } finally {
      closeSync(full);
    }
  });
});
