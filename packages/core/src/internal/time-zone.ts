/**
 * Whether `name` is a time zone `Intl` knows: an IANA name (`Asia/Shanghai`, `America/New_York`), `UTC`, or an
 * offset (`+08:00`, on runtimes whose `Intl` takes offsets).
 *
 * @example
 * ```ts
 * isTimeZone('Asia/Shanghai'); // true
 * isTimeZone('China Standard Time'); // false
 * ```
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
