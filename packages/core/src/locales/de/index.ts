import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * German: every word of the library. Load it with `createCatalog({ locales: [de] })`.
 *
 * @example
 * ```ts
 * import { de } from '@status-i18n/core/locales/de';
 * createCatalog({ locales: [de] }).describe(404, { locale: 'de' })?.title; // 'Nicht gefunden'
 * ```
 */
export const de = frozen({ locale: 'de', http, ftp, websocket, validation, html } satisfies LocalePack);
