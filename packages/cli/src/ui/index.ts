import { en } from './en';
import type { UiStrings } from './types';
import { zhCn } from './zh-CN';
import { zhTw } from './zh-TW';

export type { DocsStrings, ErrorStrings, RangeTableHeadings, UiStrings, WebSocketTableHeadings } from './types';

const tables: Readonly<Record<string, UiStrings>> = { en, 'zh-CN': zhCn, 'zh-TW': zhTw };

/**
 * The command line's own words for a catalog locale; English for a locale without a table.
 *
 * @example
 * ```ts
 * uiStrings('zh-CN').labels.class; // '类别'
 * uiStrings('ja').labels.class;    // 'Class'
 * ```
 */
export function uiStrings(locale: string): UiStrings {
  return tables[locale] ?? en;
}
