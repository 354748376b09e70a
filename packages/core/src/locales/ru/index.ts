import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * Russian: every word of the library. Load it with `createCatalog({ locales: [ru] })`.
 *
 * @example
 * ```ts
 * import { ru } from '@status-i18n/core/locales/ru';
 * createCatalog({ locales: [ru] }).describe(404, { locale: 'ru' })?.title; // 'Не найдено'
 * ```
 */
export const ru = frozen({ locale: 'ru', http, ftp, websocket, validation, html } satisfies LocalePack);
