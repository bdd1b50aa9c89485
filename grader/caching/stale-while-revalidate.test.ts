import { describe, expect, it, vi } from "vitest";
import { SwrCache, type SwrOptions } from "../../exercises/caching/stale-while-revalidate.ts";

type Outcome<T> = { status: "pending" } | { status: "fulfilled"; value: T } | { status: "rejected"; reason: unknown };

/** Records how a promise settles, so a test can check it without awaiting it. */
function track<T>(promise: Promise<T>): { readonly current: Outcome<T> } {
  const box: { current: Outcome<T> } = { current: { status: "pending" } };
  promise.then(
    (value) => (box.current = { status: "fulfilled", value }),
    (reason: unknown) => (box.current = { status: "rejected", reason }),
  );
  return box;
}

/** Lets every pending promise callback run (one event-loop turn; not a sleep). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A loader whose calls the test resolves or rejects by hand. */
function manualLoader() {
  const calls: Array<{ key: string; resolve: (value: string) => void; reject: (error: unknown) => void }> = [];
  const load = (key: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ key, resolve, reject });
    });
  return { load, calls };
}

/** ttl 1 s, stale window 5 s: fresh below 1 000 ms, stale from 1 000 to 5 999 ms, too old from 6 000 ms. */
function setup(overrides: Partial<SwrOptions<string, string>> = {}) {
  const clock = { time: 0 };
  const loader = manualLoader();
  const cache = new SwrCache<string, string>({
    load: loader.load,
    ttlMs: 1_000,
    staleWindowMs: 5_000,
    now: () => clock.time,
    ...overrides,
  });
  return { cache, clock, calls: loader.calls };
}

/** Loads "eu" = "v1" at time 0. */
async function primed(overrides: Partial<SwrOptions<string, string>> = {}) {
  const fixture = setup(overrides);
  const first = fixture.cache.get("eu");
  fixture.calls[0].resolve("v1");
  expect(await first).toBe("v1");
  return fixture;
}

