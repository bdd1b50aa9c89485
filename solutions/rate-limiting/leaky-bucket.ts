/**
 * Leaky bucket (as a meter) — reference solution.
 *
 * Like the token bucket, it leaks lazily: the level is brought up to date from the time elapsed
 * since the last call. Production implementations often go one step further and store a single
 * number, the time at which the bucket will be empty ("theoretical arrival time" in GCRA, as used
 * by redis-cell): level = max(0, emptyAt − t) × rate, and admitting a request moves emptyAt
 * forward by n / rate. Same decisions, one value per key.
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface LeakyBucketOptions {
  capacity: number;
  leakPerSecond: number;
  now: () => number;
}

export class LeakyBucket {
  readonly #capacity: number;
  readonly #leakPerSecond: number;
  readonly #now: () => number;
  #level = 0;
  #last: number;

  constructor({ capacity, leakPerSecond, now }: LeakyBucketOptions) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    if (!Number.isFinite(leakPerSecond) || leakPerSecond <= 0) {
      throw new RangeError(`leakPerSecond must be a positive finite number, got ${leakPerSecond}`);
    }
    this.#capacity = capacity;
    this.#leakPerSecond = leakPerSecond;
    this.#now = now;
    this.#last = now();
  }

  get level(): number {
    this.#leak();
    return this.#level;
  }

  take(n = 1): Decision {
    if (!Number.isFinite(n) || n <= 0 || n > this.#capacity) {
      throw new RangeError(`n must be a positive number no larger than capacity (${this.#capacity}), got ${n}`);
    }
    this.#leak();

    if (this.#level + n <= this.#capacity) {
      this.#level += n;
      return { allowed: true, remaining: this.#remaining(), retryAfterMs: 0 };
    }
    const overflow = this.#level + n - this.#capacity;
    const retryAfterMs = Math.ceil((overflow * 1000) / this.#leakPerSecond);
    return { allowed: false, remaining: this.#remaining(), retryAfterMs };
  }

  #remaining(): number {
    return Math.max(0, Math.floor(this.#capacity - this.#level));
  }

  #leak(): void {
    const t = this.#now();
    // A clock that steps backwards counts as no time passing; `#last` never decreases.
    if (t <= this.#last) return;
    const leaked = ((t - this.#last) * this.#leakPerSecond) / 1000;
    this.#level = Math.max(0, this.#level - leaked);
    this.#last = t;
  }
}
