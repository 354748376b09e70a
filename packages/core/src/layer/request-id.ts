import { callHook, checkString, HookError } from './hooks';
import type { ResolvedOptions } from './options';
import type { ErrorRequest } from './request';

// A request id from a header is echoed into the body and the page: only a short, plain token is trusted. Up to
// 255 characters, as hono/request-id allows: a longer limit of the middleware's than ours would have the error
// name another id than the app's log lines.
const REQUEST_ID = /^[\w\-.:/+=@]{1,255}$/;

/** The response header a request id is sent back in when the `requestId` option reads none (a function). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Whether a request id can be sent back in a response header: a short, plain token (what an id read from a
 * header must be). A function's id that is not one stays in the body and the log only.
 */
export function isHeaderSafeRequestId(id: string): boolean {
  return REQUEST_ID.test(id);
}

/**
 * The request id of a response, by the `requestId` option: none; the function's answer (see `functionIdOf`); or
 * the value of that header the response already carries (a request-id middleware's), else the request's, when it
 * is a plain token; else a new UUID (Web Crypto's, a global on every runtime this package
 * supports). One id per request object either way: the function is called once for it (`() => randomUUID()`
 * names the answer and every log line with one id). A function that fails throws a HookError.
 */
export function requestIdOf<Context>(
  setting: ResolvedOptions<Context>['requestId'],
  request: ErrorRequest<Context>,
): string | undefined {
  if (setting === false) return undefined;
  // One id per request: the answer, its log line, and those of an answer that failed on its way out and of the
  // safe 500 sent instead name the same request. Kept by the framework's own request where there is one: an
  // adapter may read the same request twice (Nest hands a failure of the answer back to the filter).
  const key = typeof request.context === 'object' && request.context !== null ? request.context : request;
  if (typeof setting === 'function') {
    let given = functionIds.get(setting);
    if (given === undefined) {
      given = new WeakMap();
      functionIds.set(setting, given);
    }
    const known = given.get(key);
    if (known !== undefined) return known;
    const id = functionIdOf(callHook('requestId', () => setting(request.context))) ?? madeIdOf(key);
    given.set(key, id);
    return id;
  }
  // The id a middleware already set on the response (express-request-id, a Fastify hook, hono/request-id) is the
  // one its log lines name: the error's body and header name it too, rather than another made here.
  const fromResponse = request.responseHeader?.(setting.header);
  if (fromResponse !== undefined && isHeaderSafeRequestId(fromResponse)) return fromResponse;
  const fromHeader = request.header(setting.header);
  if (fromHeader !== undefined && isHeaderSafeRequestId(fromHeader)) return fromHeader;
  return madeIdOf(key);
}

/**
 * A `requestId` function's answer as an id: a string as it is, a number as its digits (pino-http's default ids
 * count up from 1), or `undefined` for none (`undefined`, `null`, `''`: `(req) => req.id` where nothing set one),
 * which a new id replaces, as for a request without the header. Anything else throws a HookError.
 */
function functionIdOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return String(value);
    throw new HookError('requestId', `returned ${value} instead of an id (a string or a finite number)`);
  }
  return checkString('requestId', value, false);
}

/** The id made for a request that brought none: one per request, however often it is asked for. */
function madeIdOf(key: object): string {
  let made = madeIds.get(key);
  if (made === undefined) {
    made = crypto.randomUUID();
    madeIds.set(key, made);
  }
  return made;
}

/** The ids made for requests that brought none, by the framework's request (or the adapter's request object). */
const madeIds = new WeakMap<object, string>();

/**
 * The ids a `requestId` function gave, by the function (two error layers of one app may compute theirs in
 * different ways) and then by the request, as {@link madeIds}.
 */
const functionIds = new WeakMap<(context: never) => unknown, WeakMap<object, string>>();
