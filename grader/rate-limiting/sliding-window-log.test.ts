import { describe, expect, it } from "vitest";
import { SlidingWindowLogLimiter } from "../../exercises/rate-limiting/sliding-window-log.ts";
import { makeClock } from "../support/manual-clock.ts";

describe("SlidingWindowLogLimiter", () => {
  it("allows up to `limit` requests in a window and counts `remaining` down", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    clock.set(400);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    clock.set(800);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("denies over the limit with retryAfterMs until the oldest request leaves the window", () => {
    const clock = makeClock(100);
    const limiter = new SlidingWindowLogLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    limiter.hit("alice");
    clock.set(600);
    limiter.hit("alice");
    clock.set(700);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 400 });
  });

  it("stops counting a request exactly windowMs after it was made", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    clock.set(999);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    clock.set(1000);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("frees slots one at a time as older requests age out", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    for (const t of [0, 100, 200]) {
      clock.set(t);
      limiter.hit("alice");
    }
    clock.set(1000);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    clock.set(1050);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 50 });
    clock.set(1100);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("blocks the boundary burst that a fixed window lets through", () => {
    const clock = makeClock(999);
    const limiter = new SlidingWindowLogLimiter({ limit: 3, windowMs: 1000, now: clock.now });
    for (let i = 0; i < 3; i++) expect(limiter.hit("alice").allowed).toBe(true);
    clock.set(1000);
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 999 });
  });

  it("does not log denied requests, so hammering does not delay recovery", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    for (const t of [300, 600, 900]) {
      clock.set(t);
      expect(limiter.hit("alice").allowed).toBe(false);
    }
    clock.set(1000);
    expect(limiter.hit("alice")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("keeps a separate log for each key", () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    expect(limiter.hit("alice").allowed).toBe(true);
    expect(limiter.hit("alice").allowed).toBe(false);
    clock.set(500);
    expect(limiter.hit("bob")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.hit("bob")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 500 });
  });

  it("rejects a limit or windowMs that is not a positive integer", () => {
    const now = () => 0;
    expect(() => new SlidingWindowLogLimiter({ limit: 0, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new SlidingWindowLogLimiter({ limit: 2.5, windowMs: 1000, now })).toThrow(RangeError);
    expect(() => new SlidingWindowLogLimiter({ limit: 1, windowMs: 0, now })).toThrow(RangeError);
    expect(() => new SlidingWindowLogLimiter({ limit: 1, windowMs: -1000, now })).toThrow(RangeError);
    expect(() => new SlidingWindowLogLimiter({ limit: 1, windowMs: Number.POSITIVE_INFINITY, now })).toThrow(
      RangeError,
    );
  });

  it("prunes old timestamps: 200 000 requests through one key finish quickly", { timeout: 5_000 }, () => {
    const clock = makeClock(0);
    const limiter = new SlidingWindowLogLimiter({ limit: 100, windowMs: 1000, now: clock.now });
    const n = 200_000;
    let allowed = 0;
    let last = limiter.hit("alice");
    if (last.allowed) allowed++;
    for (let i = 1; i < n; i++) {
      clock.set(i * 10);
      last = limiter.hit("alice");
      if (last.allowed) allowed++;
    }
    // One request every 10 ms never exceeds 100 per second, so everything gets through ...
    expect(allowed).toBe(n);
    expect(last.remaining).toBe(0);
    // ... and the window is now exactly full: its oldest entry leaves in 10 ms.
    expect(limiter.hit("alice")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 10 });
  });
});
