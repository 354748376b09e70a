import type { HtmlLabels } from '../html-labels';

/** Las palabras propias de la página HTML y del cuerpo de texto en español. */
export const html = {
  details: 'Detalles',
  fieldErrors: 'Qué corregir',
  requestId: 'ID de solicitud',
  stack: 'Traza de la pila (depuración)',
  // Spanish sets the colon right after the label, with one space after it, as English does.
  colon: ': ',
} satisfies HtmlLabels;
