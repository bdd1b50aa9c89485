/**
 * Sliding-window-counter rate limiter
 *
 * What you build
 *   A limiter that approximates a sliding window with just two counters per key: the count of
 *   the previous fixed window, weighted by how much of it the sliding window still overlaps, plus
 *   the count of the current fixed window.
 *
 * Why it matters
 *   The exact log (kata 2) costs memory per request — 10 000 timestamps for a 10 000/hour limit,
 *   for every client. Cloudflare measured this approximation on real traffic and runs it at the
 *   edge: O(1) memory per key (two counters, which a shared store such as Redis or Memcached can
 *   hold), one increment per request, and no 2 × limit boundary burst.
 *
 * Your task
 *   Same decision object as every limiter in this phase:
 *     interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
 *   - `allowed`      — whether this request may proceed (an allowed request is counted);
 *   - `remaining`    — how many more requests would be allowed right now, after this one;
 *   - `retryAfterMs` — `0` when allowed; when denied, how many milliseconds until this same
 *                      request would be allowed (if nothing else happens in between).
 *
 *   Implement `class SlidingWindowCounterLimiter`:
 *   - `constructor({ limit, windowMs, now })` — `now()` returns the current time in milliseconds.
 *     Throws a `RangeError` unless `limit` and `windowMs` are both positive integers.
 *   - `hit(key: string): Decision` — a request for `key` at time `t = now()`.
 *     Fixed windows are aligned to multiples of `windowMs`, as in kata 1. For each key keep only
 *     `current` (allowed requests in the window holding `t`) and `previous` (allowed requests in
 *     the window just before it; 0 if that window saw none, e.g. after two or more idle windows).
 *     With `elapsed = t - startOfCurrentWindow`, the estimated count in the last `windowMs` is
 *       estimate = previous × (windowMs − elapsed) / windowMs + current
 *     (it assumes the previous window's requests were spread evenly).
 *     - If `estimate + 1 <= limit`, count the request (`current += 1`) and return
 *       `{ allowed: true, remaining, retryAfterMs: 0 }`, where
 *       `remaining = Math.floor(limit − estimate)` computed with the new `current`, never below 0.
 *     - Otherwise return `{ allowed: false, remaining: 0, retryAfterMs }`, where `retryAfterMs` is
 *       the smallest whole number of milliseconds `d` such that at time `t + d`, with no other
 *       requests, `estimate + 1 <= limit` holds. That moment can be later in the current window
 *       (the previous window's weight keeps shrinking) or in the next one (where today's
 *       `current` becomes `previous` and `current` starts again at 0).
 *   Memory must be O(1) per key: two counts and a window start, no timestamps.
 *
 * Example
 *   let t = 0;
 *   const limiter = new SlidingWindowCounterLimiter({ limit: 4, windowMs: 1000, now: () => t });
 *   t = 100;  // four requests in window [0, 1000)
 *   limiter.hit("a"); limiter.hit("a"); limiter.hit("a"); limiter.hit("a");
 *   t = 1250; // previous = 4 weighted by 0.75 → estimate 3
 *   limiter.hit("a"); // { allowed: true,  remaining: 0, retryAfterMs: 0 }   — estimate now 3 + 1 = 4
 *   limiter.hit("a"); // { allowed: false, remaining: 0, retryAfterMs: 250 } — at 1500: 4 × 0.5 + 1 + 1 = 4
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

export class SlidingWindowCounterLimiter {
  constructor(options: SlidingWindowCounterOptions) {
    // TODO: validate the options and set up two counters per key.
    void options;
  }

  hit(key: string): Decision {
    void key;
    throw new Error("not implemented");
  }
}
