/**
 * Sliding-window-counter rate limiter — reference solution.
 *
 * All arithmetic is scaled by `windowMs` so the comparisons stay in integers:
 *   estimate × windowMs = previous × (windowMs − elapsed) + current × windowMs
 * which avoids floating-point surprises such as 0.7 × 3 = 2.0999999999999996.
 * In Redis this is two `INCR`ed keys (`key:<windowStart>` and the one before) with a TTL of two
 * windows.
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface SlidingWindowCounterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
}

interface Counters {
  start: number;
  previous: number;
  current: number;
}

export class SlidingWindowCounterLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #counters = new Map<string, Counters>();

  constructor({ limit, windowMs, now }: SlidingWindowCounterOptions) {
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
    const W = this.#windowMs;
    const L = this.#limit;
    const t = this.#now();
    const start = Math.floor(t / W) * W;
    const c = this.#roll(key, start);
    const elapsed = t - start;

    // Allowed iff previous × (W − elapsed) + (current + 1) × W <= L × W.
    const weightedPrevious = c.previous * (W - elapsed);
    if (weightedPrevious + (c.current + 1) * W <= L * W) {
      c.current++;
      const remaining = Math.floor((L * W - weightedPrevious - c.current * W) / W);
      return { allowed: true, remaining: Math.max(0, remaining), retryAfterMs: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterMs: this.#retryAfter(c, elapsed) };
  }

  /** Brings a key's counters forward to the window starting at `start`. */
  #roll(key: string, start: number): Counters {
    const c = this.#counters.get(key);
    if (c === undefined) {
      const fresh = { start, previous: 0, current: 0 };
      this.#counters.set(key, fresh);
      return fresh;
    }
    if (c.start !== start) {
      c.previous = c.start === start - this.#windowMs ? c.current : 0;
      c.current = 0;
      c.start = start;
    }
    return c;
  }

  /**
   * The earliest elapsed time e at which p × (W − e) + (c + 1) × W <= L × W, i.e.
   * e >= W − (L − 1 − c) × W / p. If the current window is already full (c = L), no moment in
   * this window works: roll over (p ← c, c ← 0) and solve the same inequality in the next one.
   */
  #retryAfter({ previous, current }: Counters, elapsed: number): number {
    const W = this.#windowMs;
    const L = this.#limit;
    if (current < L) {
      // Denied with room in `current`, so previous > 0.
      const e = Math.ceil(W - ((L - 1 - current) * W) / previous);
      return e - elapsed;
    }
    const e = Math.ceil(W - ((L - 1) * W) / current);
    return W - elapsed + e;
  }
}
