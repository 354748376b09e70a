import type { ValidationMessages } from '../validation-types';

/**
 * 검증 문제와 필드 오류의 한국어 문구. Korean has no plural forms (CLDR: only `other`), so counts are plain
 * numbers with a counter word (`{count, number}개`).
 */
export const validation = {
  title: '유효하지 않은 요청',
  detail:
    '{more, select, yes {요청에서 {count, number}개가 넘는 값이 유효하지 않습니다. 처음 {count, number}개를 표시합니다.} other {' +
    '요청의 값 {count, number}개가 유효하지 않습니다.' +
    '}}',

  required: '필수 필드입니다.',
  type:
    '{expected, select, string {문자열이어야 합니다.} number {숫자여야 합니다.} integer {정수여야 합니다.} ' +
    'boolean {true 또는 false여야 합니다.} object {객체여야 합니다.} array {배열이어야 합니다.} ' +
    'date {날짜여야 합니다.} null {null이어야 합니다.} other {타입이 올바르지 않습니다.}}',
  tooShort: '{minimum, number}자 이상이어야 합니다.',
  tooLong: '{maximum, number}자 이하여야 합니다.',
  length: '정확히 {length, number}자여야 합니다.',
  tooSmall:
    '{bound, select, exclusive {{minimum, number}보다 커야 합니다.} other {{minimum, number} 이상이어야 합니다.}}',
  tooBig:
    '{bound, select, exclusive {{maximum, number}보다 작아야 합니다.} other {{maximum, number} 이하여야 합니다.}}',
  multipleOf: '{divisor, number}의 배수여야 합니다.',
  format:
    '{format, select, email {이메일 주소여야 합니다.} url {URL이어야 합니다.} uuid {UUID여야 합니다.} ' +
    'date {날짜(YYYY-MM-DD)여야 합니다.} datetime {날짜와 시간(ISO 8601)이어야 합니다.} ' +
    'time {시간(HH:MM:SS)이어야 합니다.} pattern {필요한 패턴과 일치하지 않습니다.} ' +
    'other {필요한 형식이 아닙니다.}}',
  // "허용되는 값은 …입니다": the copula reads the same after any value, where 이어야/여야 would depend on it.
  oneOf: '허용되는 값은 {values}입니다.',
  unknownKey: '허용되지 않는 필드입니다.',
  tooFewItems: '요소가 {minimum, number}개 이상이어야 합니다.',
  tooManyItems: '요소가 {maximum, number}개 이하여야 합니다.',
  itemCount: '요소가 정확히 {count, number}개여야 합니다.',
  invalid: '유효하지 않은 값입니다.',
} satisfies ValidationMessages;
