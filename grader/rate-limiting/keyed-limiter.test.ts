import { describe, expect, it } from "vitest";
import { KeyedLimiter } from "../../exercises/rate-limiting/keyed-limiter.ts";

function makeLimiter(options: { capacity: number; refillPerSecond: number; maxKeys: number }) {
  const clock = { t: 0 };
  const limiter = new KeyedLimiter({ ...options, now: () => clock.t });
  return { clock, limiter };
}

describe("KeyedLimiter", () => {
  it("allows a burst of capacity requests per key, then denies with retryAfterMs", () => {
    const { limiter } = makeLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 10 });
    expect(limiter.take("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.take("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.take("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
  });

  it("gives every key its own bucket", () => {
    const { limiter } = makeLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 10 });
    expect(limiter.take("alice").allowed).toBe(true);
    expect(limiter.take("alice").allowed).toBe(false);
    expect(limiter.take("bob")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.size).toBe(2);
  });

  it("refills tokens continuously and reports remaining as whole tokens", () => {
    const { clock, limiter } = makeLimiter({ capacity: 3, refillPerSecond: 2, maxKeys: 10 });
    limiter.take("k");
    limiter.take("k");
    limiter.take("k");
    clock.t = 250; // 0.5 token back: still not enough
    expect(limiter.take("k")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    clock.t = 1250; // 2.5 tokens
    expect(limiter.take("k")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
  });

  it("never refills a bucket above its capacity", () => {
    const { clock, limiter } = makeLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 10 });
    limiter.take("k");
    clock.t = 1500; // one refill period is 2 s, so "k" is still held
    expect(limiter.take("k")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.take("k")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("drops keys idle for a full refill period, since their buckets are full again", () => {
    // capacity 4 at 2 tokens/s: a bucket refills completely in 2 s.
    const { clock, limiter } = makeLimiter({ capacity: 4, refillPerSecond: 2, maxKeys: 10 });
    for (let i = 0; i < 4; i++) limiter.take("a"); // drained at t=0
    clock.t = 1000;
    limiter.take("b");
    expect(limiter.size).toBe(2);
    clock.t = 1999;
    expect(limiter.size).toBe(2);
    clock.t = 2000; // "a" idle for 2 s: dropped; "b" idle for 1 s: kept
    expect(limiter.size).toBe(1);
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 3, retryAfterMs: 0 });
    clock.t = 4000;
    expect(limiter.size).toBe(0);
  });

  it("evicts the least recently seen key when maxKeys is reached", () => {
    // A bucket refills in 1 hour, so nothing goes idle during this test.
    const { limiter } = makeLimiter({ capacity: 1, refillPerSecond: 1 / 3600, maxKeys: 2 });
    limiter.take("a"); // "a" drained
    limiter.take("b"); // "b" drained
    expect(limiter.take("a").allowed).toBe(false); // a denied take still counts as seeing "a"
    limiter.take("c"); // third key: evicts "b", the least recently seen
    expect(limiter.size).toBe(2);
    expect(limiter.take("a").allowed).toBe(false); // "a" kept its empty bucket
    expect(limiter.take("b")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 }); // "b" was forgotten
    expect(limiter.size).toBe(2);
  });

  it("rejects options that are not positive numbers", () => {
    const now = () => 0;
    expect(() => new KeyedLimiter({ capacity: 0, refillPerSecond: 1, maxKeys: 1, now })).toThrow(RangeError);
    expect(() => new KeyedLimiter({ capacity: 1.5, refillPerSecond: 1, maxKeys: 1, now })).toThrow(RangeError);
    expect(() => new KeyedLimiter({ capacity: 1, refillPerSecond: 0, maxKeys: 1, now })).toThrow(RangeError);
    expect(() => new KeyedLimiter({ capacity: 1, refillPerSecond: Infinity, maxKeys: 1, now })).toThrow(RangeError);
    expect(() => new KeyedLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 0, now })).toThrow(RangeError);
  });

  it("keeps memory bounded across 100 000 distinct keys", { timeout: 5_000 }, () => {
    const maxKeys = 1_000;
    const { clock, limiter } = makeLimiter({ capacity: 10, refillPerSecond: 1, maxKeys });
    let denied = 0;
    let maxSize = 0;
    for (let i = 0; i < 100_000; i++) {
      if (!limiter.take(`client-${i}`).allowed) denied++;
      if (i % 100 === 0) maxSize = Math.max(maxSize, limiter.size);
    }
    expect(denied).toBe(0);
    expect(maxSize).toBeLessThanOrEqual(maxKeys);
    expect(limiter.size).toBe(maxKeys);
    // The most recent key kept its bucket (one token already spent)...
    expect(limiter.take("client-99999").remaining).toBe(8);
    // ...while the very first key was evicted and starts over.
    expect(limiter.take("client-0").remaining).toBe(9);
    clock.t = 10_000; // one full refill period later everything is idle
    expect(limiter.size).toBe(0);
  });
});
