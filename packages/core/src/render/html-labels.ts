/** The few words of the HTML page that are not from the catalog, per shipped locale. */
export interface HtmlLabels {
  readonly details: string;
  readonly requestId: string;
  readonly stack: string;
  /** What joins a label to its text: `': '` in English, a full-width `'：'` in Chinese. */
  readonly colon: string;
}

const LABELS: Readonly<Record<string, HtmlLabels>> = {
  en: { details: 'Details', requestId: 'Request ID', stack: 'Stack trace (debug)', colon: ': ' },
  'zh-CN': { details: '详细信息', requestId: '请求 ID', stack: '调用栈（调试）', colon: '：' },
  'zh-TW': { details: '詳細資訊', requestId: '請求 ID', stack: '呼叫堆疊（除錯）', colon: '：' },
};

/** Labels for a locale; a locale the application added falls back to its language, then to English. */
export function htmlLabelsFor(locale: string): HtmlLabels {
  return LABELS[locale] ?? LABELS[locale.split('-')[0] ?? ''] ?? (LABELS.en as HtmlLabels);
}

// Scripts written right to left, so a page in an added Arabic or Hebrew locale reads the right way.
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
