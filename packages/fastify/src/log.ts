import type { LogInfo } from '@status-i18n/core';
import type { FastifyRequest } from 'fastify';

/** The pino levels a client error may be logged at. */
export type ClientErrorLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

const LEVELS: ReadonlySet<string> = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/** Checks the `clientErrorLogLevel` option, as the core checks its own: a wrong one throws a `TypeError`. */
export function checkLogLevel(level: unknown): ClientErrorLogLevel {
  if (typeof level === 'string' && LEVELS.has(level)) return level as ClientErrorLogLevel;
  throw new TypeError(
    `status-i18n: option "clientErrorLogLevel" must be one of ${[...LEVELS].map((name) => `'${name}'`).join(', ')}`,
  );
}

/**
 * The log line's `msg`: an error's message; a thrown string itself; for any other value what it is, so that a
 * line never comes without one (pino prints none when the first argument alone is given).
 */
function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  try {
    const message = (error as { message?: unknown } | null | undefined)?.message;
    if (typeof message === 'string') return message;
  } catch {
    // A getter that throws: the value is named by its kind, as one without a message.
  }
  return `status-i18n: a thrown ${error === null ? 'null' : typeof error} that is not an Error, or has no message`;
}

/**
 * The default log: the request's own logger (pino, with the request id Fastify gives it), as Fastify's default
 * error handler logs: 5xx at `error`, 4xx (with `logClientErrors`) at `clientErrorLevel`.
 */
export function requestLogger(clientErrorLevel: ClientErrorLogLevel) {
  return (error: unknown, request: FastifyRequest, info: LogInfo): void => {
    const level = info.status >= 500 ? 'error' : clientErrorLevel;
    const fields = {
      err: error,
      statusCode: info.status,
      ...(info.requestId === undefined ? {} : { requestId: info.requestId }),
    };
    request.log[level](fields, messageOf(error));
  };
}
