import { isErrorStatus, isPlainObject, isReasonPhrase, withoutStackTrace } from '@status-i18n/core';
import { messageGroups, messageList } from './message-list';

/**
 * Nest's `HttpException` (from any copy of `@nestjs/common`: recognized by its shape, `getStatus()` and
 * `getResponse()`) read into what the core understands. Nest shows a 4xx exception's message to the client and
 * so does this adapter; a 5xx one stays hidden by the core's rules. Other values are handed on unchanged.
 */

/** The value the core reads for an `HttpException`, and the exception it stands for (for `map` and `log`). */
class NestHttpError extends Error {
  override readonly name = 'HttpException';
  readonly status: number;
  readonly expose: boolean;

  constructor(status: number, message: string | undefined) {
    super(message ?? '');
    this.status = status;
    // Nest shows a 4xx exception's message; a 5xx one's would tell the client about the server.
    this.expose = status < 500;
  }
}

/**
 * The error the core reads for an exception: made without a stack of its own, and with the exception's stack,
 * read only when something asks for it (`debug`). Taking a stack and formatting one cost several µs each, more
 * than the rest of the answer; the log gets the exception itself.
 */
function translatedError<Translated extends Error>(make: () => Translated, exception: object): Translated {
  const error = withoutStackTrace(make);
  Object.defineProperty(error, 'stack', {
    configurable: true,
    get: () => {
      const stack = read(exception, 'stack');
      return typeof stack === 'string' ? stack : undefined;
    },
    set(value: unknown) {
      Object.defineProperty(this, 'stack', { value, configurable: true, writable: true });
    },
  });
  return error;
}

const originals = new WeakMap<object, unknown>();

/** What {@link readHttpException} returns for Nest's exception for a request no route answered. */
export const NOT_FOUND: unique symbol = Symbol('status-i18n.nest-not-found');

/** The exception a translated value stands for, or the value itself. */
export function originalOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && originals.has(value) ? originals.get(value) : value;
}

// The members of Nest's own response body that say nothing an error response does not say better, and names the
// core reads as the error's own settings (a response body's `headers` are not headers to send; an own string
// `body` marks a body parser's error, whose message is hidden: an app's response is not one, and a `body` member
// is request data, never shown anyway). `error` is read apart: see membersOf.
const NOT_MEMBERS = new Set(['message', 'statusCode', 'status', 'expose', 'headers', 'name', 'stack', 'body']);

/**
 * The other members of an object response, as plain data; none when listing them throws (a hostile proxy).
 * Nest puts the status's name in `error` (`'Bad Request'`), which the title says in the client's language: that
 * one is left out, and so is an `error` that stands in for a missing message; an `error` of the app's own words
 * (`new BadRequestException('…', 'Coupon expired')`) is kept, as any other member.
 */
function membersOf(response: object, status: number, errorIsMessage: boolean): Record<string, unknown> {
  try {
    return Object.fromEntries(
      Object.entries(response).filter(
        ([key, value]) =>
          !NOT_MEMBERS.has(key) &&
          (key !== 'error' || (!errorIsMessage && !(typeof value === 'string' && isReasonPhrase(value, status)))),
      ),
    );
  } catch {
    return {};
  }
}

function call(value: object, name: string): unknown {
  try {
    const method = (value as Record<string, unknown>)[name];
    return typeof method === 'function' ? method.call(value) : undefined;
  } catch {
    return undefined;
  }
}

