/**
 * Keyed limiter with bounded memory — reference solution.
 *
 * The buckets live in a Map ordered from least to most recently seen: every take deletes and
 * re-inserts its key. Because every key shares the same "idle for a full refill" threshold, the
 * idle keys are always a prefix of that order, so dropping them is a loop from the front that
 * stops at the first live key — O(1) amortised, like the LRU eviction behind it.
 *
 * Evicting a key that is NOT full (the maxKeys rule) forgets its debt: that client gets a fresh
 * bucket. That is the price of bounded memory; size maxKeys above the number of clients you
 * expect to be active within one refill period. (A shared limiter would keep this in Redis with
 * a TTL of one refill period, which gives the same idle rule for free.)
 */
export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface KeyedLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  maxKeys: number;
  now: () => number;
}

interface Bucket {
  tokens: number;
  seenAt: number;
}

export class KeyedLimiter {
  readonly #capacity: number;
  readonly #refillPerSecond: number;
  readonly #maxKeys: number;
  readonly #now: () => number;
  readonly #fullRefillMs: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor({ capacity, refillPerSecond, maxKeys, now }: KeyedLimiterOptions) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
      throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
    }
    if (!Number.isInteger(maxKeys) || maxKeys <= 0) {
      throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
    }
    this.#capacity = capacity;
    this.#refillPerSecond = refillPerSecond;
    this.#maxKeys = maxKeys;
    this.#now = now;
    this.#fullRefillMs = (capacity / refillPerSecond) * 1000;
  }

  take(key: string): Decision {
    const now = this.#now();
    this.#dropIdle(now);

    let bucket = this.#buckets.get(key);
    if (bucket) {
      this.#buckets.delete(key);
      const elapsed = Math.max(0, now - bucket.seenAt);
      bucket.tokens = Math.min(this.#capacity, bucket.tokens + (elapsed * this.#refillPerSecond) / 1000);
      bucket.seenAt = Math.max(bucket.seenAt, now); // if the clock steps back, never refill twice
    } else {
      if (this.#buckets.size >= this.#maxKeys) {
        const leastRecent = this.#buckets.keys().next().value as string;
        this.#buckets.delete(leastRecent);
      }
      bucket = { tokens: this.#capacity, seenAt: now };
    }
    this.#buckets.set(key, bucket);

    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterMs: 0 };
    }
    return {
      allowed: false,
      remaining: 0,
      retryAfterMs: Math.ceil(((1 - bucket.tokens) * 1000) / this.#refillPerSecond),
    };
  }

  get size(): number {
    this.#dropIdle(this.#now());
    return this.#buckets.size;
  }

  #dropIdle(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (now - bucket.seenAt < this.#fullRefillMs) break;
      this.#buckets.delete(key);
    }
  }
}
