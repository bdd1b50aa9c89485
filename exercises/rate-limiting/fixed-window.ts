/**
 * Fixed-window rate limiter
 *
 * What you build
 *   A limiter that allows at most `limit` requests per key in each fixed time window
 *   (e.g. 100 requests per minute per API key), with windows aligned to the clock.
 *
 * Why it matters
 *   The fixed window is the simplest limiter there is — one counter per key, reset at each
 *   boundary — and the one you get from the classic Redis `INCR` + `EXPIRE` pattern. Many public
 *   APIs ("5 000 requests per hour") still run on it. Knowing its weakness (a client can send
 *   twice the limit across a boundary) is why the rest of this phase exists.
 *
 * Your task
 *   Every limiter in this phase answers with the same decision object:
 *     interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
 *   - `allowed`      — whether this request may proceed (an allowed request is counted);
 *   - `remaining`    — how many more requests would be allowed right now, after this one;
 *   - `retryAfterMs` — `0` when allowed; when denied, how many milliseconds until this same
 *                      request would be allowed (if nothing else happens in between).
 *
 *   Implement `class FixedWindowLimiter`:
 *   - `constructor({ limit, windowMs, now })` — `now()` returns the current time in milliseconds;
 *     read it on every call, never `Date.now()`. Throws a `RangeError` unless `limit` and
 *     `windowMs` are both positive integers.
 *   - `hit(key: string): Decision` — records one request for `key` at time `now()`.
 *     Windows are aligned to multiples of `windowMs`: the window holding time `t` starts at
 *     `Math.floor(t / windowMs) * windowMs` and ends (exclusive) `windowMs` later — NOT
 *     `windowMs` after a key's first request. A request at exactly the end time belongs to the
 *     next window. Each key has its own count, which starts at 0 in every new window.
 *     - While the key has made fewer than `limit` requests in the current window, count this one
 *       and return `{ allowed: true, remaining: limit - count, retryAfterMs: 0 }`.
 *     - Otherwise return `{ allowed: false, remaining: 0, retryAfterMs }` where `retryAfterMs` is
 *       the time from now until the current window ends.
 *   The suite also documents the known weakness: a client may get `2 × limit` requests through
 *   in a few milliseconds by straddling a window boundary. Your limiter should allow that.
 *
 * Example
 *   let t = 0;
 *   const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 1000, now: () => t });
 *   t = 1200;
 *   limiter.hit("alice"); // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   limiter.hit("alice"); // { allowed: true,  remaining: 0, retryAfterMs: 0 }
 *   t = 1500;
 *   limiter.hit("alice"); // { allowed: false, remaining: 0, retryAfterMs: 500 } — window ends at 2000
 *   limiter.hit("bob");   // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   t = 2000;
 *   limiter.hit("alice"); // { allowed: true,  remaining: 1, retryAfterMs: 0 } — a new window
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

export class FixedWindowLimiter {
  constructor(options: FixedWindowOptions) {
    // TODO: validate the options and set up per-key storage.
    void options;
  }

  hit(key: string): Decision {
    void key;
    throw new Error("not implemented");
  }
}
