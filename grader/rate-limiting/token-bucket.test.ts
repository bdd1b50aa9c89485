import { describe, expect, it } from "vitest";
import { TokenBucket } from "../../exercises/rate-limiting/token-bucket.ts";
import { makeClock } from "../support/manual-clock.ts";

describe("TokenBucket", () => {
  it("starts full and allows a burst of `capacity` requests, counting `remaining` down", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: clock.now });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("denies when empty, with retryAfterMs until one token has refilled", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 2, now: clock.now });
    bucket.take();
    bucket.take();
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
    clock.set(500);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("refills continuously, keeping fractions of a token", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: clock.now });
    bucket.take(3);
    clock.set(250); // 0.5 tokens
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    clock.set(375); // 0.75 tokens
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 125 });
    clock.set(1250); // 2.5 tokens: spend one, 1.5 left
    expect(bucket.take()).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
  });

  it("never refills above capacity, however long it sits idle", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: clock.now });
    bucket.take(3);
    clock.set(3_600_000);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    bucket.take();
    bucket.take();
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
  });

  it("take(n) spends n tokens at once, and a denied take(n) spends nothing", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 1, now: clock.now });
    expect(bucket.take(3)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    // 2 tokens left, 3 needed: one more token takes 1 s.
    expect(bucket.take(3)).toEqual({ allowed: false, remaining: 2, retryAfterMs: 1000 });
    expect(bucket.take(2)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(bucket.take(5)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 5000 });
    clock.set(5000);
    expect(bucket.take(5)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("rounds retryAfterMs up to a whole millisecond, so waiting exactly that long succeeds", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 3, now: clock.now });
    bucket.take();
    // One token every 333.33… ms.
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 334 });
    clock.set(333);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.set(334);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("supports refill rates below one token per second", () => {
    const clock = makeClock(0);
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 0.5, now: clock.now });
    bucket.take(2);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 2000 });
    clock.set(1000);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
    clock.set(2000);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("treats a clock that jumps backwards as no time passing, and never counts time twice", () => {
    const clock = makeClock(1000);
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 2, now: clock.now });
    bucket.take(2);
    clock.set(400); // the wall clock stepped back 600 ms
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
    // Refill is measured from 1000, the latest time seen: 250 ms → 0.5 tokens (not 1.7).
    clock.set(1250);
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 250 });
    clock.set(1500);
    expect(bucket.take()).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("rejects invalid options and a cost that is not positive or exceeds capacity", () => {
    const now = () => 0;
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1, now })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1.5, refillPerSecond: 1, now })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: 0, now })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: -2, now })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: Number.POSITIVE_INFINITY, now })).toThrow(
      RangeError,
    );
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 1, now });
    expect(() => bucket.take(0)).toThrow(RangeError);
    expect(() => bucket.take(-1)).toThrow(RangeError);
    expect(() => bucket.take(4)).toThrow(RangeError);
    expect(() => bucket.take(Number.NaN)).toThrow(RangeError);
    // The rejected calls spent nothing.
    expect(bucket.take(3)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });
});
