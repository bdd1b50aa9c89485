/**
 * Token bucket — reference solution.
 *
 * There is no timer: the bucket refills lazily, on each call, from the time elapsed since the
 * last one. That makes the state two numbers (tokens, last refill time), which is exactly what
 * Stripe-style limiters keep per client in a Redis hash, updated by one Lua script so that
 * read-refill-spend is atomic across servers.
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface TokenBucketOptions {
  capacity: number;
  refillPerSecond: number;
  now: () => number;
}

export class TokenBucket {
  readonly #capacity: number;
  readonly #refillPerSecond: number;
  readonly #now: () => number;
  #tokens: number;
  #last: number;

  constructor({ capacity, refillPerSecond, now }: TokenBucketOptions) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
      throw new RangeError(`refillPerSecond must be a positive finite number, got ${refillPerSecond}`);
    }
    this.#capacity = capacity;
    this.#refillPerSecond = refillPerSecond;
    this.#now = now;
    this.#tokens = capacity;
    this.#last = now();
  }

  take(n = 1): Decision {
    if (!Number.isFinite(n) || n <= 0 || n > this.#capacity) {
      throw new RangeError(`n must be a positive number no larger than capacity (${this.#capacity}), got ${n}`);
    }
    this.#refill();

    if (this.#tokens >= n) {
      this.#tokens -= n;
      return { allowed: true, remaining: Math.floor(this.#tokens), retryAfterMs: 0 };
    }
    // Multiply before dividing: (missing × 1000) / rate stays exact for whole-number inputs.
    const retryAfterMs = Math.ceil(((n - this.#tokens) * 1000) / this.#refillPerSecond);
    return { allowed: false, remaining: Math.floor(this.#tokens), retryAfterMs };
  }

  #refill(): void {
    const t = this.#now();
    // A clock that steps backwards counts as no time passing; `#last` never decreases.
    if (t <= this.#last) return;
    const added = ((t - this.#last) * this.#refillPerSecond) / 1000;
    this.#tokens = Math.min(this.#capacity, this.#tokens + added);
    this.#last = t;
  }
}
