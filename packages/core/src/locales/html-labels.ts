/**
 * The few words of the HTML page (and of the text body, which uses the same labels) that are not a code's title
 * or description. Shipped for every built-in locale; an added locale gives its own as `html` in
 * `createCatalog({ messages })`.
 */
export interface HtmlLabels {
  /** Names the list of extension members (`code`, …). */
  details: string;
  /** Heads the list of field errors (a validation problem's `errors`), each naming its field. */
  fieldErrors: string;
  requestId: string;
  /** Heads the stack of a `debug: true` page. */
  stack: string;
  /** What joins a label to its text: `': '` in English, a full-width `'：'` in Chinese. */
  colon: string;
}

const LABELS: Readonly<Record<string, HtmlLabels>> = {
  en: {
    details: 'Details',
    fieldErrors: 'What to correct',
    requestId: 'Request ID',
    stack: 'Stack trace (debug)',
    colon: ': ',
  },
  'zh-CN': {
    details: '详细信息',
    fieldErrors: '需要更正的内容',
    requestId: '请求 ID',
    stack: '调用栈（调试）',
    colon: '：',
  },
  'zh-TW': {
    details: '詳細資訊',
    fieldErrors: '需要更正的內容',
    requestId: '請求 ID',
    stack: '呼叫堆疊（除錯）',
    colon: '：',
  },
};

/** The names of the labels, in the order of {@link HtmlLabels}. */
export const HTML_LABEL_NAMES = ['details', 'fieldErrors', 'requestId', 'stack', 'colon'] as const;

/** The shipped labels for a locale: its own, its language's, or else English. */
export function htmlLabelsFor(locale: string): HtmlLabels {
  return LABELS[locale] ?? LABELS[locale.split('-')[0] ?? ''] ?? (LABELS.en as HtmlLabels);
}

/**
 * The labels of `locale`: the application's own (only its strings count) over the shipped ones of the locale or
 * its language, else over `fallback` (the default locale's, as for a code's words).
 */
export function mergeHtmlLabels(locale: string, own: unknown, fallback: HtmlLabels): HtmlLabels {
  const labels = { ...(LABELS[locale] ?? LABELS[locale.split('-')[0] ?? ''] ?? fallback) };
  if (typeof own !== 'object' || own === null) return labels;
  for (const name of HTML_LABEL_NAMES) {
    const value = (own as Record<string, unknown>)[name];
    if (typeof value === 'string') labels[name] = value;
  }
  return labels;
}
