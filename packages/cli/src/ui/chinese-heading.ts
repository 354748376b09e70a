/**
 * A class heading as the seed document writes it: `4xx客户端错误`, the title right after the class; a range ends
 * in a digit and needs a space (`1000–2999 协议保留`). Both Chinese tables use it, and their notes too.
 *
 * @example
 * ```ts
 * chineseClassHeading('4xx', '客户端错误'); // '4xx客户端错误'
 * chineseClassHeading('1000–2999', '协议保留'); // '1000–2999 协议保留'
 * ```
 */
export function chineseClassHeading(classKey: string, title: string): string {
  return `${classKey}${/\d$/.test(classKey) ? ' ' : ''}${title}`;
}
