/**
 * Throws a `TypeError` when `code` is no number, and a `RangeError` when it is no whole number (`1.5`, `NaN`): a
 * code read from a URL or a config file as the string `'1000'`
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
  if (typeof code === 'number') {
    // A number, but no code of any kind: said as what it is, not as a code the protocol refuses.
    if (!Number.isInteger(code))
      throw new RangeError(`status-i18n: ${where} takes ${what}, a whole number, not ${code}`);
    return;
  }
  const given =
    typeof code === 'string'
      ? `the string ${JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code)}`
      : `a value of type ${code === null ? 'null' : typeof code}`;
  throw new TypeError(`status-i18n: ${where} takes ${what} as a number, not ${given}`);
}
