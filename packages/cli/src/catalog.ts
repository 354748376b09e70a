import { type CodeDescription, createCatalog, type DescribeOptions } from '@status-i18n/core';
import { de } from '@status-i18n/core/locales/de';
import { es } from '@status-i18n/core/locales/es';
import { fr } from '@status-i18n/core/locales/fr';
import { ja } from '@status-i18n/core/locales/ja';
import { ko } from '@status-i18n/core/locales/ko';
import { ptBr } from '@status-i18n/core/locales/pt-BR';
import { ru } from '@status-i18n/core/locales/ru';

/**
 * The catalog the command line reads: every language the library has. A server loads only the languages it
 * serves; a person at a terminal may ask for any of them.
 */
export const catalog = createCatalog({ locales: [de, es, fr, ja, ko, ptBr, ru] });

/** What a code means in the command line's catalog (see `describe` of `@status-i18n/core`). */
export function describe(code: number, options?: DescribeOptions): CodeDescription | undefined {
  return catalog.describe(code, options);
}
