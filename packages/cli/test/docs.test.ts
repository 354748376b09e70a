import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ftpCodes, httpCodes, websocketCodes } from '@status-i18n/core';
import { root, statusI18n } from './binary';

const locales = ['en', 'zh-CN', 'zh-TW', 'de', 'es', 'fr', 'ja', 'ko', 'pt-BR', 'ru'] as const;

/** The first line where two texts differ, to point at the drift. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return `line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  generated: ${b[at] ?? '(end of file)'}`;
}

describe('status-i18n docs', () => {
  it.each(locales)('matches the committed docs/codes.%s.md', (locale) => {
    const { status, stdout } = statusI18n(['docs', '--lang', locale]);
    expect(status).toBe(0);
    const file = join(root, 'docs', `codes.${locale}.md`);
    const committed = readFileSync(file, 'utf8');
    if (stdout !== committed) {
      throw new Error(
        `docs/codes.${locale}.md is out of date with the catalog: run \`pnpm run docs\`.\n` +
          firstDifference(committed, stdout),
      );
    }
  });

  it.each(locales)('lists every code of the catalog in %s', (locale) => {
    const page = statusI18n(['docs', '--lang', locale]).stdout;
    for (const code of [...Object.keys(httpCodes), ...Object.keys(ftpCodes)]) expect(page).toContain(`\n- ${code} – `);
    for (const code of Object.keys(websocketCodes)) expect(page).toContain(`\n| ${code} | `);
    for (const range of ['0–999', '1000–2999', '3000–3999', '4000–4999']) expect(page).toContain(`\n| ${range} | `);
  });

  it('reads like the seed document in Simplified Chinese', () => {
    const page = statusI18n(['docs', '--lang', 'zh-CN']).stdout;
    expect(page).toContain('\n## HTTP\n');
    expect(page).toContain('\n### 4xx客户端错误\n');
    expect(page).toContain('\n### 5xx服务器错误\n');
    expect(page).toMatch(/\n- 404 – 未找到：.+（RFC 9110, Section 15\.5\.5）\n/);
    expect(page).toMatch(/\n- 499 – 客户端关闭请求：.+（非官方，nginx 使用）\n/);
    expect(page).toContain('\n## FTP\n');
    expect(page).toContain('\n| 状态码 | 名称 | 标题 | 描述 | 可否发送 | 参考 |\n');
    expect(page).toMatch(/\n\| 1006 \| `ABNORMAL_CLOSURE` \| .+ \| 不可以 \| RFC 6455, Section 7\.4\.1 \|\n/);
  });

  it('marks unofficial, deprecated and obsolete codes in English', () => {
    const page = statusI18n(['docs', '--lang', 'en']).stdout;
    expect(page).toMatch(/\n- 305 – Use Proxy: .+ \(deprecated; RFC 9110, Section 15\.4\.6\)\n/);
    expect(page).toMatch(/\n- 510 – .+ \(obsolete; RFC 2774, Section 7\)\n/);
    expect(page).toMatch(/\n- 444 – .+ \(unofficial, used by nginx\)\n/);
  });

  it('resolves the language like --lang elsewhere and defaults to the environment', () => {
    const zhTw = statusI18n(['docs', '--lang', 'zh-TW']).stdout;
    expect(statusI18n(['docs', '--lang', 'zh-Hant']).stdout).toBe(zhTw);
    expect(statusI18n(['docs'], { LANG: 'zh_TW.UTF-8' }).stdout).toBe(zhTw);
  });
});
