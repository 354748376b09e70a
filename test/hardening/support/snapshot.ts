import { types } from 'node:util';

/**
 * A description of a value's own properties, read through property descriptors so no getter runs and no
 * proxy trap is hit (a proxy is described as opaque). Two equal snapshots, taken before and after the layer
 * saw the value, mean the layer did not change it.
 */
export function snapshot(value: unknown, depth = 0, seen = new Map<object, number>()): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return String(value);
  if (types.isProxy(value)) return '[proxy]';
  const id = seen.get(value);
  if (id !== undefined) return `[cycle ${id}]`;
  if (depth > 8) return '[deep]';
  seen.set(value, seen.size);
  const parts: string[] = [];
  try {
    parts.push(`proto:${Object.getPrototypeOf(value) === null ? 'null' : typeof Object.getPrototypeOf(value)}`);
    parts.push(`frozen:${Object.isFrozen(value)}`);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      const shown =
        'value' in descriptor ? snapshot(descriptor.value, depth + 1, seen) : `get:${typeof descriptor.get}`;
      parts.push(`${String(key)}${descriptor.enumerable ? '' : '(hidden)'}=${shown}`);
    }
  } catch {
    parts.push('[unreadable]');
  }
  return `${typeof value}{${parts.join(',')}}`;
}
