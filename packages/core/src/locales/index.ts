import { frozen } from '../internal/frozen';
import { en } from './en';
import type { PartialLocaleMessages } from './types';
import { zhCn } from './zh-CN';
import { zhTw } from './zh-TW';

/** The locales that ship with the catalog. `en` is the reference and the last fallback. */
export const builtInMessages: Readonly<Record<string, PartialLocaleMessages>> = frozen({
  en,
  'zh-CN': zhCn,
  'zh-TW': zhTw,
});

export const REFERENCE_LOCALE = 'en';
