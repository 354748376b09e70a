import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * Brazilian Portuguese: every word of the library. Load it with `createCatalog({ locales: [ptBr] })`.
 *
 * @example
 * ```ts
 * import { ptBr } from '@status-i18n/core/locales/pt-BR';
 * createCatalog({ locales: [ptBr] }).describe(404, { locale: 'pt-BR' })?.title; // 'Não encontrado'
 * ```
 */
export const ptBr = frozen({ locale: 'pt-BR', http, ftp, websocket, validation, html } satisfies LocalePack);
