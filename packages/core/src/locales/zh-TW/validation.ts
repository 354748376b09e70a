import type { ValidationMessages } from '../validation-types';

/** 驗證問題與欄位錯誤的正體中文用語。 */
export const validation = {
  title: '請求無效',
  detail:
    '{more, select, yes {請求中有超過 {count, number} 個值無效，此處列出前 {count, number} 個。} other {' +
    '請求中有 {count, number} 個值無效。' +
    '}}',

  required: '此欄位為必填。',
  type:
    '{expected, select, string {必須是字串。} number {必須是數字。} integer {必須是整數。} ' +
    'boolean {必須是 true 或 false。} object {必須是物件。} array {必須是陣列。} date {必須是日期。} ' +
    'null {必須是 null。} other {型別不正確。}}',
  tooShort: '長度至少為 {minimum, number} 個字元。',
  tooLong: '長度最多為 {maximum, number} 個字元。',
  length: '長度必須為 {length, number} 個字元。',
  tooSmall: '{bound, select, exclusive {必須大於 {minimum, number}。} other {不能小於 {minimum, number}。}}',
  tooBig: '{bound, select, exclusive {必須小於 {maximum, number}。} other {不能大於 {maximum, number}。}}',
  multipleOf: '必須是 {divisor, number} 的倍數。',
  format:
    '{format, select, email {必須是有效的電子郵件地址。} url {必須是有效的 URL。} uuid {必須是有效的 UUID。} ' +
    'date {必須是日期（YYYY-MM-DD）。} datetime {必須是日期和時間（ISO 8601）。} time {必須是時間（HH:MM:SS）。} ' +
    'pattern {不符合要求的模式。} other {格式不正確。}}',
  oneOf: '必須為{values}。',
  unknownKey: '不允許此欄位。',
  tooFewItems: '至少需要 {minimum, number} 項。',
  tooManyItems: '最多只能有 {maximum, number} 項。',
  itemCount: '必須剛好有 {count, number} 項。',
  invalid: '此值無效。',
} satisfies ValidationMessages;
