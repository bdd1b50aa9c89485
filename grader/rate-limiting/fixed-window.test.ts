import { describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "../../exercises/rate-limiting/fixed-window.ts";
import { makeClock } from "../support/manual-clock.ts";

describe("FixedWindowLimiter", () => {
  it("allows up to `limit` requests in a window and counts `remaining` down", () => {
    const clock = makeClock(0);
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    clock.set(100);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    clock.set(200);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("denies once the limit is reached, with retryAfterMs until the window ends", () => {
    const clock = makeClock(0);
    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    clock.set(300);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 700 });
    clock.set(999);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
  });

  it("starts a fresh count when the next window begins", () => {
    const clock = makeClock(0);
    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    expect(limiter.hit("alice").allowed).toBe(false);
    clock.set(1000);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("alice").allowed).toBe(false);
  });

  it("aligns windows to multiples of windowMs, not to a key's first request", () => {
    const clock = makeClock(1500);
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    clock.set(1800);
    // The window is [1000, 2000), so it ends 200 ms from now — not at 2500.
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 200 });
    clock.set(2000);
    expect(limiter.hit("alice").allowed).toBe(true);
  });

  it("keeps a separate count for each key", () => {
    const clock = makeClock(0);
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    expect(limiter.hit("alice").allowed).toBe(false);
    expect(limiter.hit("bob")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("carol").allowed).toBe(true);
  });

  it("lets 2 × limit requests through in 2 ms across a window boundary (the fixed-window weakness)", () => {
    const clock = makeClock(999);
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    const allowed: boolean[] = [];
    for (let i = 0; i < 4; i++) allowed.push(limiter.hit("alice").allowed);
    clock.set(1000);
    for (let i = 0; i < 4; i++) allowed.push(limiter.hit("alice").allowed);
    expect(allowed).toEqual([true, true, true, false, true, true, true, false]);
    expect(allowed.filter(Boolean)).toHaveLength(6);
  });

  it("resets a key that has been idle for many windows", () => {
    const clock = makeClock(0);
    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    limiter.hit("alice");
    clock.set(57_250);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    limiter.hit("alice");
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 750 });
  });

  it("reads the injected clock, not Date.now()", () => {
    const clock = makeClock(5_000_000);
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    // 5 000 000 ms is inside the minute window [4 980 000, 5 040 000).
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 40_000 });
  });

  it("rejects a limit or windowMs that is not a positive integer", () => {
    const now = () => 0;
    expect(() => new FixedWindowLimiter({ limit: 0, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: -1, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: 1.5, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: 1, windowMs: 0, now })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: 1, windowMs: Number.NaN, now })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: 1, windowMs: 2.5, now })).toThrow(RangeError);
  });
});
