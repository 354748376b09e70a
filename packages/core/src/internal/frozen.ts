/**
 * `value` frozen all the way down (its objects and arrays), and returned: the tables the package exports are the
 * ones it answers from, so a caller that changed one (`websocketCodes[1006].sendable = true`) would change every
 * answer of every catalog. Frozen, such a change throws in strict code and does nothing elsewhere.
 *
 * @example
 * ```ts
 * const table = frozen({ 404: { key: 'NOT_FOUND' } });
 * Object.isFrozen(table[404]); // true
 * ```
 */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) frozen(member);
  }
  return value;
}
