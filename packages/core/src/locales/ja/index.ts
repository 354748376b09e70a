import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * Japanese: every word of the library. Load it with `createCatalog({ locales: [ja] })`.
 *
 * @example
 * ```ts
 * import { ja } from '@status-i18n/core/locales/ja';
 * createCatalog({ locales: [ja] }).describe(404, { locale: 'ja' })?.title; // '見つかりません'
 * ```
 */
export const ja = frozen({ locale: 'ja', http, ftp, websocket, validation, html } satisfies LocalePack);
