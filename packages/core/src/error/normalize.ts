import { extensionsOf } from './extensions';
import { errorHeaders } from './headers';
import { readProperty, readString } from './read';
import { resolveStatus, type StatusSource } from './status';

/** Everything the response needs from a thrown value, read once and safely. */
export interface NormalizedError {
  readonly status: number;
  readonly statusSource: StatusSource;
  /** The error says its message is for the client, and its status was its own. */
  readonly exposed: boolean;
  /** The error's message as it was (shown only when exposed, or with `debug`). */
  readonly message: string | undefined;
  readonly stack: string | undefined;
  /** Members for the problem body; empty unless exposed. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** Valid `err.headers`, applied only when the status came from the error. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
}

const NO_EXTENSIONS: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_HEADERS: ReadonlyArray<readonly [string, string | string[]]> = Object.freeze([]);

function messageOf(thrown: unknown, isBoom: boolean): string | undefined {
  if (typeof thrown === 'string') return thrown;
  if (isBoom) {
    const payloadMessage = readString(readProperty(readProperty(thrown, 'output'), 'payload'), 'message');
    if (payloadMessage !== undefined) return payloadMessage;
  }
  return readString(thrown, 'message');
}

/**
 * Reads any thrown value (an Error, an http-errors or Boom error, a string, `null`, a hostile proxy …) into
 * what an error response needs. It never throws and never changes the value.
 *
 * @param presetStatus a status the response already carried (Express's `res.status(4xx)` before `next(err)`)
 *
 * @example
 * ```ts
 * normalizeError(createError(422, 'Bad email', { errors: [] })); // { status: 422, exposed: true, … }
 * normalizeError('oops').status;                                   // 500
 * ```
 */
export function normalizeError(thrown: unknown, presetStatus?: number): NormalizedError {
  return readError(thrown, presetStatus, true);
}

/**
 * {@link normalizeError}, reading the stack only when `withStack` is set: V8 formats an error's stack on its
 * first access, which costs more than the rest of an error response, and only `debug` shows it.
 */
export function readError(thrown: unknown, presetStatus: number | undefined, withStack: boolean): NormalizedError {
  const isBoom = readProperty(thrown, 'isBoom') === true;
  const { status, source } = resolveStatus(thrown, presetStatus, isBoom);
  const fromError = source === 'error';
  // Boom marks client errors public by putting their message in the payload; http-errors and Koa say `expose`.
  const exposed = fromError && (readProperty(thrown, 'expose') === true || (isBoom && status < 500));
  return {
    status,
    statusSource: source,
    exposed,
    message: messageOf(thrown, isBoom),
    stack: withStack ? readString(thrown, 'stack') : undefined,
    extensions: exposed && !isBoom ? extensionsOf(thrown) : NO_EXTENSIONS,
    headers: fromError ? errorHeaders(isBoom ? readProperty(thrown, 'output') : thrown) : NO_HEADERS,
  };
}
