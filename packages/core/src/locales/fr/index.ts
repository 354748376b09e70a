import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * French: every word of the library. Load it with `createCatalog({ locales: [fr] })`.
 *
 * @example
 * ```ts
 * import { fr } from '@status-i18n/core/locales/fr';
 * createCatalog({ locales: [fr] }).describe(404, { locale: 'fr' })?.title; // 'Introuvable'
 * ```
 */
export const fr = frozen({ locale: 'fr', http, ftp, websocket, validation, html } satisfies LocalePack);
