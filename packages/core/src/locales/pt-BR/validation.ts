import type { ValidationMessages } from '../validation-types';

/**
 * Brazilian Portuguese words of validation problems and field errors. CLDR gives `pt` the plural forms one
 * (0 and 1), many (whole millions: "1.000.000 de caracteres") and other.
 */
export const validation = {
  title: 'A requisição não é válida',
  detail:
    '{more, select, yes {Mais de {count, number} valores da requisição não são válidos. Os primeiros {count, number} estão listados.} other {' +
    '{count, plural, one {# valor da requisição não é válido.} many {# de valores da requisição não são válidos.} ' +
    'other {# valores da requisição não são válidos.}}' +
    '}}',

  required: 'Este campo é obrigatório.',
  type:
    '{expected, select, string {Deve ser uma string.} number {Deve ser um número.} ' +
    'integer {Deve ser um número inteiro.} boolean {Deve ser true ou false.} object {Deve ser um objeto.} ' +
    'array {Deve ser um array.} date {Deve ser uma data.} null {Deve ser null.} other {O tipo está incorreto.}}',
  tooShort:
    '{minimum, plural, one {Deve ter pelo menos # caractere.} many {Deve ter pelo menos # de caracteres.} ' +
    'other {Deve ter pelo menos # caracteres.}}',
  tooLong:
    '{maximum, plural, one {Deve ter no máximo # caractere.} many {Deve ter no máximo # de caracteres.} ' +
    'other {Deve ter no máximo # caracteres.}}',
  length:
    '{length, plural, one {Deve ter exatamente # caractere.} many {Deve ter exatamente # de caracteres.} ' +
    'other {Deve ter exatamente # caracteres.}}',
  tooSmall:
    '{bound, select, exclusive {Deve ser maior que {minimum, number}.} other {Deve ser no mínimo {minimum, number}.}}',
  tooBig:
    '{bound, select, exclusive {Deve ser menor que {maximum, number}.} other {Deve ser no máximo {maximum, number}.}}',
  multipleOf: 'Deve ser um múltiplo de {divisor, number}.',
  format:
    '{format, select, email {Deve ser um endereço de e-mail.} url {Deve ser uma URL.} uuid {Deve ser um UUID.} ' +
    'date {Deve ser uma data (AAAA-MM-DD).} datetime {Deve ser uma data e hora (ISO 8601).} ' +
    'time {Deve ser um horário (HH:MM:SS).} pattern {Não corresponde ao padrão exigido.} ' +
    'other {Não está no formato exigido.}}',
  oneOf: 'Deve ser {values}.',
  unknownKey: 'Este campo não é permitido.',
  tooFewItems:
    '{minimum, plural, one {Deve ter pelo menos # item.} many {Deve ter pelo menos # de itens.} ' +
    'other {Deve ter pelo menos # itens.}}',
  tooManyItems:
    '{maximum, plural, one {Deve ter no máximo # item.} many {Deve ter no máximo # de itens.} ' +
    'other {Deve ter no máximo # itens.}}',
  itemCount:
    '{count, plural, one {Deve ter exatamente # item.} many {Deve ter exatamente # de itens.} ' +
    'other {Deve ter exatamente # itens.}}',
  invalid: 'Este valor não é válido.',
} satisfies ValidationMessages;
