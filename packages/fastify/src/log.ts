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

/** An error's message, for the log line; nothing for a value that has none (or whose getter throws). */
function messageOf(error: unknown): string | undefined {
  try {
    const message = (error as { message?: unknown } | null | undefined)?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
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
    const message = messageOf(error);
    if (message === undefined) request.log[level](fields);
    else request.log[level](fields, message);
  };
}
