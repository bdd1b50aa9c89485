/**
 * Cache-aside
 *
 * What you build
 *   A read-through/write-invalidate layer in front of a slow repository: reads try the cache
 *   first, writes go to the repository and then drop the cached entry.
 *
 * Why it matters
 *   Cache-aside (a.k.a. lazy loading) is how most services put Redis or Memcached in front of a
 *   database: the application owns the cache and the database stays the source of truth.
 *   Invalidating instead of updating on write avoids caching a value the database rejected or
 *   changed (defaults, triggers, concurrent writers), and briefly caching "not found" stops a
 *   flood of lookups for a missing id from hammering the database.
 *
 * Your task
 *   Implement `class CacheAside<K, V>` over a `Repository<K, V>` (`get` resolves to the value or
 *   `undefined` when there is none; `save` stores a value):
 *   - `constructor(repository, { missTtlMs, now? })` — `now` is the clock in milliseconds (default
 *     `Date.now`). Throws a `RangeError` if `missTtlMs` is negative or not a finite number.
 *   - `get(key): Promise<V | undefined>`
 *     - cached value → return it without calling the repository. Falsy values such as 0 or ""
 *       are values, not misses. A cached value stays until invalidated (no TTL).
 *     - otherwise → `repository.get(key)`; a value is cached and returned.
 *     - `undefined` from the repository is a miss: cache the miss for `missTtlMs`, returning
 *       `undefined` without calling the repository while `now() - cachedAt < missTtlMs`; from
 *       `missTtlMs` on, ask the repository again.
 *     - if `repository.get` rejects, reject with the same error and cache nothing.
 *   - `save(key, value): Promise<void>` — awaits `repository.save(key, value)`, THEN removes the key
 *     from the cache (value or cached miss), so the next `get` reads the repository again. Do
 *     not put `value` in the cache. If `save` rejects, reject with the same error and leave the
 *     cache exactly as it was.
 *   Keys are independent: saving one key never invalidates another.
 *
 * Example
 *   const users = new CacheAside(userRepository, { missTtlMs: 5_000 });
 *   await users.get(1);                      // repository read, then cached
 *   await users.get(1);                      // from the cache
 *   await users.save(1, { name: "Ada" });    // repository write, cache entry dropped
 *   await users.get(1);                      // repository read again
 *   await users.get(404);                    // undefined; the miss is cached for 5 s
 */

export interface Repository<K, V> {
  get(key: K): Promise<V | undefined>;
  save(key: K, value: V): Promise<void>;
}

export interface CacheAsideOptions {
  /** How long a miss (repository returned `undefined`) is cached, in milliseconds. */
  missTtlMs: number;
  /** Current time in milliseconds. Defaults to `Date.now`. */
  now?: () => number;
}

export class CacheAside<K, V> {
  constructor(repository: Repository<K, V>, options: CacheAsideOptions) {
    // TODO: validate the options and set up the cache.
    void repository;
    void options;
  }

  get(key: K): Promise<V | undefined> {
    void key;
    throw new Error("not implemented");
  }

  save(key: K, value: V): Promise<void> {
    void key;
    void value;
    throw new Error("not implemented");
  }
}
