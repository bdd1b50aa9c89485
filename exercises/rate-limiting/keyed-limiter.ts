/**
 * Keyed limiter with bounded memory
 *
 * What you build
 *   A per-key token-bucket rate limiter (one bucket per user, IP or API key) whose memory stays
 *   bounded no matter how many distinct keys it sees.
 *
 * Why it matters
 *   A limiter keyed by client IP that keeps every bucket forever is a memory leak an attacker can
 *   drive: spoof or rotate 10 million addresses and the process dies. Production limiters cap
 *   their state and forget clients that have gone quiet: nginx's `limit_req_zone` has a fixed
 *   size and drops the least recently used client when it is full, and Redis-backed limiters
 *   give each key a TTL.
 *
 * Your task
 *   Implement `class KeyedLimiter`:
 *   - `constructor({ capacity, refillPerSecond, maxKeys, now })` — `now()` returns the current time
 *     in milliseconds. Throws a `RangeError` unless `capacity` and `maxKeys` are positive integers
 *     and `refillPerSecond` is a positive finite number.
 *   - `take(key: string): Decision` — takes one token from `key`'s bucket.
 *     Each key has its own token bucket, as in kata 4 (write the small bucket logic here). A key
 *     seen for the first time starts full (`capacity` tokens). Tokens refill continuously at
 *     `refillPerSecond`, never above `capacity`.
 *     - With at least one token: `{ allowed: true, remaining, retryAfterMs: 0 }`, where `remaining`
 *       is the whole number of tokens left after this take (`Math.floor`).
 *     - Otherwise: `{ allowed: false, remaining: 0, retryAfterMs }`, where `retryAfterMs` is the
 *       number of milliseconds until one token is available, rounded up.
 *     Every call to `take` — allowed or denied — counts as "seeing" the key.
 *   - `get size(): number` — how many keys the limiter currently holds.
 *   Memory rules:
 *   - A bucket refills completely in `capacity / refillPerSecond` seconds. A key not seen for at
 *     least that long is full again — indistinguishable from a new key — so it is dropped: such
 *     idle keys are never counted by `size` and never kept by `take`.
 *   - The limiter never holds more than `maxKeys` keys. When a new key arrives and `maxKeys` keys
 *     are held (after dropping idle ones), the least recently seen key is evicted first.
 *   The suite pushes 100 000 distinct keys through a limiter with `maxKeys: 1000` and checks that
 *   `size` never exceeds it.
 *
 * Example
 *   let t = 0;
 *   const limiter = new KeyedLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 1000, now: () => t });
 *   limiter.take("alice");  // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   limiter.take("alice");  // { allowed: true,  remaining: 0, retryAfterMs: 0 }
 *   limiter.take("alice");  // { allowed: false, remaining: 0, retryAfterMs: 1000 }
 *   limiter.take("bob");    // { allowed: true,  remaining: 1, retryAfterMs: 0 }
 *   limiter.size;           // 2
 *   t = 2000;               // both buckets have had 2 s to refill: they are full again
 *   limiter.size;           // 0
 */

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

export interface KeyedLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  maxKeys: number;
  now: () => number;
}

export class KeyedLimiter {
  constructor(options: KeyedLimiterOptions) {
    // TODO: validate the options and set up your storage.
    void options;
  }

  take(key: string): Decision {
    void key;
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }
}
