import { extensionsOf } from './extensions';
import { errorHeaders } from './headers';
import { readProperty, readString } from './read';
import { bodyParserFacts, isBodyParserError } from './request-data';
import { isErrorStatus, resolveStatus, type StatusSource } from './status';
import { isSystemError } from './system-error';

/** Everything the response needs from a thrown value, read once and safely. */
export interface NormalizedError {
  readonly status: number;
  readonly statusSource: StatusSource;
  /**
   * The error's message may reach the client: the error says it is public, its status was its own, and it is not
   * a request-body parser's error (whose messages quote the input) nor a Node.js system error (whose messages name
   * the server's paths).
   */
  readonly exposed: boolean;
  /** The error's message as it was (shown only when exposed, or with `debug`). */
  readonly message: string | undefined;
  /** The stack (shown only with `debug`), followed by each of its causes' (`caused by: …`). */
  readonly stack: string | undefined;
  /**
   * Members for the problem body: empty unless the error says it is public; a body parser's error gives at most
   * its `limit`; any other, its own JSON-safe members without internals and request data.
   */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** Valid `err.headers`, applied only when the status came from the error. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
}

/**
 * What the error layer reads of a thrown value: a {@link NormalizedError}, whose members may be left for the
 * problem builder to copy (see {@link readError}'s `members`).
 */
export interface ReadError extends NormalizedError {
  /**
   * The value whose own members the problem carries, not copied yet (`extensions` is then empty): set only when
   * `readError` was asked to leave the copy to its caller, and the error has members to show.
   */
  readonly memberSource: object | undefined;
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

// Causes followed into the debug stack: enough for a wrapped error's wrapped error, bounded against a long chain.
const MAX_CAUSES = 4;

/**
 * The stack of a thrown value, followed by each of its causes' (`caused by: …`, as pino and Node.js print them):
 * for `debug`, where a validation problem made from a validator's error has no stack of its own, and an error
 * that wraps another shows where the other began. A cause without a stack, or seen before, ends the chain.
 */
function stackWithCauses(thrown: unknown): string | undefined {
  const stack = readString(thrown, 'stack');
  if (stack === undefined) return undefined;
  const seen = new Set<unknown>([thrown]);
  let text = stack;
  let cause = readProperty(thrown, 'cause');
  for (let depth = 0; depth < MAX_CAUSES && !seen.has(cause); depth++) {
    const causeStack = readString(cause, 'stack');
    if (causeStack === undefined) break;
    text += `\ncaused by: ${causeStack}`;
    seen.add(cause);
    cause = readProperty(cause, 'cause');
  }
  return text;
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
 * first access, which costs more than the rest of an error response, and only `debug` shows it. `members` says
 * what becomes of the error's own members: `'copy'` copies them JSON-safe into `extensions`; `'none'` leaves
 * them out, for an error that brings its problem's members itself (an application or validation problem), where
 * copying them for nothing was most of the work of the answer; `'defer'` leaves them uncopied in `memberSource`,
 * for the error layer, whose response cache can often tell that they equal an answer's it kept without a copy.
 */
export function readError(
  thrown: unknown,
  presetStatus: number | undefined,
  withStack: boolean,
  members: 'copy' | 'none' | 'defer' = 'copy',
): ReadError {
  // A Boom error, read as one only when it has Boom's status: a look-alike with `isBoom` and no valid
  // `output.statusCode` takes its status from elsewhere, and then its message is no Boom 4xx's payload.
  const isBoom =
    readProperty(thrown, 'isBoom') === true &&
    isErrorStatus(readProperty(readProperty(thrown, 'output'), 'statusCode'));
  const { status, source } = resolveStatus(thrown, presetStatus, isBoom);
  const fromError = source === 'error';
  // Boom marks client errors public by putting their message in the payload; http-errors and Koa say `expose`.
  const saysPublic = fromError && (readProperty(thrown, 'expose') === true || (isBoom && status < 500));
  // A parser says its errors are public, but their words are the input's and English: the catalog's are used.
  const parser = saysPublic && !isBoom && isBodyParserError(thrown);
  // So are a system error's, marked public with a status (a file not found): its words are the server's paths.
  const system = saysPublic && !isBoom && !parser && isSystemError(thrown);
  let extensions = NO_EXTENSIONS;
  let memberSource: object | undefined;
  if (saysPublic && !isBoom && !system && members !== 'none') {
    if (parser) extensions = bodyParserFacts(thrown);
    else if (members === 'copy') extensions = extensionsOf(thrown);
    // A value that says it is public with a status of its own is an object: a primitive has neither.
    else memberSource = thrown as object;
  }
  return {
    status,
    statusSource: source,
    exposed: saysPublic && !parser && !system,
    message: messageOf(thrown, isBoom),
    stack: withStack ? stackWithCauses(thrown) : undefined,
    extensions,
    headers: fromError ? errorHeaders(isBoom ? readProperty(thrown, 'output') : thrown, status) : NO_HEADERS,
    memberSource,
  };
}
