import type { ValidationMessages } from '../validation-types';

// Spanish plurals (CLDR): `one` for 1, `many` for whole millions ("1.000.000 de caracteres", with "de"),
// `other` for the rest.

/** Palabras en español de los problemas de validación y de los errores de campo. */
export const validation = {
  title: 'La solicitud no es válida',
  detail:
    '{more, select, yes {Más de {count, number} valores de la solicitud no son válidos. Se muestran los primeros {count, number}.} other {' +
    '{count, plural, one {# valor de la solicitud no es válido.} ' +
    'many {# de valores de la solicitud no son válidos.} other {# valores de la solicitud no son válidos.}}' +
    '}}',

  required: 'Este campo es obligatorio.',
  type:
    '{expected, select, string {Debe ser una cadena de texto.} number {Debe ser un número.} ' +
    'integer {Debe ser un número entero.} boolean {Debe ser true o false.} object {Debe ser un objeto.} ' +
    'array {Debe ser una lista.} date {Debe ser una fecha.} null {Debe ser null.} other {El tipo no es correcto.}}',
  tooShort:
    '{minimum, plural, one {Debe tener al menos # carácter.} many {Debe tener al menos # de caracteres.} ' +
    'other {Debe tener al menos # caracteres.}}',
  tooLong:
    '{maximum, plural, one {Debe tener como máximo # carácter.} many {Debe tener como máximo # de caracteres.} ' +
    'other {Debe tener como máximo # caracteres.}}',
  length:
    '{length, plural, one {Debe tener exactamente # carácter.} many {Debe tener exactamente # de caracteres.} ' +
    'other {Debe tener exactamente # caracteres.}}',
  tooSmall:
    '{bound, select, exclusive {Debe ser mayor que {minimum, number}.} ' +
    'other {Debe ser mayor o igual que {minimum, number}.}}',
  tooBig:
    '{bound, select, exclusive {Debe ser menor que {maximum, number}.} ' +
    'other {Debe ser menor o igual que {maximum, number}.}}',
  multipleOf: 'Debe ser múltiplo de {divisor, number}.',
  format:
    '{format, select, email {Debe ser una dirección de correo electrónico.} url {Debe ser una URL.} ' +
    'uuid {Debe ser un UUID.} date {Debe ser una fecha (AAAA-MM-DD).} ' +
    'datetime {Debe ser una fecha y hora (ISO 8601).} time {Debe ser una hora (HH:MM:SS).} ' +
    'pattern {No coincide con el patrón requerido.} other {No tiene el formato requerido.}}',
  oneOf: 'Debe ser {values}.',
  unknownKey: 'Este campo no está permitido.',
  tooFewItems:
    '{minimum, plural, one {Debe tener al menos # elemento.} many {Debe tener al menos # de elementos.} ' +
    'other {Debe tener al menos # elementos.}}',
  tooManyItems:
    '{maximum, plural, one {Debe tener como máximo # elemento.} many {Debe tener como máximo # de elementos.} ' +
    'other {Debe tener como máximo # elementos.}}',
  itemCount:
    '{count, plural, one {Debe tener exactamente # elemento.} many {Debe tener exactamente # de elementos.} ' +
    'other {Debe tener exactamente # elementos.}}',
  invalid: 'Este valor no es válido.',
} satisfies ValidationMessages;
