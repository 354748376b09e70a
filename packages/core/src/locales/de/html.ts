import type { HtmlLabels } from '../html-labels';

/** The German words of the HTML page and the text body. German joins a label to its text with ': ', as English. */
export const html = {
  details: 'Details',
  fieldErrors: 'Zu korrigieren',
  requestId: 'Anfrage-ID',
  stack: 'Stacktrace (Debug)',
  colon: ': ',
} satisfies HtmlLabels;
