import type { ValidationMessages } from '../validation-types';

/**
 * Russian words of validation problems and field errors. A field message names its subject («Значение …»), as a
 * bare «Должно быть …» reads as a fragment in Russian. Counted nouns take the CLDR forms one/few/many/other:
 * «1 символ», «2 символа», «5 символов», and `other` (fractions) «1,5 символа».
 */
export const validation = {
  title: 'Запрос не прошел проверку',
  detail:
    '{more, select, yes {В запросе более {count, number} недопустимых значений. Показаны первые {count, number}.} other {' +
    'В запросе {count, plural, one {# недопустимое значение} few {# недопустимых значения} ' +
    'many {# недопустимых значений} other {# недопустимого значения}}.' +
    '}}',

  required: 'Это поле обязательно.',
  type:
    '{expected, select, string {Значение должно быть строкой.} number {Значение должно быть числом.} ' +
    'integer {Значение должно быть целым числом.} boolean {Значение должно быть true или false.} ' +
    'object {Значение должно быть объектом.} array {Значение должно быть массивом.} ' +
    'date {Значение должно быть датой.} null {Значение должно быть null.} other {Значение имеет неверный тип.}}',
  tooShort:
    'Значение должно содержать не менее ' +
    '{minimum, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  tooLong:
    'Значение должно содержать не более ' +
    '{maximum, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  length:
    'Значение должно содержать ровно ' +
    '{length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}.',
  tooSmall:
    '{bound, select, exclusive {Значение должно быть больше {minimum, number}.} ' +
    'other {Значение должно быть не меньше {minimum, number}.}}',
  tooBig:
    '{bound, select, exclusive {Значение должно быть меньше {maximum, number}.} ' +
    'other {Значение должно быть не больше {maximum, number}.}}',
  multipleOf: 'Значение должно быть кратно {divisor, number}.',
  format:
    '{format, select, email {Значение должно быть адресом электронной почты.} ' +
    'url {Значение должно быть URL-адресом.} uuid {Значение должно быть идентификатором UUID.} ' +
    'date {Значение должно быть датой (ГГГГ-ММ-ДД).} datetime {Значение должно быть датой и временем (ISO 8601).} ' +
    'time {Значение должно быть временем (ЧЧ:ММ:СС).} pattern {Значение не соответствует требуемому шаблону.} ' +
    'other {Значение имеет неверный формат.}}',
  oneOf: 'Значение должно быть равно {values}.',
  unknownKey: 'Это поле не допускается.',
  tooFewItems:
    'Значение должно содержать не менее ' +
    '{minimum, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.',
  tooManyItems:
    'Значение должно содержать не более ' +
    '{maximum, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.',
  itemCount:
    'Значение должно содержать ровно ' +
    '{count, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}.',
  invalid: 'Это значение недопустимо.',
} satisfies ValidationMessages;
