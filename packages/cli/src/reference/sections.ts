import type { CodeDescription } from '@status-i18n/core';
import { classEntries } from '../entries';
import { rangeLabel, referenceOf, statusMarks } from '../format';
import type { UiStrings } from '../ui';
import { cell, inline, table } from './markdown';

/** The notes after a code, escaped: status marks, then the reference (`（非官方，nginx 使用）`). */
function notes(entry: CodeDescription, ui: UiStrings, withReference: boolean): string {
  const reference = withReference ? referenceOf(entry) : undefined;
  const items = [...statusMarks(entry, ui), ...(reference === undefined ? [] : [reference])];
  return items.length > 0 ? ui.note(items.map(inline).join(ui.separator)) : '';
}

/**
 * HTTP or FTP by class, the shape of the seed document: `### 4xx客户端错误`, the class description in
 * italics, then `- 404 – 未找到：…（RFC 9110, Section 15.5.5）` per code.
 *
 * @example
 * ```ts
 * classSection('http', 'zh-CN', uiStrings('zh-CN'))[0]; // '## HTTP'
 * ```
 */
export function classSection(protocol: 'http' | 'ftp', locale: string, ui: UiStrings): string[] {
  const lines = [`## ${ui.docs.sections[protocol]}`];
  for (const group of classEntries(protocol, locale)) {
    lines.push('', `### ${inline(ui.classHeading(group.key, group.title))}`, '', `_${inline(group.description)}_`, '');
    for (const entry of group.codes) {
      const text = `${inline(entry.title)}${ui.colon}${inline(entry.description)}${notes(entry, ui, true)}`;
      lines.push(`- ${entry.code} – ${text}`);
    }
  }
  return lines;
}

/**
 * WebSocket close codes as a table (code, name, title, description, may it be sent, reference), then the
 * ranges of RFC 6455, Section 7.4.2 with their descriptions.
 *
 * @example
 * ```ts
 * websocketSection('en', uiStrings('en'))[0]; // '## WebSocket close codes'
 * ```
 */
export function websocketSection(locale: string, ui: UiStrings): string[] {
  const classes = classEntries('websocket', locale);
  const headings = ui.docs.websocketTable;
  const rows = classes.flatMap((group) =>
    group.codes.map((entry) => [
      String(entry.code),
      `\`${entry.key}\``,
      cell(entry.title),
      `${cell(entry.description)}${notes(entry, ui, false).replaceAll('|', '\\|')}`,
      entry.sendable === true ? ui.yes : ui.no,
      cell(entry.reference),
    ]),
  );
  const ranges = classes.map((group) => [rangeLabel(group.key), cell(group.title), cell(group.description)]);
  return [
    `## ${ui.docs.sections.websocket}`,
    '',
    `_${inline(ui.docs.websocketIntro)}_`,
    '',
    ...table(
      [headings.code, headings.name, headings.title, headings.description, headings.sendable, headings.reference],
      rows,
    ),
    '',
    `### ${ui.docs.rangesHeading}`,
    '',
    ...table([ui.docs.rangeTable.range, ui.docs.rangeTable.title, ui.docs.rangeTable.description], ranges),
  ];
}
