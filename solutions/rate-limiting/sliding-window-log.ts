/**
 * Sliding-window-log rate limiter — reference solution.
 *
 * Each key keeps the timestamps of its allowed requests, oldest first (the clock only moves
 * forward, so appending keeps the array sorted). Expired entries are always at the front; since
 * denied requests are never logged, a log holds at most `limit` entries, so pruning with
 * `shift()` is O(limit) worst case and O(1) amortised. Memory is O(limit) per key — the price of
 * exactness, and the reason kata 3 approximates instead.
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface SlidingWindowLogOptions {
  limit: number;
  windowMs: number;
  now: () => number;
}

export class SlidingWindowLogLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #logs = new Map<string, number[]>();

  constructor({ limit, windowMs, now }: SlidingWindowLogOptions) {
    if (!Number.isInteger(limit) || limit <= 0) {
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    }
    if (!Number.isInteger(windowMs) || windowMs <= 0) {
      throw new RangeError(`windowMs must be a positive integer, got ${windowMs}`);
    }
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  hit(key: string): Decision {
    const t = this.#now();
    let log = this.#logs.get(key);
    if (log === undefined) {
      log = [];
      this.#logs.set(key, log);
    }

    // A timestamp s counts while s > t - windowMs.
    while (log.length > 0 && log[0] <= t - this.#windowMs) log.shift();

    if (log.length < this.#limit) {
      log.push(t);
      return { allowed: true, remaining: this.#limit - log.length, retryAfterMs: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterMs: log[0] + this.#windowMs - t };
  }
}
