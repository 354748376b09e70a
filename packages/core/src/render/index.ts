import type { Format } from '../format/negotiate';
import { renderHtml } from './html';
import { renderJson } from './json';
import type { RenderInput } from './problem';
import { renderText } from './text';

export const renderers: Readonly<Record<Format, (input: RenderInput) => string>> = {
  'problem+json': renderJson,
  json: renderJson,
  html: renderHtml,
  text: renderText,
};
