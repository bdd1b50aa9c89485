/**
 * Fixed-window rate limiter — reference solution.
 *
 * One `{ windowStart, count }` pair per key. A stale pair (from an earlier window) is simply
 * overwritten, so there is no timer and no cleanup pass. In production this state lives in Redis
 * as `INCR key:<windowStart>` plus `EXPIRE`, which also garbage-collects idle keys; here the map
 * keeps one entry per key ever seen (kata 6 bounds that).
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface FixedWindowOptions {
  limit: number;
  windowMs: number;
  now: () => number;
}

interface Window {
  start: number;
  count: number;
}

export class FixedWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, Window>();

  constructor({ limit, windowMs, now }: FixedWindowOptions) {
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
    const start = Math.floor(t / this.#windowMs) * this.#windowMs;

    let window = this.#windows.get(key);
    if (window === undefined || window.start !== start) {
      window = { start, count: 0 };
      this.#windows.set(key, window);
    }

    if (window.count < this.#limit) {
      window.count++;
      return { allowed: true, remaining: this.#limit - window.count, retryAfterMs: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterMs: start + this.#windowMs - t };
  }
}
