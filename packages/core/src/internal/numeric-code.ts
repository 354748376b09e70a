/**
 * Throws a `TypeError` when `code` is no number (a number that is no code, `1.5` or `NaN`, is the caller's
 * `RangeError` to give): a code read from a URL or a config file as the string `'1000'`
 * would otherwise be refused as a code that "must not be sent" or "is not an FTP reply code", which sends the
 * caller looking at the wrong thing.
 *
 * @example
 * ```ts
 * checkNumericCode('closeReason()', 'a WebSocket close code', '1000');
 * // TypeError: status-i18n: closeReason() takes a WebSocket close code as a number, not the string "1000"
 * ```
 */
export function checkNumericCode(where: string, what: string, code: unknown): asserts code is number {
  if (typeof code === 'number') return;
  const given =
    typeof code === 'string'
      ? `the string ${JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code)}`
      : `a value of type ${code === null ? 'null' : typeof code}`;
  throw new TypeError(`status-i18n: ${where} takes ${what} as a number, not ${given}`);
}
