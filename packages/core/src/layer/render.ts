import type { Catalog } from '../catalog';
import type { Format } from '../format/negotiate';
import { renderers } from '../render';
import type { BuiltProblem } from './problem';

// One encoder for every body: `TextEncoder` is a web global (Node.js, Deno, Bun, Workers, browsers), unlike `Buffer`.
const utf8 = new TextEncoder();

/** Node.js's `Buffer` (Deno and Bun have it too), read from the global scope: no runtime needs it. */
const NodeBuffer = (
  globalThis as { Buffer?: { from(bytes: ArrayBufferLike, byteOffset: number, length: number): Uint8Array } }
).Buffer;

/**
 * The bytes of a body. Where `Buffer` exists, a Buffer over the encoder's own memory (no copy, and not a slice of
 * Node's shared pool, which a kept plan would hold on to): Node.js's and Fastify's writers take a Buffer as it
 * is, where a plain `Uint8Array` needs a Buffer view made for it on every response.
 */
function bytesOf(text: string): Uint8Array {
  const bytes = utf8.encode(text);
  return NodeBuffer === undefined ? bytes : NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The body of a problem in a format, with the catalog's words around it: its text, and that text as UTF-8 bytes. */
export function renderBody(built: BuiltProblem, format: Format, catalog: Catalog): { text: string; bytes: Uint8Array } {
  const { entry, locale } = built;
  // The page's own words in the catalog's language when it has none in the problem's (see `catalogLocale`).
  const labelsLocale = catalog.matchLocale(locale) === undefined ? entry.locale : locale;
  const text = renderers[format]({
    problem: built.problem,
    locale,
    description: entry.description,
    classTitle: entry.classTitle,
    classDescription: entry.classDescription,
    // An application problem's words may be in a language the catalog lacks (a problem written in ja, without
    // the ja pack): the catalog's are then another language's, which the page says.
    ...(entry.locale === locale ? {} : { catalogLocale: entry.locale }),
    labels: catalog.htmlLabels(labelsLocale),
    ...(labelsLocale === locale ? {} : { labelsLocale }),
  });
  return { text, bytes: bytesOf(text) };
}
