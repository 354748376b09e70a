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

/**
 * Whether `message` only repeats the standard English reason phrase of `status`, as the message of
 * `createError(404)` or `ctx.throw(404)` does. Such a message says nothing the localized catalog text does not
 * say better, so it counts as no message.
 */
export function isReasonPhrase(message: string, status: number, catalogTitle: string): boolean {
  const text = normalize(message);
  if (text === normalize(catalogTitle)) return true;
  const nodeName = STATUS_CODES[status];
  if (nodeName !== undefined && text === normalize(nodeName)) return true;
  return (FORMER_NAMES[status] ?? []).some((name) => text === normalize(name));
}
