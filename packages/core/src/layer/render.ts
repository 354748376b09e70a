import type { Catalog } from '../catalog';
import type { Format } from '../format/negotiate';
import { renderers } from '../render';
import type { BuiltProblem } from './problem';

// One encoder for every body: `TextEncoder` is a web global (Node.js, Deno, Bun, Workers, browsers), unlike `Buffer`.
const utf8 = new TextEncoder();

/** The body of a problem in a format: the renderer's text as UTF-8 bytes, with the catalog's words around it. */
export function renderBody(built: BuiltProblem, format: Format, catalog: Catalog): Uint8Array {
  const { entry, locale } = built;
  const text = renderers[format]({
    problem: built.problem,
    locale,
    description: entry.description,
    classTitle: entry.classTitle,
    classDescription: entry.classDescription,
    labels: catalog.htmlLabels(locale),
  });
  return utf8.encode(text);
}
