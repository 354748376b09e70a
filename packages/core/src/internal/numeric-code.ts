/**
 * Throws a `TypeError` when `code` is no number: a code read from a URL or a config file as the string `'404'`
 * would otherwise be answered as no code at all, or refused as a code that "must not be sent", which sends the
 * caller looking at the wrong thing.
 *
 * @example
 * ```ts
 * checkNumber('closeReason()', 'a WebSocket close code', '1000');
 * // TypeError: status-i18n: closeReason() takes a WebSocket close code as a number, not the string "1000"
 * ```
 */
export function checkNumber(where: string, what: string, code: unknown): asserts code is number {
  if (typeof code === 'number') return;
  const given =
    typeof code === 'string'
      ? `the string ${JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code)}`
      : `a value of type ${code === null ? 'null' : typeof code}`;
  throw new TypeError(`status-i18n: ${where} takes ${what} as a number, not ${given}`);
}

/**
 * {@link checkNumber}, and a `RangeError` for a number that is no whole number (`1.5`, `NaN`): no code of any kind,
 * said as what it is rather than as a code the protocol refuses.
 */
export function checkWholeNumber(where: string, what: string, code: unknown): asserts code is number {
  checkNumber(where, what, code);
  if (!Number.isInteger(code)) throw new RangeError(`status-i18n: ${where} takes ${what}, a whole number, not ${code}`);
}
