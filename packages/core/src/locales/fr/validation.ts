import type { ValidationMessages } from '../validation-types';

/**
 * French words of validation problems and field errors. French plurals (CLDR) are `one` (0 and 1), `many` (whole
 * millions) and `other`; with the count written in digits, `many` reads like `other`. An excluded bound is
 * `strictement supérieur` / `strictement inférieur`, since `supérieur à` alone includes the bound in French usage.
 */
export const validation = {
  title: 'La requête n’est pas valide',
  detail:
    '{more, select, yes {Plus de {count, number} valeurs de la requête ne sont pas valides. Les {count, number} premières sont listées.} other {' +
    '{count, plural, one {# valeur de la requête n’est pas valide.} ' +
    'many {# valeurs de la requête ne sont pas valides.} other {# valeurs de la requête ne sont pas valides.}}' +
    '}}',

  required: 'Ce champ est obligatoire.',
  type:
    '{expected, select, string {Doit être une chaîne de caractères.} number {Doit être un nombre.} ' +
    'integer {Doit être un entier.} boolean {Doit valoir true ou false.} object {Doit être un objet.} ' +
    'array {Doit être un tableau.} date {Doit être une date.} null {Doit valoir null.} other {N’a pas le bon type.}}',
  tooShort:
    '{minimum, plural, one {Doit contenir au moins # caractère.} many {Doit contenir au moins # caractères.} ' +
    'other {Doit contenir au moins # caractères.}}',
  tooLong:
    '{maximum, plural, one {Doit contenir au plus # caractère.} many {Doit contenir au plus # caractères.} ' +
    'other {Doit contenir au plus # caractères.}}',
  length:
    '{length, plural, one {Doit contenir exactement # caractère.} many {Doit contenir exactement # caractères.} ' +
    'other {Doit contenir exactement # caractères.}}',
  tooSmall:
    '{bound, select, exclusive {Doit être strictement supérieur à {minimum, number}.} ' +
    'other {Doit valoir au moins {minimum, number}.}}',
  tooBig:
    '{bound, select, exclusive {Doit être strictement inférieur à {maximum, number}.} ' +
    'other {Doit valoir au plus {maximum, number}.}}',
  multipleOf: 'Doit être un multiple de {divisor, number}.',
  format:
    '{format, select, email {Doit être une adresse e-mail.} url {Doit être une URL.} uuid {Doit être un UUID.} ' +
    'date {Doit être une date (AAAA-MM-JJ).} datetime {Doit être une date et une heure (ISO 8601).} ' +
    'time {Doit être une heure (HH:MM:SS).} pattern {Ne correspond pas au motif requis.} ' +
    'other {N’a pas le format requis.}}',
  oneOf: 'Doit être {values}.',
  unknownKey: 'Ce champ n’est pas autorisé.',
  tooFewItems:
    '{minimum, plural, one {Doit contenir au moins # élément.} many {Doit contenir au moins # éléments.} ' +
    'other {Doit contenir au moins # éléments.}}',
  tooManyItems:
    '{maximum, plural, one {Doit contenir au plus # élément.} many {Doit contenir au plus # éléments.} ' +
    'other {Doit contenir au plus # éléments.}}',
  itemCount:
    '{count, plural, one {Doit contenir exactement # élément.} many {Doit contenir exactement # éléments.} ' +
    'other {Doit contenir exactement # éléments.}}',
  invalid: 'Cette valeur n’est pas valide.',
} satisfies ValidationMessages;