describe("SwrCache", () => {
  it("loads a key it has never seen and resolves with the loaded value", async () => {
    const { cache, calls } = setup();
    const result = cache.get("eu");
    expect(calls.map((call) => call.key)).toEqual(["eu"]);
    calls[0].resolve("v1");
    expect(await result).toBe("v1");
  });

  it("serves a fresh value from the cache without calling load", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 999;
    expect(await cache.get("eu")).toBe("v1");
    expect(calls).toHaveLength(1);
  });

  it("serves a stale value at once and refreshes it in the background", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 1_000;
    const result = track(cache.get("eu"));
    await settle();
    // Resolved with the old value while the refresh is still running.
    expect(result.current).toEqual({ status: "fulfilled", value: "v1" });
    expect(calls).toHaveLength(2);

    clock.time = 1_500;
    calls[1].resolve("v2");
    await settle();
    // The entry's age counts from when the refresh resolved (1 500), so at 2 400 it is fresh.
    clock.time = 2_400;
    expect(await cache.get("eu")).toBe("v2");
    expect(calls).toHaveLength(2);
  });

  it("starts only one background refresh for many stale reads", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 3_000;
    const results = await Promise.all([cache.get("eu"), cache.get("eu"), cache.get("eu")]);
    expect(results).toEqual(["v1", "v1", "v1"]);
    clock.time = 4_000;
    expect(await cache.get("eu")).toBe("v1");
    expect(calls).toHaveLength(2);
  });

  it("waits for a new load when the value is older than ttlMs + staleWindowMs", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 6_000;
    const result = track(cache.get("eu"));
    await settle();
    expect(result.current.status).toBe("pending");
    expect(calls).toHaveLength(2);
    calls[1].resolve("v2");
    await settle();
    expect(result.current).toEqual({ status: "fulfilled", value: "v2" });
  });

  it("shares one load between concurrent callers of a key that is not cached", async () => {
    const { cache, calls } = setup();
    const results = Promise.all([cache.get("eu"), cache.get("eu"), cache.get("eu")]);
    expect(calls).toHaveLength(1);
    calls[0].resolve("v1");
    expect(await results).toEqual(["v1", "v1", "v1"]);
  });

  it("lets a caller that must wait join a background refresh already in flight", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 5_000;
    expect(await cache.get("eu")).toBe("v1");
    clock.time = 7_000;
    const result = track(cache.get("eu"));
    await settle();
    expect(result.current.status).toBe("pending");
    expect(calls).toHaveLength(2);
    calls[1].resolve("v2");
    await settle();
    expect(result.current).toEqual({ status: "fulfilled", value: "v2" });
  });

  it("keeps the stale value when a background refresh fails, reports it to onError, and retries on the next stale read", async () => {
    const onError = vi.fn();
    const { cache, clock, calls } = await primed({ onError });
    clock.time = 2_000;
    expect(await cache.get("eu")).toBe("v1");
    const failure = new Error("origin down");
    calls[1].reject(failure);
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(failure, "eu");

    expect(await cache.get("eu")).toBe("v1");
    expect(calls).toHaveLength(3);
  });

  it("reports a failed background refresh to onError once, however many stale reads shared it", async () => {
    const onError = vi.fn();
    const { cache, clock, calls } = await primed({ onError });
    clock.time = 2_000;
    expect(await Promise.all([cache.get("eu"), cache.get("eu"), cache.get("eu")])).toEqual(["v1", "v1", "v1"]);
    expect(calls).toHaveLength(2);
    calls[1].reject(new Error("origin down"));
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("swallows a failed background refresh when no onError is given, without an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { cache, clock, calls } = await primed();
      clock.time = 2_000;
      expect(await cache.get("eu")).toBe("v1");
      calls[1].reject(new Error("origin down"));
      await settle();
      await settle();
      expect(unhandled).toEqual([]);
      expect(await cache.get("eu")).toBe("v1");
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("rejects waiting callers when their load fails, caches nothing and does not call onError", async () => {
    const onError = vi.fn();
    const { cache, calls } = setup({ onError });
    const result = cache.get("eu");
    const failure = new Error("origin down");
    calls[0].reject(failure);
    await expect(result).rejects.toBe(failure);
    expect(onError).not.toHaveBeenCalled();

    const retry = cache.get("eu");
    expect(calls).toHaveLength(2);
    calls[1].resolve("v1");
    expect(await retry).toBe("v1");
  });

  it("keeps keys independent", async () => {
    const { cache, clock, calls } = await primed();
    clock.time = 500;
    const us = cache.get("us");
    expect(calls.map((call) => call.key)).toEqual(["eu", "us"]);
    calls[1].resolve("us-v1");
    expect(await us).toBe("us-v1");
    clock.time = 1_200; // "eu" is stale, "us" (loaded at 500) is fresh
    expect(await cache.get("us")).toBe("us-v1");
    expect(await cache.get("eu")).toBe("v1");
    expect(calls.map((call) => call.key)).toEqual(["eu", "us", "eu"]);
  });

  it("accepts a ttlMs or staleWindowMs of 0: never fresh, or never served stale", async () => {
    // ttlMs 0: a value is stale as soon as it is loaded, so the next read refreshes it.
    const noTtl = await primed({ ttlMs: 0 });
    expect(await noTtl.cache.get("eu")).toBe("v1");
    expect(noTtl.calls).toHaveLength(2);

    // staleWindowMs 0: once ttlMs has passed the value is too old to serve.
    const noWindow = await primed({ staleWindowMs: 0 });
    noWindow.clock.time = 1_000;
    const result = track(noWindow.cache.get("eu"));
    await settle();
    expect(result.current.status).toBe("pending");
    expect(noWindow.calls).toHaveLength(2);
  });

  it("rejects a negative ttlMs or staleWindowMs", () => {
    const load = async () => "v";
    const now = () => 0;
    expect(() => new SwrCache({ load, ttlMs: -1, staleWindowMs: 0, now })).toThrow(RangeError);
    expect(() => new SwrCache({ load, ttlMs: 0, staleWindowMs: -1, now })).toThrow(RangeError);
  });
});
