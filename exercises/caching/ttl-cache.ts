/**
 * TTL cache
 *
 * What you build
 *   A key/value cache whose entries expire a fixed time after they are written, read through an
 *   injected clock.
 *
 * Why it matters
 *   Cached data goes stale: DNS answers, auth tokens, feature flags and API responses are all kept
 *   "for N seconds". Redis expires keys the way this kata does — lazily, when an expired key is
 *   touched, plus an active sweep — so memory held by keys nobody reads is still reclaimed.
 *
 * Your task
 *   Implement `class TtlCache<K, V>`. Like the LRU cache it stores entries in a map, but there is
 *   no capacity: entries leave when they expire. Time, in milliseconds, comes only from `now()`.
 *   - `constructor({ defaultTtlMs, now = Date.now })` — throws a `RangeError` if `defaultTtlMs` is
 *     not a positive finite number.
 *   - `set(key, value, ttlMs = defaultTtlMs): void` — stores the value until `now() + ttlMs`.
 *     Overwriting a key replaces its value and restarts its TTL from the new `ttlMs`. Throws a
 *     `RangeError` if `ttlMs` is not a positive finite number.
 *   - An entry written at time `t` with TTL `d` is live while `now() < t + d` and expired from
 *     `now() >= t + d` on (a 1 000 ms entry written at 0 is live at 999, expired at 1 000).
 *     Redis draws the line one millisecond later: it treats a key as expired only once
 *     `now > expireAt`, so a Redis key is still readable at exactly its expiry time. Here the
 *     expiry time itself is already expired.
 *   - `get(key): V | undefined` — the value of a live entry, otherwise `undefined`. An expired
 *     entry that `get` finds is removed from the cache (lazy expiry).
 *   - `has(key): boolean` — whether a live entry exists; also removes an expired entry it finds.
 *   - `delete(key): boolean` — removes the entry; `true` only if it was live.
 *   - `prune(): number` — removes every expired entry (active expiry) and returns how many.
 *   - `get size(): number` — how many entries are stored, INCLUDING expired entries that no
 *     get/has/delete/prune has removed yet (like Redis's DBSIZE). Call `prune()` first for a live count.
 *   `get`, `set`, `has` and `delete` touch only their own key: the suite does 100 000 of each
 *   on a large cache, which a sweep on every call cannot finish in time.
 *
 * Example
 *   let t = 0;
 *   const cache = new TtlCache<string, string>({ defaultTtlMs: 1_000, now: () => t });
 *   cache.set("session", "alice");
 *   cache.set("token", "xyz", 5_000);
 *   t = 1_000;
 *   cache.size;           // 2 — "session" expired but is still stored
 *   cache.get("session"); // undefined — and now removed
 *   cache.size;           // 1
 *   t = 5_000;
 *   cache.prune();        // 1 — "token" removed
 */

export interface TtlCacheOptions {
  /** TTL used by `set` when it is called without one, in milliseconds. */
  defaultTtlMs: number;
  /** The clock, in milliseconds. Defaults to `Date.now`. */
  now?: () => number;
}

export class TtlCache<K, V> {
  constructor(options: TtlCacheOptions) {
    // TODO: validate defaultTtlMs, keep the clock and set up your storage.
    void options;
  }

  set(key: K, value: V, ttlMs?: number): void {
    void key;
    void value;
    void ttlMs;
    throw new Error("not implemented");
  }

  get(key: K): V | undefined {
    void key;
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

  prune(): number {
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }
}
