import type { HtmlLabels } from '../html-labels';

/** The Russian words of the HTML page and the text body; Russian joins a label to its text with ': ', as English. */
export const html = {
  details: 'Подробности',
  fieldErrors: 'Что исправить',
  requestId: 'Идентификатор запроса',
  stack: 'Трассировка стека (отладка)',
  colon: ': ',
} satisfies HtmlLabels;
