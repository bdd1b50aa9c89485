/**
 * Leaky bucket (as a meter)
 *
 * What you build
 *   A leaky bucket used as a meter: every admitted request pours water into a bucket of size
 *   `capacity`, the bucket leaks at a constant `leakPerSecond`, and a request that would make it
 *   overflow is rejected.
 *
 * Why it matters
 *   The leaky bucket is how networks police traffic (ATM's GCRA is a form of it), and
 *   nginx's `limit_req` is one: it enforces a smooth output rate — with a small bucket, requests are
 *   admitted evenly spaced instead of in bursts, which is what a fragile downstream (a legacy
 *   database, a partner API with a strict per-second quota) needs.
 *
 *   Compared with the token bucket (kata 4): as a meter, the two are mirror images —
 *   `level = capacity − tokens` — so the same capacity and rate give the same allow/deny
 *   decisions. The difference is the model you reason with and configure. A token bucket starts
 *   full and banks credit while idle, so "capacity" reads as the burst a client may spend at
 *   once. A leaky bucket starts empty and every request is debt that drains at a fixed rate, so
 *   "capacity" reads as how much jitter above the steady rate you tolerate; shrink it to 1 and
 *   admitted requests are spaced exactly `1 / leakPerSecond` apart. Used as a QUEUE instead of a
 *   meter (nginx without `nodelay`), a leaky bucket delays requests rather than rejecting them
 *   and emits them perfectly evenly; a token bucket never delays, it only admits or rejects.
 *
 * Your task
 *   Same decision object as every limiter in this phase:
 *     interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
 *   - `allowed`      — whether this request may proceed (an allowed request adds to the level);
 *   - `remaining`    — how many more requests of cost 1 would be allowed right now, after this one;
 *   - `retryAfterMs` — `0` when allowed; when denied, how many milliseconds until this same
 *                      request would be allowed (if nothing else happens in between).
 *
 *   Implement `class LeakyBucket` (same `take` signature as `TokenBucket`, so either can sit
 *   behind one interface):
 *   - `constructor({ capacity, leakPerSecond, now })` — `now()` returns the current time in
 *     milliseconds. Throws a `RangeError` unless `capacity` is a positive integer and
 *     `leakPerSecond` is a positive finite number. The bucket starts empty (level 0).
 *   - `get level(): number` — the current fill level at `now()`, after leaking; fractional, never
 *     below 0. Reading it changes nothing.
 *   - `take(n = 1): Decision` — a request of cost `n` at time `t = now()`.
 *     Throws a `RangeError` (and changes nothing) unless `n` is a positive finite number no
 *     larger than `capacity`.
 *     First leak: the level drops by `elapsedMs × leakPerSecond / 1000` since the previous call
 *     (or the constructor), never below 0 — an idle bucket does not bank extra room.
 *     - If `level + n <= capacity`, add `n` to the level and return
 *       `{ allowed: true, remaining: Math.floor(capacity − level), retryAfterMs: 0 }`.
 *     - Otherwise leave the level unchanged and return
 *       `{ allowed: false, remaining: Math.floor(capacity − level), retryAfterMs }`, where
 *       `retryAfterMs` is the time until the level has drained to `capacity − n`, rounded UP to a
 *       whole millisecond — so a caller that waits exactly that long always succeeds.
 *   Clocks: as in kata 4, if `now()` returns a time earlier than the latest time already seen,
 *   treat it as no time passing (nothing leaks, nothing throws) and keep measuring from the
 *   latest time seen.
 *
 * Example
 *   let t = 0;
 *   const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 4, now: () => t });
 *   bucket.take();   // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   bucket.take();   // { allowed: true,  remaining: 0, retryAfterMs: 0 }
 *   bucket.take();   // { allowed: false, remaining: 0, retryAfterMs: 250 } — one unit leaks per 250 ms
 *   t = 125;
 *   bucket.level;    // 1.5
 *   t = 250;
 *   bucket.take();   // { allowed: true,  remaining: 0, retryAfterMs: 0 }
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
  constructor(options: LeakyBucketOptions) {
    // TODO: validate the options and start with an empty bucket.
    void options;
  }

  get level(): number {
    throw new Error("not implemented");
  }

  take(n = 1): Decision {
    void n;
    throw new Error("not implemented");
  }
}
