/**
 * Reading properties of a thrown value that may be anything: a proxy, an object whose getters throw, a
 * null-prototype object, a value from another realm. Every read here is guarded, so the normalizer never throws.
 */

/** `value[key]` (an array index, a symbol too), or `undefined` if reading it throws or `value` is not an object. */
export function readProperty(value: unknown, key: PropertyKey): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The value's own enumerable string keys, or none if listing them throws (a hostile proxy). */
export function ownKeys(value: object): string[] {
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
}

export function readString(value: unknown, key: string): string | undefined {
  const property = readProperty(value, key);
  return typeof property === 'string' ? property : undefined;
}

/** Calls `value[key]()` when it is a method, guarding against a throwing getter or method. */
export function callMethod(value: unknown, key: string): unknown {
  const method = readProperty(value, key);
  if (typeof method !== 'function') return undefined;
  try {
    return method.call(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether an object is a plain one (`{}`, `Object.create(null)`, one from another realm), not an array, a class
 * instance or a built-in; an object whose prototype cannot be read counts as none.
 *
 * @example
 * ```ts
 * isPlainObject({ email: ['must be an email'] }); // true
 * isPlainObject(['must be an email']); // false
 * ```
 */
export function isPlainObject(value: object): boolean {
  try {
    const prototype = Object.getPrototypeOf(value);
    // Cross-realm plain objects have another realm's Object.prototype, whose own prototype is null.
    return prototype === null || Object.getPrototypeOf(prototype) === null;
  } catch {
    return false;
  }
}
