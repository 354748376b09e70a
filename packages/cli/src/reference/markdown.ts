/**
 * Catalog text as one line of Markdown: whitespace runs (line breaks included) become one space, and the
 * characters that would start emphasis, code, links or HTML are escaped, so a description shows as written.
 *
 * @example
 * ```ts
 * inline('Use *any*\n<method>'); // 'Use \\*any\\* \\<method>'
 * ```
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<]/g, '\\$&');
}

/**
 * Catalog text for a table cell: {@link inline}, with `|` escaped so it does not end the cell.
 *
 * @example
 * ```ts
 * cell('a | b'); // 'a \\| b'
 * ```
 */
export function cell(text: string): string {
  return inline(text).replaceAll('|', '\\|');
}

/**
 * A Markdown table; headings and cells must already be escaped with {@link cell}.
 *
 * @example
 * ```ts
 * table(['Code', 'Name'], [['1000', '`NORMAL_CLOSURE`']]);
 * // ['| Code | Name |', '| --- | --- |', '| 1000 | `NORMAL_CLOSURE` |']
 * ```
 */
export function table(headings: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)];
}
