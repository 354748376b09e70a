import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ko } from './ko';
import { ptBr } from './pt-BR';
import { ru } from './ru';
import type { UiStrings } from './types';
import { zhCn } from './zh-CN';
import { zhTw } from './zh-TW';

export type { DocsStrings, ErrorStrings, RangeTableHeadings, UiStrings, WebSocketTableHeadings } from './types';

const tables: Readonly<Record<string, UiStrings>> = {
  en,
  'zh-CN': zhCn,
  'zh-TW': zhTw,
  de,
  es,
  fr,
  ja,
  ko,
  'pt-BR': ptBr,
  ru,
};

/**
 * The command line's own words for a catalog locale; English for a locale without a table.
 *
 * @example
 * ```ts
 * uiStrings('zh-CN').labels.class; // '类别'
 * uiStrings('xx').labels.class;    // 'Class'
 * ```
 */
export function uiStrings(locale: string): UiStrings {
  return tables[locale] ?? en;
}
