import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * Spanish: every word of the library, in neutral Spanish for Spain and Latin America (requests for `es-419`
 * or `es-MX` get it too). Load it with `createCatalog({ locales: [es] })`.
 *
 * @example
 * ```ts
 * import { es } from '@status-i18n/core/locales/es';
 * createCatalog({ locales: [es] }).describe(404, { locale: 'es' })?.title; // 'No encontrado'
 * ```
 */
export const es = frozen({ locale: 'es', http, ftp, websocket, validation, html } satisfies LocalePack);
