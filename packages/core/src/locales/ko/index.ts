import { frozen } from '../../internal/frozen';
import type { LocalePack } from '../types';
import { ftp } from './ftp';
import { html } from './html';
import { http } from './http';
import { validation } from './validation';
import { websocket } from './websocket';

/**
 * Korean: every word of the library. Load it with `createCatalog({ locales: [ko] })`.
 *
 * @example
 * ```ts
 * import { ko } from '@status-i18n/core/locales/ko';
 * createCatalog({ locales: [ko] }).describe(404, { locale: 'ko' })?.title; // '찾을 수 없음'
 * ```
 */
export const ko = frozen({ locale: 'ko', http, ftp, websocket, validation, html } satisfies LocalePack);
