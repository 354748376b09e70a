import { type CodeDescription, ftpCodes, httpCodes, websocketCodes } from '@status-i18n/core';
import { statusI18n } from './binary';

describe('status-i18n search <words>', () => {
  it('finds Chinese words and prints code, protocol and the title in the chosen language', () => {
    const { status, stdout } = statusI18n(['search', '网关']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^502 +HTTP +Bad Gateway$/m);
    expect(stdout).toMatch(/^504 +HTTP +Gateway Timeout$/m);
    expect(stdout).toMatch(/^1014 +WebSocket +Bad Gateway$/m);
  });

  it('finds English words case-insensitively, whatever the output language', () => {
    const lower = statusI18n(['search', 'gateway', '--lang', 'zh-CN']);
    expect(lower.status).toBe(0);
    expect(lower.stdout).toMatch(/^502 +HTTP +错误网关$/m);
    expect(statusI18n(['search', 'GATEWAY', '--lang', 'zh-CN']).stdout).toBe(lower.stdout);
  });

  it('finds the codes that have every word, in any order, and keeps to one protocol when asked', () => {
    expect(statusI18n(['search', 'bad', 'gateway']).stdout).toMatch(/^502 +HTTP/m);
    const anyOrder = statusI18n(['search', 'timeout', 'gateway']);
    expect(anyOrder.status).toBe(0);
    expect(anyOrder.stdout).toMatch(/^504 +HTTP/m);
    expect(anyOrder.stdout).not.toMatch(/^502 /m);
    const ws = statusI18n(['search', 'gateway', '--ws']).stdout.trim().split('\n');
    expect(ws.length).toBeGreaterThan(0);
    for (const line of ws) expect(line).toMatch(/^\d+ +WebSocket /);
  });

  it('repeats at most 80 characters of a query that found nothing', () => {
    const { status, stderr } = statusI18n(['search', 'q'.repeat(5000)]);
    expect(status).toBe(1);
    expect(stderr).toContain(`'${'q'.repeat(80)}…'`);
    expect(stderr.length).toBeLessThan(300);
  });

  it('exits 1 with a message when nothing matches', () => {
    const { status, stdout, stderr } = statusI18n(['search', 'xyzzy-no-such-word']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('xyzzy-no-such-word');
  });

  it('prints the describe() results with --json, [] when nothing matches', () => {
    const results = JSON.parse(statusI18n(['search', 'gateway', '--json']).stdout) as CodeDescription[];
    expect(results.map(({ protocol, code }) => `${protocol} ${code}`)).toEqual(
      expect.arrayContaining(['http 502', 'http 504', 'websocket 1014']),
    );
    const none = statusI18n(['search', 'xyzzy-no-such-word', '--json']);
    expect(none.status).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('status-i18n list', () => {
  it('lists every HTTP code by class, with status notes', () => {
    const { status, stdout } = statusI18n(['list']);
    expect(status).toBe(0);
    expect(stdout).toContain('4xx Client Error\n');
    expect(stdout).toMatch(/^ {2}404 +Not Found$/m);
    expect(stdout).toMatch(/^ {2}499 +Client Closed Request \(unofficial, used by nginx\)$/m);
    for (const code of Object.keys(httpCodes)) expect(stdout).toMatch(new RegExp(`^ {2}${code} `, 'm'));
  });

  it('lists FTP replies with --ftp and WebSocket close codes and ranges with --ws', () => {
    const ftp = statusI18n(['list', '--ftp']).stdout;
    for (const code of Object.keys(ftpCodes)) expect(ftp).toMatch(new RegExp(`^ {2}${code} `, 'm'));
    const ws = statusI18n(['list', '--ws']).stdout;
    for (const code of Object.keys(websocketCodes)) expect(ws).toMatch(new RegExp(`^ {2}${code} `, 'm'));
    expect(ws).toContain('4000–4999 ');
    expect(ws).toMatch(/^ {2}1006 .*\(must not be sent\)$/m);
  });

  it('prints the describe() results with --json', () => {
    const entries = JSON.parse(statusI18n(['list', '--ws', '--json']).stdout) as CodeDescription[];
    expect(entries.map((entry) => entry.code)).toEqual(Object.keys(websocketCodes).map(Number));
  });
});
