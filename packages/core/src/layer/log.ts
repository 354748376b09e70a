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
