import { readProperty } from '../../../error/read';
import type { PathSegment } from '../issue';

/** A validator's path as keys and indices; a segment that is neither (a symbol) by its description. */
export function readPath(path: unknown): PathSegment[] {
  if (!Array.isArray(path)) return [];
  return path.slice(0, 64).map((segment: unknown) => segmentOf(segment));
}

function segmentOf(segment: unknown): PathSegment {
  if (typeof segment === 'string' || typeof segment === 'number') return segment;
  if (typeof segment === 'symbol') return segment.description ?? '';
  // Standard Schema allows `{ key }` path items (Valibot's have more members, of which only `key` is the key).
  const key = readProperty(segment, 'key');
  if (typeof key === 'string' || typeof key === 'number') return key;
  return typeof key === 'symbol' ? (key.description ?? '') : '';
}
