import { describe, expect, it } from "vitest";
import { SlidingWindowCounterLimiter } from "../../exercises/rate-limiting/sliding-window-counter.ts";
import { makeClock } from "../support/manual-clock.ts";

describe("SlidingWindowCounterLimiter", () => {
  it("allows up to `limit` requests when there is no previous window, counting `remaining` down", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowCounterLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    clock.set(100);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    clock.set(200);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("alice").allowed).toBe(false);
  });

  it("weights the previous window's count by how much of it the sliding window still overlaps", () => {
    const clock = makeClock(100);
    const limiter = new SlidingWindowCounterLimiter({ limit: 4, windowMs: 1000, now: clock.now });
    for (let i = 0; i < 4; i++) limiter.hit("alice");
    // Halfway through the next window: estimate = 4 × 0.5 + 0 = 2.
    clock.set(1500);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("alice").allowed).toBe(false);
    // Three quarters through: estimate = 4 × 0.25 + 2 = 3.
    clock.set(1750);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("denies with retryAfterMs until the shrinking weight leaves room for one more", () => {
    const clock = makeClock(100);
    const limiter = new SlidingWindowCounterLimiter({ limit: 4, windowMs: 1000, now: clock.now });
    for (let i = 0; i < 4; i++) limiter.hit("alice");
    clock.set(1250);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    // estimate = 4 × 0.75 + 1 = 4: full. At 1500 it is 4 × 0.5 + 1 = 3, room for one.
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    clock.set(1499);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.set(1500);
    expect(limiter.hit("alice").allowed).toBe(true);
  });

  it("rounds a fractional estimate down for `remaining`", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowCounterLimiter({ limit: 5, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    // previous = 2 weighted by 0.75 → 1.5, so the estimates after each hit are 2.5, 3.5, 4.5.
    clock.set(1250);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
  });

  it("when the current window itself is full, retryAfterMs reaches into the next window", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowCounterLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    clock.set(500);
    // Nothing in [0, 1000) helps. From 1000 on, previous = 2: 2 × (1000 − e)/1000 + 1 <= 2 once e >= 500.
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
    clock.set(1499);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.set(1500);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("smooths the boundary burst, rounding retryAfterMs up to a whole millisecond", () => {
    const clock = makeClock(999);
    const limiter = new SlidingWindowCounterLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    for (let i = 0; i < 3; i++) expect(limiter.hit("alice").allowed).toBe(true);
    clock.set(1000);
    // 3 × (1000 − e)/1000 + 1 <= 3 needs e >= 333.33…, so 334 ms. (An exact log would say 999:
    // this limiter assumes the 3 requests were spread over the whole previous window.)
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 334 });
    clock.set(1333);
    expect(limiter.hit("alice").allowed).toBe(false);
    clock.set(1334);
    expect(limiter.hit("alice").allowed).toBe(true);
  });

  it("forgets the previous window once it is two or more windows old", () => {
    const clock = makeClock(100);
    const limiter = new SlidingWindowCounterLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    // Window [1000, 2000) saw nothing, so at 2100 the previous count is 0, not 2.
    clock.set(2100);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("keeps separate counters for each key", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowCounterLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    expect(limiter.hit("alice").allowed).toBe(false);
    expect(limiter.hit("bob")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("rejects a limit or windowMs that is not a positive integer", () => {
    const now = () => 0;
    expect(() => new SlidingWindowCounterLimiter({ limit: 0, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new SlidingWindowCounterLimiter({ limit: Number.NaN, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new SlidingWindowCounterLimiter({ limit: 1, windowMs: 0, now })).toThrow(RangeError);
    expect(() => new SlidingWindowCounterLimiter({ limit: 1, windowMs: 0.5, now })).toThrow(RangeError);
    expect(() => new SlidingWindowCounterLimiter({ limit: 1, windowMs: -1, now })).toThrow(RangeError);
  });
});
