import { describe, expect, it } from "vitest";
import { LeakyBucket } from "../../exercises/rate-limiting/leaky-bucket.ts";
import { makeClock } from "../support/manual-clock.ts";

describe("LeakyBucket", () => {
  it("starts empty and admits up to `capacity` requests at once, counting `remaining` down", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 3, leakPerSecond: 2, now: clock.now });
    expect(bucket.level).toBe(0);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(bucket.level).toBe(3);
  });

  it("rejects when full, leaving the level unchanged, with retryAfterMs until there is room", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 4, now: clock.now });
    bucket.take();
    bucket.take();
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    expect(bucket.level).toBe(2);
    clock.set(250);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("drains at a constant rate and never below empty", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 4, leakPerSecond: 2, now: clock.now });
    bucket.take(4);
    clock.set(250);
    expect(bucket.level).toBe(3.5);
    clock.set(1000);
    expect(bucket.level).toBe(2);
    clock.set(2000);
    expect(bucket.level).toBe(0);
    clock.set(9000);
    expect(bucket.level).toBe(0);
  });

  it("does not bank room while idle: after a long pause it still admits only `capacity` at once", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 2, now: clock.now });
    bucket.take(2);
    clock.set(3_600_000);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
  });

  it("with capacity 1, spaces admitted requests exactly 1 / leakPerSecond apart (smooth output)", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 1, leakPerSecond: 5, now: clock.now });
    const admitted: number[] = [];
    // A client hammering every 10 ms for one second.
    for (let t = 0; t < 1000; t += 10) {
      clock.set(t);
      if (bucket.take().allowed) admitted.push(t);
    }
    expect(admitted).toEqual([0, 200, 400, 600, 800]);
  });

  it("take(n) adds n to the level, and a rejected take(n) adds nothing", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 5, leakPerSecond: 1, now: clock.now });
    expect(bucket.take(3)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    // Level 3: another 3 would overflow by 1, which takes 1 s to drain.
    expect(bucket.take(3)).toEqual({ allowed: false, remaining: 2, retryAfterMs: 1000 });
    expect(bucket.level).toBe(3);
    expect(bucket.take(2)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(bucket.level).toBe(5);
  });

  it("rounds retryAfterMs up to a whole millisecond, so waiting exactly that long succeeds", () => {
    const clock = makeClock(0);
    const bucket = new LeakyBucket({ capacity: 1, leakPerSecond: 3, now: clock.now });
    bucket.take();
    // One unit leaks every 333.33… ms.
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 334 });
    clock.set(333);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.set(334);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("treats a clock that jumps backwards as no time passing, and never counts time twice", () => {
    const clock = makeClock(1000);
    const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 2, now: clock.now });
    bucket.take(2);
    clock.set(400); // the wall clock stepped back 600 ms
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
    expect(bucket.level).toBe(2);
    // Leaking is measured from 1000, the latest time seen: 250 ms → 0.5 leaked (not 1.7).
    clock.set(1250);
    expect(bucket.level).toBe(1.5);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    clock.set(1500);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("rejects invalid options and a cost that is not positive or exceeds capacity", () => {
    const now = () => 0;
    expect(() => new LeakyBucket({ capacity: 0, leakPerSecond: 1, now })).toThrow(RangeError);
    expect(() => new LeakyBucket({ capacity: 2.5, leakPerSecond: 1, now })).toThrow(RangeError);
    expect(() => new LeakyBucket({ capacity: 1, leakPerSecond: 0, now })).toThrow(RangeError);
    expect(() => new LeakyBucket({ capacity: 1, leakPerSecond: Number.NaN, now })).toThrow(RangeError);
    const bucket = new LeakyBucket({ capacity: 3, leakPerSecond: 1, now });
    expect(() => bucket.take(0)).toThrow(RangeError);
    expect(() => bucket.take(-2)).toThrow(RangeError);
    expect(() => bucket.take(3.5)).toThrow(RangeError);
    expect(() => bucket.take(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    // The rejected calls added nothing.
    expect(bucket.take(3)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });
});
