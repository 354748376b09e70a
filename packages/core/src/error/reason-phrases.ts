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

// Node's name and the former names of each status, folded once: an error message is compared with every request.
const knownNames = new Map<number, ReadonlySet<string>>();

function knownNamesOf(status: number): ReadonlySet<string> {
  let names = knownNames.get(status);
  if (names === undefined) {
    const nodeName = STATUS_CODES[status];
    names = new Set([...(nodeName === undefined ? [] : [nodeName]), ...(FORMER_NAMES[status] ?? [])].map(normalize));
    // Only real statuses reach here, but a caller could pass anything: the map stays small either way.
    if (knownNames.size < 1000) knownNames.set(status, names);
  }
  return names;
}

/**
 * Whether `message` only repeats the standard English reason phrase of `status`, as the message of
 * `createError(404)` or `ctx.throw(404)` does. Such a message says nothing the localized catalog text does not
 * say better, so it counts as no message.
 */
export function isReasonPhrase(message: string, status: number, catalogTitle: string): boolean {
  // The usual case, createError(404)'s own 'Not Found', needs no case folding.
  if (message === catalogTitle || message === STATUS_CODES[status]) return true;
  const text = normalize(message);
  return text === normalize(catalogTitle) || knownNamesOf(status).has(text);
}
