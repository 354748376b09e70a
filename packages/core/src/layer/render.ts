import type { Catalog } from '../catalog';
import type { Format } from '../format/negotiate';
import { renderers } from '../render';
import type { BuiltProblem } from './problem';

/** The body of a problem in a format: the renderer's text as UTF-8 bytes, with the catalog's words around it. */
export function renderBody(built: BuiltProblem, format: Format, catalog: Catalog): Buffer {
  const { entry, locale } = built;
  const text = renderers[format]({
    problem: built.problem,
    locale,
    description: entry.description,
    classTitle: entry.classTitle,
    classDescription: entry.classDescription,
    labels: catalog.htmlLabels(locale),
  });
  return Buffer.from(text, 'utf8');
}
