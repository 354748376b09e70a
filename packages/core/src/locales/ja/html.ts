import type { HtmlLabels } from '../html-labels';

/** 日本語：HTML ページとテキスト形式のボディで使う見出しとラベル。ラベルと本文は全角のコロンでつなぎます。 */
export const html = {
  details: '詳細',
  fieldErrors: '修正が必要な項目',
  requestId: 'リクエスト ID',
  stack: 'スタックトレース（デバッグ）',
  colon: '：',
} satisfies HtmlLabels;
