import type { ValidationMessages } from '../validation-types';

/**
 * 検証の問題とフィールドエラーの日本語の文言。日本語には複数形の区別がない（CLDR の複数形カテゴリーは other のみ）
 * ため、数は plural ではなく number で書式化します。
 */
export const validation = {
  title: 'リクエストが無効',
  detail:
    '{more, select, yes {リクエスト内の {count, number} 個を超える値が無効です。最初の {count, number} 個を示します。} other {' +
    'リクエスト内の {count, number} 個の値が無効です。' +
    '}}',

  required: 'このフィールドは必須です。',
  type:
    '{expected, select, string {文字列である必要があります。} number {数値である必要があります。} ' +
    'integer {整数である必要があります。} boolean {true または false である必要があります。} ' +
    'object {オブジェクトである必要があります。} array {配列である必要があります。} date {日付である必要があります。} ' +
    'null {null である必要があります。} other {型が正しくありません。}}',
  tooShort: '{minimum, number} 文字以上である必要があります。',
  tooLong: '{maximum, number} 文字以下である必要があります。',
  length: 'ちょうど {length, number} 文字である必要があります。',
  tooSmall:
    '{bound, select, exclusive {{minimum, number} より大きい値である必要があります。} ' +
    'other {{minimum, number} 以上である必要があります。}}',
  tooBig:
    '{bound, select, exclusive {{maximum, number} 未満である必要があります。} ' +
    'other {{maximum, number} 以下である必要があります。}}',
  multipleOf: '{divisor, number} の倍数である必要があります。',
  format:
    '{format, select, email {メールアドレスである必要があります。} url {URL である必要があります。} ' +
    'uuid {UUID である必要があります。} date {日付（YYYY-MM-DD）である必要があります。} ' +
    'datetime {日時（ISO 8601）である必要があります。} time {時刻（HH:MM:SS）である必要があります。} ' +
    'pattern {必要なパターンに一致しません。} other {必要な形式ではありません。}}',
  oneOf: '{values}である必要があります。',
  unknownKey: 'このフィールドは許可されていません。',
  tooFewItems: '{minimum, number} 個以上の要素が必要です。',
  tooManyItems: '要素は {maximum, number} 個以下である必要があります。',
  itemCount: 'ちょうど {count, number} 個の要素が必要です。',
  invalid: 'この値は無効です。',
} satisfies ValidationMessages;
