import type { ValidationMessages } from '../validation-types';

/**
 * German words of validation problems and field errors. A field error is a short sentence without a subject
 * ("Muss eine Zahl sein."), as the field's name stands before it; upper limits say "darf höchstens", the German
 * for "must be at most". German plurals (CLDR): `one` and `other`; "Zeichen" is the same in both.
 */
export const validation = {
  title: 'Die Anfrage ist ungültig',
  detail:
    '{more, select, yes {Mehr als {count, number} Werte in der Anfrage sind ungültig; die ersten {count, number} sind aufgeführt.} other {' +
    '{count, plural, one {# Wert in der Anfrage ist ungültig.} other {# Werte in der Anfrage sind ungültig.}}' +
    '}}',

  required: 'Dieses Feld ist erforderlich.',
  type:
    '{expected, select, string {Muss eine Zeichenkette sein.} number {Muss eine Zahl sein.} ' +
    'integer {Muss eine ganze Zahl sein.} boolean {Muss true oder false sein.} object {Muss ein Objekt sein.} ' +
    'array {Muss ein Array sein.} date {Muss ein Datum sein.} null {Muss null sein.} other {Hat den falschen Typ.}}',
  tooShort: 'Muss mindestens {minimum, number} Zeichen lang sein.',
  tooLong: 'Darf höchstens {maximum, number} Zeichen lang sein.',
  length: 'Muss genau {length, number} Zeichen lang sein.',
  tooSmall:
    '{bound, select, exclusive {Muss größer als {minimum, number} sein.} other {Muss mindestens {minimum, number} sein.}}',
  tooBig:
    '{bound, select, exclusive {Muss kleiner als {maximum, number} sein.} other {Darf höchstens {maximum, number} sein.}}',
  multipleOf: 'Muss ein Vielfaches von {divisor, number} sein.',
  format:
    '{format, select, email {Muss eine E-Mail-Adresse sein.} url {Muss eine URL sein.} uuid {Muss eine UUID sein.} ' +
    'date {Muss ein Datum (JJJJ-MM-TT) sein.} datetime {Muss ein Datum mit Uhrzeit (ISO 8601) sein.} ' +
    'time {Muss eine Uhrzeit (HH:MM:SS) sein.} pattern {Entspricht nicht dem geforderten Muster.} ' +
    'other {Hat nicht das geforderte Format.}}',
  oneOf: 'Muss {values} sein.',
  unknownKey: 'Dieses Feld ist nicht erlaubt.',
  tooFewItems:
    '{minimum, plural, one {Muss mindestens # Element enthalten.} other {Muss mindestens # Elemente enthalten.}}',
  tooManyItems:
    '{maximum, plural, one {Darf höchstens # Element enthalten.} other {Darf höchstens # Elemente enthalten.}}',
  itemCount: '{count, plural, one {Muss genau # Element enthalten.} other {Muss genau # Elemente enthalten.}}',
  invalid: 'Dieser Wert ist ungültig.',
} satisfies ValidationMessages;
