import { type FtpCode, ftpCodes } from './ftp';
import { type HttpCode, httpCodes } from './http';
import type { CodeFacts } from './types';
import { type WebSocketCode, websocketCodes } from './websocket';

/** Maps each entry's `key` to its code, so `KeyMap<typeof httpCodes>['NOT_FOUND']` is `404`. */
type KeyMap<Table extends Record<number, CodeFacts>> = {
  readonly [Code in keyof Table as Table[Code] extends { key: infer Key extends string } ? Key : never]: Code;
};

function keysToCodes<Table extends Record<number, CodeFacts>>(table: Table): KeyMap<Table> {
  const map: Record<string, number> = {};
  for (const [code, facts] of Object.entries(table)) map[facts.key] = Number(code);
  return Object.freeze(map) as KeyMap<Table>;
}

/**
 * HTTP status codes by name, derived from the catalog.
 *
 * @example
 * ```ts
 * import { HttpStatus } from '@status-i18n/core';
 * res.statusCode = HttpStatus.NOT_FOUND; // 404
 * ```
 */
export const HttpStatus = keysToCodes(httpCodes);

/**
 * FTP reply codes by name, derived from the catalog.
 *
 * @example
 * ```ts
 * import { FtpReply } from '@status-i18n/core';
 * FtpReply.FILE_UNAVAILABLE; // 550
 * ```
 */
export const FtpReply = keysToCodes(ftpCodes);

/**
 * WebSocket close codes by name, derived from the catalog.
 *
 * @example
 * ```ts
 * import { WsCloseCode } from '@status-i18n/core';
 * socket.close(WsCloseCode.NORMAL_CLOSURE); // 1000
 * ```
 */
export const WsCloseCode = keysToCodes(websocketCodes);

/** The members of a code union whose first digit is `Digit`. */
type InClass<Code extends number, Digit extends string> = Code extends Code
  ? `${Code}` extends `${Digit}${string}`
    ? Code
    : never
  : never;

/** HTTP codes of the catalog by class, e.g. `ClientErrorStatus` is `400 | 401 | … | 499`. */
export type InformationalStatus = InClass<HttpCode, '1'>;
export type SuccessfulStatus = InClass<HttpCode, '2'>;
export type RedirectionStatus = InClass<HttpCode, '3'>;
export type ClientErrorStatus = InClass<HttpCode, '4'>;
export type ServerErrorStatus = InClass<HttpCode, '5'>;
/** The statuses an error response may carry. */
export type ErrorStatus = ClientErrorStatus | ServerErrorStatus;

export type { FtpCode, HttpCode, WebSocketCode };
