/**
 * Cache-aside — reference solution.
 *
 * One map holds both cached values and cached misses; a miss carries its expiry time. A value
 * never expires here: it lives until a write through this layer invalidates it. (A shared cache
 * such as Redis would also give values a TTL, to bound staleness from writers that bypass it.)
 *
 * Production caveat: a read that started before a write can finish after the write's
 * invalidation and cache the old value. Short value TTLs, versioned keys or a lease (Memcached's
 * "gets/cas", Facebook's leases) close that race.
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

type Entry<V> = { kind: "value"; value: V } | { kind: "miss"; expiresAt: number };

export class CacheAside<K, V> {
  readonly #repository: Repository<K, V>;
  readonly #missTtlMs: number;
  readonly #now: () => number;
  readonly #cache = new Map<K, Entry<V>>();

  constructor(repository: Repository<K, V>, { missTtlMs, now = Date.now }: CacheAsideOptions) {
    if (!Number.isFinite(missTtlMs) || missTtlMs < 0) {
      throw new RangeError(`missTtlMs must be a non-negative number, got ${missTtlMs}`);
    }
    this.#repository = repository;
    this.#missTtlMs = missTtlMs;
    this.#now = now;
  }

  async get(key: K): Promise<V | undefined> {
    const cached = this.#cache.get(key);
    if (cached?.kind === "value") return cached.value;
    if (cached?.kind === "miss" && this.#now() < cached.expiresAt) return undefined;

    const value = await this.#repository.get(key);
    this.#cache.set(
      key,
      value === undefined ? { kind: "miss", expiresAt: this.#now() + this.#missTtlMs } : { kind: "value", value },
    );
    return value;
  }

  async save(key: K, value: V): Promise<void> {
    // Write first: if the repository rejects, we never reach the invalidation.
    await this.#repository.save(key, value);
    this.#cache.delete(key);
  }
}
