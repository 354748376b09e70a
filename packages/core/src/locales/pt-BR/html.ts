import type { HtmlLabels } from '../html-labels';

/** The HTML page's and the text body's own words in Brazilian Portuguese; a label joins its text with ': '. */
export const html = {
  details: 'Detalhes',
  fieldErrors: 'O que corrigir',
  requestId: 'ID da requisição',
  stack: 'Rastreamento de pilha (depuração)',
  colon: ': ',
} satisfies HtmlLabels;
