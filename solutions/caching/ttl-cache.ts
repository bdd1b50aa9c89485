/**
 * TTL cache — reference solution.
 *
 * Each entry stores its absolute expiry time, so checking one key is O(1) and no timers are
 * needed. Expired entries stay in memory until something touches them or `prune()` sweeps;
 * a production cache runs the sweep on an interval (Redis samples a few keys at a time instead
 * of scanning all of them).
 */
export interface TtlCacheOptions {
  /** TTL used by `set` when it is called without one, in milliseconds. */
  defaultTtlMs: number;
  /** The clock, in milliseconds. Defaults to `Date.now`. */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

function assertTtl(ttlMs: number, name: string): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`${name} must be a positive finite number, got ${ttlMs}`);
  }
}

export class TtlCache<K, V> {
  readonly #defaultTtlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<K, Entry<V>>();

  constructor({ defaultTtlMs, now = Date.now }: TtlCacheOptions) {
    assertTtl(defaultTtlMs, "defaultTtlMs");
    this.#defaultTtlMs = defaultTtlMs;
    this.#now = now;
  }

  set(key: K, value: V, ttlMs = this.#defaultTtlMs): void {
    assertTtl(ttlMs, "ttlMs");
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
  }

  get(key: K): V | undefined {
    return this.#live(key)?.value;
  }

  has(key: K): boolean {
    return this.#live(key) !== undefined;
  }

  delete(key: K): boolean {
    const live = this.#live(key) !== undefined;
    this.#entries.delete(key);
    return live;
  }

  prune(): number {
    const now = this.#now();
    let removed = 0;
    // Deleting the current key while iterating a Map is safe.
    for (const [key, entry] of this.#entries) {
      if (now >= entry.expiresAt) {
        this.#entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The entry if it is live; an expired entry is removed on the way (lazy expiry). */
  #live(key: K): Entry<V> | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#now() >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
