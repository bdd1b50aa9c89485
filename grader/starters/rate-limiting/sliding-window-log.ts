/**
 * Sliding-window-log rate limiter
 *
 * What you build
 *   An exact limiter: at most `limit` requests per key in ANY `windowMs`-long span of time,
 *   enforced by keeping a log of the timestamps of each key's recent allowed requests.
 *
 * Why it matters
 *   The fixed window (kata 1) lets a client send 2 × limit requests across a boundary. A log of
 *   timestamps removes the boundary: the window slides with the clock. It is what a Redis sorted
 *   set per client (`ZADD` + `ZREMRANGEBYSCORE` + `ZCARD`) gives you, and the right choice when
 *   the limit is small and must be exact — login attempts, password resets, SMS sends.
 *
 * Your task
 *   Same decision object as every limiter in this phase:
 *     interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
 *   - `allowed`      — whether this request may proceed (an allowed request is counted);
 *   - `remaining`    — how many more requests would be allowed right now, after this one;
 *   - `retryAfterMs` — `0` when allowed; when denied, how many milliseconds until this same
 *                      request would be allowed (if nothing else happens in between).
 *
 *   Implement `class SlidingWindowLogLimiter`:
 *   - `constructor({ limit, windowMs, now })` — `now()` returns the current time in milliseconds.
 *     Throws a `RangeError` unless `limit` and `windowMs` are both positive integers.
 *   - `hit(key: string): Decision` — a request for `key` at time `t = now()`.
 *     A logged request made at time `s` is inside the window while `s > t - windowMs`: it stops
 *     counting exactly `windowMs` after it was made (a request at `s = 0` with `windowMs = 1000`
 *     no longer counts at `t = 1000`).
 *     - If fewer than `limit` logged requests are inside the window, log `t` and return
 *       `{ allowed: true, remaining: limit - countInsideWindow, retryAfterMs: 0 }` (the count
 *       includes this request).
 *     - Otherwise return `{ allowed: false, remaining: 0, retryAfterMs }`, where `retryAfterMs` is
 *       the time until the oldest request inside the window stops counting.
 *     Denied requests are NOT logged: a client hammering a full limiter does not push its own
 *     recovery further away.
 *   Drop timestamps that have left the window, so a key's log never holds more than `limit`
 *   entries: the suite sends 200 000 requests through one key and expects it to finish quickly.
 *
 * Example
 *   let t = 0;
 *   const limiter = new SlidingWindowLogLimiter({ limit: 2, windowMs: 1000, now: () => t });
 *   t = 100;  limiter.hit("alice"); // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   t = 600;  limiter.hit("alice"); // { allowed: true,  remaining: 0, retryAfterMs: 0 }
 *   t = 1000; limiter.hit("alice"); // { allowed: false, remaining: 0, retryAfterMs: 100 } — 100 expires at 1100
 *   t = 1100; limiter.hit("alice"); // { allowed: true,  remaining: 0, retryAfterMs: 0 } — only 600 and 1100 count
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
  constructor(options: SlidingWindowLogOptions) {
    // TODO: validate the options and set up a timestamp log per key.
    void options;
  }

  hit(key: string): Decision {
    void key;
    throw new Error("not implemented");
  }
}
