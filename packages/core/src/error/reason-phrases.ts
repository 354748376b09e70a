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

const fold = (text: string) => text.trim().toLowerCase();

/** Node's name and the former names of each error status, folded: a table made once, not a cache. */
const KNOWN_NAMES: ReadonlyMap<number, ReadonlySet<string>> = new Map(
  Object.keys(STATUS_CODES)
    .map(Number)
    .filter((status) => status >= 400 && status <= 599)
    .map((status) => [status, new Set([STATUS_CODES[status] ?? '', ...(FORMER_NAMES[status] ?? [])].map(fold))]),
);

const LONGEST_NAME = Math.max(...[...KNOWN_NAMES.values()].flatMap((names) => [...names].map((name) => name.length)));

/**
 * Whether `message` only repeats the standard English reason phrase of `status`, as the message of
 * `createError(404)` or `ctx.throw(404)` does. Such a message says nothing the localized catalog text does not
 * say better, so it counts as no message.
 */
export function isReasonPhrase(message: string, status: number, catalogTitle: string): boolean {
  // The usual case, createError(404)'s own 'Not Found', needs no case folding.
  if (message === catalogTitle || message === STATUS_CODES[status]) return true;
  const trimmed = message.trim();
  // Lower-casing at most doubles a string's length (İ becomes i̇): a message longer than that and than every name
  // is none of them. Most exposed messages are sentences, and this spares folding them.
  if (trimmed.length > 2 * catalogTitle.length && trimmed.length > LONGEST_NAME) return false;
  const text = trimmed.toLowerCase();
  return KNOWN_NAMES.get(status)?.has(text) === true || text === fold(catalogTitle);
}
