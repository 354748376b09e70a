import type { HtmlLabels } from '../html-labels';

/**
 * The French HTML page's and text body's own words. French typography puts a no-break space before a colon:
 * `Identifiant de la requête : …`, with the space never left at the end of a line.
 */
export const html = {
  details: 'Détails',
  fieldErrors: 'À corriger',
  requestId: 'Identifiant de la requête',
  stack: 'Pile d’appels (débogage)',
  colon: '\u00a0: ',
} satisfies HtmlLabels;
