/**
 * A bounded cache. Caches keyed by request header values must be bounded: a client can send a new value with
 * every request, and an unbounded map would grow until the process runs out of memory.
 *
 * Two generations instead of a strict least-recently-used order: a hit in the current generation is one
 * `Map.get`, with no reordering on the request path. When the current generation is full it becomes the old
 * one and the oldest is dropped whole; a hit in the old generation moves the entry to the current one, so
 * entries in use survive. At most `capacity` entries are held.
 */
export class BoundedCache<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();
  readonly #generationSize: number;

  constructor(capacity: number) {
    this.#generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  get(key: string): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const old = this.#previous.get(key);
    if (old !== undefined) {
      this.#previous.delete(key);
      this.#add(key, old);
    }
    return old;
  }

  set(key: string, value: V): void {
    this.#previous.delete(key);
    this.#add(key, value);
  }

  #add(key: string, value: V): void {
    this.#current.set(key, value);
    if (this.#current.size >= this.#generationSize) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
  }
}
