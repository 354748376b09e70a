import type { ValidationMessages } from '../validation-types';

/** English words of validation problems and field errors: the reference every locale is checked against. */
export const validation = {
  title: 'The request is not valid',
  detail:
    '{more, select, yes {More than {count, number} values in the request are not valid; the first {count, number} are listed.} other {' +
    '{count, plural, one {# value in the request is not valid.} other {# values in the request are not valid.}}' +
    '}}',

  required: 'This field is required.',
  type:
    '{expected, select, string {Must be a string.} number {Must be a number.} integer {Must be an integer.} ' +
    'boolean {Must be true or false.} object {Must be an object.} array {Must be an array.} date {Must be a date.} ' +
    'null {Must be null.} other {Has the wrong type.}}',
  tooShort: '{minimum, plural, one {Must be at least # character long.} other {Must be at least # characters long.}}',
  tooLong: '{maximum, plural, one {Must be at most # character long.} other {Must be at most # characters long.}}',
  length: '{length, plural, one {Must be exactly # character long.} other {Must be exactly # characters long.}}',
  tooSmall:
    '{bound, select, exclusive {Must be greater than {minimum, number}.} other {Must be at least {minimum, number}.}}',
  tooBig:
    '{bound, select, exclusive {Must be less than {maximum, number}.} other {Must be at most {maximum, number}.}}',
  multipleOf: 'Must be a multiple of {divisor, number}.',
  format:
    '{format, select, email {Must be an email address.} url {Must be a URL.} uuid {Must be a UUID.} ' +
    'date {Must be a date (YYYY-MM-DD).} datetime {Must be a date and time (ISO 8601).} ' +
    'time {Must be a time (HH:MM:SS).} pattern {Does not match the required pattern.} ' +
    'other {Does not have the required format.}}',
  oneOf: 'Must be {values}.',
  unknownKey: 'This field is not allowed.',
  tooFewItems: '{minimum, plural, one {Must have at least # item.} other {Must have at least # items.}}',
  tooManyItems: '{maximum, plural, one {Must have at most # item.} other {Must have at most # items.}}',
  itemCount: '{count, plural, one {Must have exactly # item.} other {Must have exactly # items.}}',
  invalid: 'This value is not valid.',
} satisfies ValidationMessages;
