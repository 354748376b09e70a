import { CONTROL, LINE_BREAK } from '../internal/text';
import type { LogInfo } from './options';
import type { ErrorRequest } from './request';

/** A log call that cannot fail: what the layer hands every error to. */
export type SafeLog<Context> = (error: unknown, request: ErrorRequest<Context>, info: LogInfo) => void;

/**
 * Wraps the application's log hook so that logging never changes the response: a hook that throws, or an async
 * one that rejects, is reported on `console.error` and otherwise ignored.
 */
export function safeLogger<Context>(
  log: ((error: unknown, context: Context, info: LogInfo) => void) | undefined,
): SafeLog<Context> {
  if (log === undefined) return () => undefined;
  return (error, request, info) => {
    try {
      const result: unknown = log(error, request.context, info);
      // An async logger that rejects must not become an unhandled rejection.
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
        (result as Promise<unknown>).then(undefined, (logError: unknown) => reportLogFailure(logError));
      }
    } catch (logError) {
      reportLogFailure(logError);
    }
  };
}

function reportLogFailure(error: unknown): void {
  try {
    console.error('status-i18n: the log hook failed:', error);
  } catch {
    // Nothing is left to report to.
  }
}

/**
 * The default log of the adapters that print (Express, the fetch adapters): the error on `console.error`, as
 * Express's own handler prints it, after the request id when the `requestId` option gave one, so the line can
 * be found from the id a client reports.
 *
 * @example
 * ```ts
 * printError(new Error('db down'), req, { status: 500, hookFailure: false, requestId: 'abc-123' });
 * // [request abc-123] Error: db down …
 * ```
 */
export function printError(error: unknown, _context: unknown, info: LogInfo): void {
  if (info.requestId === undefined) console.error(error);
  else console.error(`[request ${printableId(info.requestId)}]`, error);
}

/**
 * A request id as a log line may print it: its control characters and line breaks replaced by U+FFFD, so an id
 * the app's `requestId` function made from the request cannot start a forged line.
 *
 * @example
 * ```ts
 * printableId('abc\nERROR forged'); // 'abc\uFFFDERROR forged'
 * ```
 */
export function printableId(id: string): string {
  // An id the app's function made can hold what the request sent. (A tab is kept, as in the text body.)
  return id.replace(CONTROL, '\uFFFD').replace(LINE_BREAK, '\uFFFD');
}
