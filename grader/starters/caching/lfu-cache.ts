/**
 * LFU cache
 *
 * What you build
 *   A fixed-capacity key/value cache that evicts the least frequently used entry when full,
 *   breaking ties by evicting the least recently used of them.
 *
 * Why it matters
 *   Recency alone is fooled by one-off scans: a batch job that reads every row once flushes an LRU
 *   cache of its genuinely hot keys. Counting uses keeps popular entries (top products, config
 *   blobs, hot user profiles) cached through such bursts. Redis offers it as allkeys-lfu, and
 *   Caffeine, the standard JVM cache, weighs frequency for the same reason.
 *
 * Your task
 *   Implement `class LfuCache<K, V>`, the LRU cache's API with a different eviction rule (and
 *   `frequency` instead of `keys`). Every entry has a use count, its frequency.
 *   - `constructor(capacity: number)` — throws a `RangeError` if `capacity` is not a positive integer.
 *   - `get(key): V | undefined` — the value, or `undefined` when absent. A hit is a use: it adds 1
 *     to the key's frequency and makes it the most recently used key.
 *   - `set(key, value): void` — a new key starts at frequency 1. Overwriting an existing key
 *     replaces the value and is a use (frequency + 1, most recently used); it never evicts.
 *     When a NEW key arrives and the cache is full, first evict the key with the lowest
 *     frequency; among keys with that frequency, the one least recently used (by get or set).
 *     So the key being added is never the one evicted.
 *   - `has(key): boolean` — whether the key is present. Not a use.
 *   - `frequency(key): number` — the key's frequency, `0` when absent. Not a use.
 *   - `delete(key): boolean` — removes the key; `true` if it was present.
 *   - `get size(): number` — how many entries are stored.
 *   `get` and `set` must be O(1), eviction included — no scanning or sorting of all keys: the
 *   suite evicts 100 000 times from a cache of 50 000 entries.
 *
 * Example
 *   const cache = new LfuCache<string, number>(2);
 *   cache.set("a", 1);
 *   cache.set("b", 2);
 *   cache.get("a");        // 1 — "a" now has frequency 2, "b" frequency 1
 *   cache.set("c", 3);     // evicts "b", the least frequently used
 *   cache.frequency("a");  // 2
 *   cache.has("b");        // false
 */

export class LfuCache<K, V> {
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

  frequency(key: K): number {
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
}
