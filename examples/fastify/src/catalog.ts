import { createCatalog } from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';

/** English and Chinese come with the core; Japanese is loaded because this app serves it. */
export const catalog = createCatalog({ locales: [ja] });

/** The languages the landing page offers through `?lang=`. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
  { tag: 'ja', name: '日本語' },
] as const;
