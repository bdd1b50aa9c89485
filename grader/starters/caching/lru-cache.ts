/**
 * LRU cache
 *
 * What you build
 *   A fixed-capacity key/value cache that evicts the least recently used entry when full.
 *
 * Why it matters
 *   Every backend keeps hot data close: connection pools, parsed templates, session lookups,
 *   CDN edge caches. Memcached evicts by LRU, Redis does (approximately) once you set
 *   `maxmemory-policy allkeys-lru` (its default, `noeviction`, refuses writes when memory is
 *   full), and so do most in-process caches, because recent use is a cheap, good predictor of the
 *   next use.
 *
 * Your task
 *   Implement `class LruCache<K, V>`:
 *   - `constructor(capacity: number)` — throws a `RangeError` if `capacity` is not a positive integer.
 *   - `get(key): V | undefined` — the value, or `undefined` when absent. A hit makes the key
 *     the most recently used.
 *   - `set(key, value): void` — inserts or overwrites. Writing a key (new or existing) makes it
 *     the most recently used. When a new key would exceed the capacity, first evict the least
 *     recently used key. Overwriting a key that is already stored never evicts anything and
 *     keeps it stored once, whether the cache is full or not.
 *   - `has(key): boolean` — whether the key is present. Does NOT count as a use.
 *   - `delete(key): boolean` — removes the key; `true` if it was present.
 *   - `get size(): number` — how many entries are stored.
 *   - `keys(): K[]` — the keys from least to most recently used.
 *   `get` and `set` must be O(1): the suite runs 120 000 operations on a 30 000-entry cache.
 *
 * Example
 *   const cache = new LruCache<string, number>(2);
 *   cache.set("a", 1);
 *   cache.set("b", 2);
 *   cache.get("a");      // 1 — "a" is now the most recently used
 *   cache.set("c", 3);   // evicts "b"
 *   cache.keys();        // ["a", "c"]
 */

export class LruCache<K, V> {
  constructor(capacity: number) {
    // TODO: validate capacity and set up your storage.
    void capacity;
  }

  get(key: K): V | undefined {
    void key;
    throw new Error("not implemented");
  }

  set(key: K, value: V): void {
    void key;
    void value;
    throw new Error("not implemented");
  }

  has(key: K): boolean {
    void key;
    throw new Error("not implemented");
  }

  delete(key: K): boolean {
    void key;
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }

  keys(): K[] {
    throw new Error("not implemented");
  }
}
