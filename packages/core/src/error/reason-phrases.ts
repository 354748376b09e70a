import { STATUS_CODES } from 'node:http';

// Names that http-errors, Koa and older Node versions still use for codes RFC 9110 renamed.
const FORMER_NAMES: Readonly<Record<number, readonly string[]>> = {
  413: ['Payload Too Large', 'Request Entity Too Large'],
  414: ['Request-URI Too Long', 'Request-URI Too Large'],
  416: ['Requested Range Not Satisfiable'],
  418: ["I'm a teapot"],
  422: ['Unprocessable Entity'],
  425: ['Unordered Collection'],
};

const normalize = (text: string) => text.trim().toLowerCase();

interface KnownNames {
  readonly names: ReadonlySet<string>;
  readonly longest: number;
}

// Node's name and the former names of each status, folded once: an error message is compared with every request.
const knownNames = new Map<number, KnownNames>();

function knownNamesOf(status: number): KnownNames {
  let known = knownNames.get(status);
  if (known === undefined) {
    const nodeName = STATUS_CODES[status];
    const names = new Set(
      [...(nodeName === undefined ? [] : [nodeName]), ...(FORMER_NAMES[status] ?? [])].map(normalize),
    );
    known = { names, longest: Math.max(0, ...[...names].map((name) => name.length)) };
    // Only real statuses reach here, but a caller could pass anything: the map stays small either way.
    if (knownNames.size < 1000) knownNames.set(status, known);
  }
  return known;
}

// The catalog's titles, folded once; they are few (statuses × locales), the bound is for odd custom catalogs.
const foldedTitles = new Map<string, string>();

function foldedTitleOf(title: string): string {
  let folded = foldedTitles.get(title);
  if (folded === undefined) {
    folded = normalize(title);
    if (foldedTitles.size < 4096) foldedTitles.set(title, folded);
  }
  return folded;
}

/**
 * Whether `message` only repeats the standard English reason phrase of `status`, as the message of
 * `createError(404)` or `ctx.throw(404)` does. Such a message says nothing the localized catalog text does not
 * say better, so it counts as no message.
 */
export function isReasonPhrase(message: string, status: number, catalogTitle: string): boolean {
  // The usual case, createError(404)'s own 'Not Found', needs no case folding.
  if (message === catalogTitle || message === STATUS_CODES[status]) return true;
  const known = knownNamesOf(status);
  const title = foldedTitleOf(catalogTitle);
  const trimmed = message.trim();
  // Lower-casing never shortens a string: a message longer than every name is none of them. Most exposed
  // messages are sentences, and this spares folding them on every response.
  if (trimmed.length > known.longest && trimmed.length > title.length) return false;
  const text = trimmed.toLowerCase();
  return text === title || known.names.has(text);
}
