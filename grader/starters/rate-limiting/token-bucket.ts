/**
 * Token bucket
 *
 * What you build
 *   A token bucket: it holds up to `capacity` tokens, refills continuously at `refillPerSecond`,
 *   and each request spends tokens — so it allows short bursts but caps the long-run rate.
 *
 * Why it matters
 *   Window limiters (katas 1–3) count requests; a token bucket separates two knobs: how big a
 *   burst you tolerate (`capacity`) and the sustained rate (`refillPerSecond`). Stripe's API
 *   limiter, AWS API Gateway throttling and Envoy's local rate limit are token buckets, and
 *   `take(n)` lets an expensive call (a bulk export) cost more than a cheap one.
 *
 * Your task
 *   Same decision object as every limiter in this phase:
 *     interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
 *   - `allowed`      — whether this request may proceed (an allowed request spends its tokens);
 *   - `remaining`    — how many more requests of cost 1 would be allowed right now, after this one;
 *   - `retryAfterMs` — `0` when allowed; when denied, how many milliseconds until this same
 *                      request would be allowed (if nothing else happens in between).
 *
 *   Implement `class TokenBucket` (one bucket; kata 6 keeps one per key):
 *   - `constructor({ capacity, refillPerSecond, now })` — `now()` returns the current time in
 *     milliseconds. Throws a `RangeError` unless `capacity` is a positive integer and
 *     `refillPerSecond` is a positive finite number (0.5 means one token every 2 s).
 *     The bucket starts full: `capacity` tokens at the time the constructor reads `now()`.
 *   - `take(n = 1): Decision` — tries to spend `n` tokens at time `t = now()`.
 *     Throws a `RangeError` (and changes nothing) unless `n` is a positive finite number no
 *     larger than `capacity` — a bigger request could never succeed.
 *     First refill: add `elapsedMs × refillPerSecond / 1000` tokens for the time since the
 *     previous call (or the constructor), keeping fractions of a token, never above `capacity`.
 *     - If at least `n` tokens are available, spend them and return
 *       `{ allowed: true, remaining: Math.floor(tokensLeft), retryAfterMs: 0 }`.
 *     - Otherwise spend nothing and return
 *       `{ allowed: false, remaining: Math.floor(tokens), retryAfterMs }`, where `retryAfterMs` is
 *       the time until the bucket holds `n` tokens, rounded UP to a whole millisecond — so a
 *       caller that waits exactly `retryAfterMs` always succeeds.
 *   Clocks: the bucket assumes time never moves backwards, but a wall clock can (an NTP step).
 *   If `now()` returns a time earlier than the latest time already seen, treat it as no time
 *   passing: never remove tokens, never throw, and keep measuring refills from the latest time
 *   seen (so time is never counted twice).
 *
 * Example
 *   let t = 0;
 *   const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: () => t });
 *   bucket.take();   // { allowed: true,  remaining: 2, retryAfterMs: 0 }
 *   bucket.take(2);  // { allowed: true,  remaining: 0, retryAfterMs: 0 }
 *   bucket.take();   // { allowed: false, remaining: 0, retryAfterMs: 500 }  — 2 tokens/s
 *   t = 250;
 *   bucket.take();   // { allowed: false, remaining: 0, retryAfterMs: 250 }  — holds 0.5 tokens
 *   t = 1250;
 *   bucket.take();   // { allowed: true,  remaining: 1, retryAfterMs: 0 }    — 2.5 − 1 = 1.5 left
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
  constructor(options: TokenBucketOptions) {
    // TODO: validate the options and fill the bucket.
    void options;
  }

  take(n = 1): Decision {
    void n;
    throw new Error("not implemented");
  }
}