function read(value: object, name: string): unknown {
  try {
    return (value as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

/**
 * Whether `cause` is the error Nest wrapped in an `HttpException` of the same status: Nest's Fastify adapter (11
 * and 12) and Express adapter (12) turn a Fastify error and an http-errors one (body-parser's) into an
 * `HttpException` carrying the original's message, which can quote the request body.
 */
function isWrapped(cause: unknown, status: number): boolean {
  if (typeof cause !== 'object' || cause === null || read(cause, 'statusCode') !== status) return false;
  const code = read(cause, 'code');
  return (
    typeof read(cause, 'expose') === 'boolean' ||
    read(cause, 'name') === 'FastifyError' ||
    (typeof code === 'string' && code.startsWith('FST_'))
  );
}

/** Whether an exception's response is an object with a list as its `message` (ValidationPipe's). */
function hasMessageList(response: unknown): boolean {
  return typeof response === 'object' && response !== null && Array.isArray(read(response, 'message'));
}

// The statuses of a body parser's errors, which Nest 11 rewraps as a `BadRequestException` (400) or an
// `HttpException` (Fastify's 413 and 415).
const PARSER_STATUSES = new Set([400, 413, 415]);

/** Whether `thrown` is an `HttpException` itself, not one of its subclasses (`NotFoundException`). */
function isPlainHttpException(thrown: object): boolean {
  const made = read(thrown, 'constructor');
  return typeof made === 'function' && made.name === 'HttpException';
}

/**
 * Whether Nest 11 made `thrown` from a body parser's or Fastify's error (`RoutesResolver.mapExternalException`):
 * it keeps only the original's message, which can quote the request (`Unexpected token … "{"password":…`,
 * `Unsupported Media Type: <the Content-Type sent>`, a plugin's `refused <a header's value>`), and no `cause`
 * (Nest 12 keeps one). Every error of @fastify/error's comes that way, of any status: Fastify's own, and those of
 * the plugins that fail a request in a hook (@fastify/basic-auth's 401, @fastify/multipart's 406), as a plain
 * `HttpException` with the message as its response. The exception is made in that method, which its stack
 * names; the stack is read only for a parser's statuses and for a plain `HttpException` of a string (what an
 * app throws is mostly a subclass, and formatting a stack costs more than the rest of the answer). Where stacks
 * have no frames, such an exception's message is hidden: it cannot be told from Nest 11's.
 */
function isMappedByNest11(thrown: object, status: number, response: unknown): boolean {
  if (!PARSER_STATUSES.has(status) && !(typeof response === 'string' && isPlainHttpException(thrown))) return false;
  const stack = read(thrown, 'stack');
  if (typeof stack !== 'string') return false;
  // No frame to tell by (`Error.stackTraceLimit = 0`, `node --stack-trace-limit=0`): the message may be Nest 11's
  // copy of the request's words, so it stays hidden.
  return stack.includes('mapExternalException') || !stack.includes('\n    at ');
}

/**
 * The value the core should read for `thrown`: for an `HttpException`, an error with its status, its message
 * (Nest's `getResponse()`: a string, or an object's `message`, else its `error`) public for 4xx, and the other
 * members of an object response as the error's own; `thrown` itself otherwise.
 *
 * An exception Nest made from another error (a body parser's, Fastify's, with `cause`) is that error: the core
 * knows it, and its message may quote the request body.
 *
 * @param notFoundMessage the message Nest gives a request no route answered (`Cannot GET /path`): such an
 *   exception is {@link NOT_FOUND}, answered like any unmatched request (its message repeats the request)
 */
export function readHttpException(thrown: unknown, notFoundMessage: string): unknown {
  if (typeof thrown !== 'object' || thrown === null) return thrown;
  const status = call(thrown, 'getStatus');
  if (!isErrorStatus(status) || typeof read(thrown, 'getResponse') !== 'function') return thrown;
  const cause = read(thrown, 'cause');
  if (isWrapped(cause, status)) return cause;
  if (hasCausesMessage(thrown, cause)) return hiddenMessage(thrown, status);
  const response = call(thrown, 'getResponse');
  // A message list (ValidationPipe's) is never one Nest 11 made from a parser's error: its stack is not read.
  if (cause === undefined && !hasMessageList(response) && isMappedByNest11(thrown, status, response)) {
    return hiddenMessage(thrown, status);
  }
  if (status === 404 && (response === notFoundMessage || read(response as object, 'message') === notFoundMessage)) {
    return NOT_FOUND;
  }
  let message: unknown = response;
  let members: Record<string, unknown> = {};
  if (typeof response === 'object' && response !== null) {
    message = read(response, 'message');
    const validation = Array.isArray(message)
      ? messageList(status, message, thrown)
      : typeof message === 'object' && message !== null && isPlainObject(message)
        ? messageGroups(status, message, thrown)
        : undefined;
    if (validation) {
      originals.set(validation, thrown);
      return validation;
    }
    const errorIsMessage = typeof message !== 'string';
    if (errorIsMessage) message = read(response, 'error');
    members = membersOf(response, status, errorIsMessage);
  }
  const text =
    typeof message === 'string' && message !== notFoundMessage && !isNestsOwnMessage(message) ? message : undefined;
  const translated = Object.assign(
    translatedError(() => new NestHttpError(status, text), thrown),
    members,
  );
  // Headers the app put on the exception (`WWW-Authenticate` on an `UnauthorizedException`), as on any error: the
  // core checks them.
  const headers = read(thrown, 'headers');
  if (headers !== undefined) Object.defineProperty(translated, 'headers', { value: headers, enumerable: false });
  originals.set(translated, thrown);
  return translated;
}

// Nest's whole stock messages: its guards' when one returns false (`FORBIDDEN_MESSAGE`), `ParseFilePipe`'s without
// a file, and @nestjs/throttler's `ThrottlerException`'s (its `throttlerMessage`).
const STOCK_MESSAGES: ReadonlySet<string> = new Set([
  'Forbidden resource',
  'File is required',
  'ThrottlerException: Too Many Requests',
]);
// How Nest's built-in pipes begin their messages: `ParseIntPipe`'s `Validation failed (numeric string is expected)`,
// the other `Parse*Pipe`s', and the file validators', which quote the uploaded file's type and size.
const PIPE_MESSAGE_START = 'Validation failed (';
// `ParseArrayPipe`'s for an item of `items: Number` or `Boolean`, after the item's index.
const ARRAY_ITEM_MESSAGE = /^(?:\[\d{1,10}\] )?item must be (?:a number|a boolean value)$/;

// multer's messages (`Unexpected field` before multer 2), which Nest's `FileInterceptor` passes on in a 400 or 413,
// followed by ` - ` and the name the client gave the field when multer names it.
const MULTER_MESSAGES: readonly string[] = [
  'Too many parts',
  'File too large',
  'Too many files',
  'Field name too long',
  'Field value too long',
  'Too many fields',
  'Unexpected file field',
  'Unexpected field',
  'Field name missing',
  'Field name nesting too deep',
  'Field name array index too large',
  'Invalid field name',
];
// busboy's, for a form it could not read, which Nest passes on as they are or after `Multipart: `; Nest 12 says
// `Unsupported content type` for a multipart type other than form-data.
const BUSBOY_MESSAGES: ReadonlySet<string> = new Set([
  'Boundary not found',
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Unsupported content type',
]);
const MULTIPART_PREFIX = 'Multipart: ';

/** Whether `message` is one that Nest's `FileInterceptor` made of multer's or busboy's error. */
function isUploadMessage(message: string): boolean {
  const unprefixed = message.startsWith(MULTIPART_PREFIX) ? message.slice(MULTIPART_PREFIX.length) : message;
  if (BUSBOY_MESSAGES.has(unprefixed)) return true;
  return MULTER_MESSAGES.some((stock) => message === stock || message.startsWith(`${stock} - `));
}

/**
 * Whether `message` is one of Nest's own stock messages rather than the app's words: English text the catalog
 * says better in the client's language, and in the file validators' and `FileInterceptor`'s case the request's
 * own data (a file's type, a field's name). Such a message counts as none, as a bare reason phrase does: the
 * client gets the catalog's words for the status. An app that gives a pipe an `exceptionFactory` or its own
 * message keeps its words.
 */
function isNestsOwnMessage(message: string): boolean {
  return (
    STOCK_MESSAGES.has(message) ||
    message.startsWith(PIPE_MESSAGE_START) ||
    ARRAY_ITEM_MESSAGE.test(message) ||
    isUploadMessage(message)
  );
}

/**
 * Whether the exception's message is its cause's: an exception made from another error (Nest 12's Express adapter
 * turns a path it cannot decode, a `URIError`, into `new BadRequestException(error.message, { cause })`; code of
 * the app's may do the same with a `JSON.parse()` failure). That message is not the app's words, and can quote the
 * request (`Failed to decode param '<the path>'`).
 */
function hasCausesMessage(thrown: object, cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false;
  const message = read(thrown, 'message');
  return typeof message === 'string' && message !== '' && read(cause, 'message') === message;
}

/** The exception with its status and no public message: the client gets the catalog's words, `debug` the message. */
function hiddenMessage(thrown: object, status: number): Error {
  const message = String(read(thrown, 'message'));
  const hidden = translatedError(() => Object.assign(new Error(message), { status }), thrown);
  originals.set(hidden, thrown);
  return hidden;
}
