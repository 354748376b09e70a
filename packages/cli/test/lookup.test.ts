import { describe as describeCode } from '@status-i18n/core';
import { statusI18n } from './binary';

describe('status-i18n <code>', () => {
  it('prints the title, key, description, class, reference and status of an HTTP code', () => {
    const { status, stdout, stderr } = statusI18n(['404']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const entry = describeCode(404);
    expect(stdout).toContain('404 Not Found\nNOT_FOUND\n');
    expect(stdout).toContain(entry?.description);
    expect(stdout).toContain('Protocol: HTTP');
    expect(stdout).toContain('Class: 4xx Client Error');
    expect(stdout).toContain('Reference: RFC 9110, Section 15.5.5');
    expect(stdout).toContain('Status: official');
  });

  it('looks up FTP replies with --ftp', () => {
    const { status, stdout } = statusI18n(['550', '--ftp']);
    expect(status).toBe(0);
    expect(stdout).toContain('FILE_UNAVAILABLE');
    expect(stdout).toContain('Protocol: FTP');
    expect(stdout).toContain('RFC 959');
  });

  it('says whether a WebSocket close code may be sent, with --ws', () => {
    expect(statusI18n(['1006', '--ws']).stdout).toContain('May be sent: no');
    expect(statusI18n(['1000', '--ws']).stdout).toContain('May be sent: yes');
    expect(statusI18n(['404']).stdout).not.toContain('May be sent');
  });

  it('marks unofficial codes with who uses them, and deprecated and obsolete ones', () => {
    expect(statusI18n(['499']).stdout).toContain('Status: unofficial, used by nginx');
    expect(statusI18n(['305']).stdout).toContain('Status: official; deprecated');
    expect(statusI18n(['306']).stdout).toContain('Status: official; obsolete');
  });

  it('answers a code the catalog lacks but whose class is valid with the class wording', () => {
    const { status, stdout } = statusI18n(['432']);
    expect(status).toBe(0);
    expect(stdout).toContain('432 Client Error\nCLIENT_ERROR\n');
    expect(stdout).toContain('432 is not in the catalog');
    expect(stdout).toContain(describeCode(432)?.classDescription);
    expect(stdout).not.toContain('Status:');
  });

  it('exits 1 with a message on stderr for a code outside every class', () => {
    for (const args of [['600'], ['99'], ['700', '--ftp'], ['5000', '--ws']]) {
      const { status, stdout, stderr } = statusI18n(args);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(`status-i18n: ${args[0]} is not a valid`);
    }
  });

  it('prints the describe() result with --json', () => {
    const { status, stdout } = statusI18n(['404', '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(describeCode(404));
    expect(JSON.parse(statusI18n(['550', '--ftp', '--json']).stdout)).toEqual(describeCode(550, { protocol: 'ftp' }));
    expect(JSON.parse(statusI18n(['432', '--json', '--lang', 'zh-CN']).stdout)).toEqual(
      describeCode(432, { locale: 'zh-CN' }),
    );
  });

  it('prints null on stdout for an unknown code with --json, so a JSON reader still gets an answer', () => {
    const { status, stdout, stderr } = statusI18n(['600', '--json']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toBeNull();
    expect(stderr).toContain('600 is not a valid HTTP code');
  });

  it('answers a whole number too large for any code as an unknown code (exit 1), as written', () => {
    const { status, stdout, stderr } = statusI18n(['99999999999999999999999']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('status-i18n: 99999999999999999999999 is not a valid HTTP code: no class contains it.\n');
  });
});
