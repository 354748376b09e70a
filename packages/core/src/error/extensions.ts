import { ownKeys, readProperty } from './read';

/**
 * Properties an error carries for the server, never for the client, and the members RFC 9457 defines (which an
 * extension must not overwrite).
 */
const NEVER_EXTENSIONS = new Set([
  // RFC 9457 members
  'type',
  'title',
  'status',
  'detail',
  'instance',
  // internals of Error, http-errors, Boom, Koa, NestJS, Node
  'stack',
  'message',
  'name',
  'cause',
  'headers',
  'expose',
  'statusCode',
  'status',
  'isBoom',
  'isServer',
  'output',
  'data',
  'response',
  'request',
  'config',
  'errno',
  'syscall',
  'path',
  'address',
  'port',
  'ctx',
  'req',
  'res',
  'constructor',
  '__proto__',
  'prototype',
  'requestId',
]);

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

// Limits that keep one error from producing a huge or slow body.
const MAX_DEPTH = 6;
const MAX_ENTRIES = 200;
const MAX_STRING_LENGTH = 10_000;

/**
 * A JSON-safe copy of `value`: plain data only (strings, finite numbers, booleans, null, arrays, plain objects).
 * Functions, symbols, BigInts, class instances, cycles and anything past the limits are left out, and reading
 * never throws, so any property an application put on an error can be offered to the client safely.
 */
export function toJsonSafe(value: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_STRING_LENGTH ? value.slice(0, MAX_STRING_LENGTH) : value;
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH || seen.has(value)) return undefined;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (let index = 0; index < Math.min(value.length, MAX_ENTRIES); index++) {
        const item = toJsonSafe(readProperty(value, String(index)), depth + 1, seen);
        items.push(item === undefined ? null : item);
      }
      return items;
    }
    if (!isPlainObject(value)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const key of ownKeys(value).slice(0, MAX_ENTRIES)) {
      if (key === '__proto__') continue;
      const item = toJsonSafe(readProperty(value, key), depth + 1, seen);
      if (item !== undefined) copy[key] = item;
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

function isPlainObject(value: object): boolean {
  try {
    const prototype = Object.getPrototypeOf(value);
    // Cross-realm plain objects have another realm's Object.prototype, whose own prototype is null.
    return prototype === null || Object.getPrototypeOf(prototype) === null;
  } catch {
    return false;
  }
}

/**
 * The extension members of an exposed error: its own enumerable, JSON-safe properties (validation `errors`, a
 * string `code`, …), without internals and without the RFC 9457 members.
 */
export function extensionsOf(error: unknown): Readonly<Record<string, unknown>> {
  if (typeof error !== 'object' || error === null) return NONE;
  // Made only when needed: most errors have no member besides their message.
  let extensions: Record<string, unknown> | undefined;
  // The error itself counts as visited: a property that points back to it is a cycle.
  let seen: Set<object> | undefined;
  const keys = ownKeys(error);
  for (let index = 0; index < Math.min(keys.length, MAX_ENTRIES); index++) {
    const key = keys[index] as string;
    if (NEVER_EXTENSIONS.has(key)) continue;
    seen ??= new Set<object>().add(error);
    const value = toJsonSafe(readProperty(error, key), 0, seen);
    if (value === undefined) continue;
    extensions ??= {};
    extensions[key] = value;
  }
  return extensions ?? NONE;
}

/** Whether a member name may be added to a problem body. */
export function isAllowedExtensionName(name: string): boolean {
  return !NEVER_EXTENSIONS.has(name);
}
