import type { ValidationMessages } from '../validation-types';

/** 验证问题与字段错误的简体中文用语。 */
export const validation = {
  title: '请求无效',
  detail:
    '{more, select, yes {请求中有超过 {count, number} 个值无效，此处列出前 {count, number} 个。} other {' +
    '请求中有 {count, number} 个值无效。' +
    '}}',

  required: '此字段为必填项。',
  type:
    '{expected, select, string {必须是字符串。} number {必须是数字。} integer {必须是整数。} ' +
    'boolean {必须是 true 或 false。} object {必须是对象。} array {必须是数组。} date {必须是日期。} ' +
    'null {必须是 null。} other {类型不正确。}}',
  tooShort: '长度至少为 {minimum, number} 个字符。',
  tooLong: '长度最多为 {maximum, number} 个字符。',
  length: '长度必须为 {length, number} 个字符。',
  tooSmall: '{bound, select, exclusive {必须大于 {minimum, number}。} other {不能小于 {minimum, number}。}}',
  tooBig: '{bound, select, exclusive {必须小于 {maximum, number}。} other {不能大于 {maximum, number}。}}',
  multipleOf: '必须是 {divisor, number} 的倍数。',
  format:
    '{format, select, email {必须是有效的电子邮件地址。} url {必须是有效的 URL。} uuid {必须是有效的 UUID。} ' +
    'date {必须是日期（YYYY-MM-DD）。} datetime {必须是日期和时间（ISO 8601）。} time {必须是时间（HH:MM:SS）。} ' +
    'pattern {不符合要求的模式。} other {格式不正确。}}',
  oneOf: '必须为{values}。',
  unknownKey: '不允许此字段。',
  tooFewItems: '至少需要 {minimum, number} 项。',
  tooManyItems: '最多只能有 {maximum, number} 项。',
  itemCount: '必须正好有 {count, number} 项。',
  invalid: '此值无效。',
} satisfies ValidationMessages;
