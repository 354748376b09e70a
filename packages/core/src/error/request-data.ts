import { readProperty, readString } from './read';

/**
 * Member names under which errors carry what the client sent: body parsers keep the unparsed text in `body`,
 * validators the submitted value in `value`, `input`, `received`, `originalValue` or `data`, class-validator the
 * whole object in `target`. None of them becomes an extension member, at any depth: an error response never
 * repeats request data (README, "Behaviour"; SECURITY.md).
 */
export const REQUEST_DATA_MEMBERS: ReadonlySet<string> = new Set([
  'body',
  'rawBody',
  'raw',
  'value',
  'values',
  'input',
  'received',
  'originalValue',
  'target',
  'data',
  'query',
  'headers',
  'rawHeaders',
  'cookies',
  'fields',
  'files',
]);

/**
 * What raw-body and body-parser say about a request they refused: the size it announced and the size it sent,
 * the charset or content coding it asked for. Left out of an error's own top-level members (nested, the same
 * names mean other things: a validator's `expected: 'string'`).
 */
export const REQUEST_FACT_MEMBERS: ReadonlySet<string> = new Set(['expected', 'length', 'charset', 'encoding']);

/**
 * The `type` of the errors of the request-body parsers: body-parser and raw-body (Express), co-body (under
 * koa-bodyparser and koa-body). Their messages quote the input (`Unexpected token … "{"a":,}"
 * is not valid JSON`) or a request header (`unsupported charset "LATIN-9"`), and they are in English whatever the
 * client reads.
 */
export const BODY_PARSER_TYPES: ReadonlySet<string> = new Set([
  'entity.parse.failed',
  'entity.verify.failed',
  'entity.too.large',
  'encoding.unsupported',
  'charset.unsupported',
  'request.aborted',
  'request.size.invalid',
  'stream.encoding.set',
  'stream.not.readable',
  'parameters.too.many',
  'querystring.parse.rangeError',
]);

/**
 * Errors whose messages quote their input, by `name`: `JSON.parse()`'s and a fetch `Request`'s `json()`
 * (`SyntaxError`), and the schema validators' (a 400 or 422 of theirs is answered field by field: see
 * `recognizeValidationError`; with another status, with the catalog's words).
 */
const QUOTING_ERROR_NAMES: ReadonlySet<string> = new Set([
  'SyntaxError',
  'ZodError',
  '$ZodError',
  'ValiError',
  'TraversalError',
]);

// zlib's error codes (`Z_DATA_ERROR`, `Z_BUF_ERROR`, …) and brotli's (`ERR__ERROR_FORMAT_PADDING_1`, …).
const ZLIB_CODE = /^(Z_[A-Z_]+|ERR_BROTLI_[A-Z_]+|ERR__ERROR_[A-Z0-9_]+)$/;

/**
 * Whether a thrown value is a request-body parser's error, by its shape: one of the parsers' `type` strings, or
 * the request's text (or bytes) handed back as `body`, which is how co-body marks the errors it could not parse,
 * or zlib's code on a body that did not inflate, or a `SyntaxError`: what `JSON.parse()` and `Request.json()`
 * throw, quoting the text they could not read (`Unexpected token 'c', "card=4111"... is not valid JSON`), which an
 * app marks as a 400 (`createError(400, error)`) to say the request was at fault.
 * Such an error's message is never shown without `debug`: the client gets the catalog's words for the status.
 *
 * @example
 * ```ts
 * isBodyParserError(Object.assign(new SyntaxError('Unexpected token'), { status: 400, body: '{"a":,}' })); // true
 * isBodyParserError(createError(413, 'request entity too large', { type: 'entity.too.large' }));          // true
 * isBodyParserError(createError(409, 'Seat 12A is taken'));                                              // false
 * ```
 */
export function isBodyParserError(thrown: unknown): boolean {
  const type = readString(thrown, 'type');
  if (type !== undefined && BODY_PARSER_TYPES.has(type)) return true;
  // A body that does not inflate: body-parser passes zlib's own error on as a 400, its words zlib's.
  const code = readString(thrown, 'code');
  if (code !== undefined && ZLIB_CODE.test(code)) return true;
  // By name, not `instanceof`: a SyntaxError of another realm (a worker, a vm context) is one too. A schema's
  // error (Zod, Valibot, ArkType) quotes what it was given as well (`received "4111…"`, an unknown key).
  const name = readString(thrown, 'name');
  if (name !== undefined && QUOTING_ERROR_NAMES.has(name)) return true;
  const body = readProperty(thrown, 'body');
  // `ArrayBuffer.isView` reads an internal slot: it never throws, not even for a proxy.
  return typeof body === 'string' || ArrayBuffer.isView(body);
}

const NO_FACTS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * What of a body parser's error may reach the client: only `limit`, the size in bytes a too-large body went
 * over, which is the server's setting and tells the client what to send instead. Never the sizes it read
 * (`length`, `expected`, `received`), the charset or encoding it refused, or the body.
 */
export function bodyParserFacts(thrown: unknown): Readonly<Record<string, unknown>> {
  if (readString(thrown, 'type') !== 'entity.too.large') return NO_FACTS;
  const limit = readProperty(thrown, 'limit');
  return typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 0 ? { limit } : NO_FACTS;
}
