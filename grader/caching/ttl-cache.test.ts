import { describe, expect, it } from "vitest";
import { TtlCache } from "../../exercises/caching/ttl-cache.ts";

/** A hand-driven clock: tests move time with `clock.t = ...`. */
function makeClock(start = 0) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

describe("TtlCache", () => {
  it("returns a stored value before its TTL runs out", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("a", 1);
    clock.t = 500;
    expect(cache.get("a")).toBe(1);
    expect(cache.has("a")).toBe(true);
    expect(cache.get("missing")).toBeUndefined();
  });

  it("expires an entry exactly when its TTL has elapsed", () => {
    const clock = makeClock(10_000);
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("a", 1);
    clock.t = 10_999;
    expect(cache.get("a")).toBe(1);
    clock.t = 11_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.has("a")).toBe(false);
  });

  it("uses a per-entry TTL instead of the default when one is given", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, string>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("short", "s", 100);
    cache.set("long", "l", 5_000);
    cache.set("default", "d");
    clock.t = 100;
    expect(cache.get("short")).toBeUndefined();
    expect(cache.get("default")).toBe("d");
    clock.t = 1_000;
    expect(cache.get("default")).toBeUndefined();
    expect(cache.get("long")).toBe("l");
  });

  it("restarts the TTL when a key is overwritten", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("a", 1);
    clock.t = 800;
    cache.set("a", 2);
    clock.t = 1_500;
    expect(cache.get("a")).toBe(2);
    cache.set("a", 3, 100);
    clock.t = 1_600;
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps expired entries in size until get or has touches them (lazy expiry)", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3, 5_000);
    clock.t = 1_000;
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(2);
    expect(cache.has("b")).toBe(false);
    expect(cache.size).toBe(1);
  });

  it("deletes an entry and reports true only if it was still live", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("live", 1, 5_000);
    cache.set("stale", 2);
    clock.t = 2_000;
    expect(cache.delete("live")).toBe(true);
    expect(cache.delete("live")).toBe(false);
    expect(cache.delete("stale")).toBe(false);
    expect(cache.delete("never")).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("prunes every expired entry, keeps live ones and returns how many it removed", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    expect(cache.prune()).toBe(0);
    cache.set("a", 1);
    cache.set("b", 2, 2_000);
    cache.set("c", 3, 3_000);
    clock.t = 2_000;
    expect(cache.prune()).toBe(2);
    expect(cache.size).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.prune()).toBe(0);
  });

  it("stores falsy values such as 0, an empty string and null", () => {
    const clock = makeClock();
    const cache = new TtlCache<string, number | string | null>({ defaultTtlMs: 1_000, now: clock.now });
    cache.set("zero", 0);
    cache.set("empty", "");
    cache.set("null", null);
    expect(cache.get("zero")).toBe(0);
    expect(cache.get("empty")).toBe("");
    expect(cache.get("null")).toBeNull();
    expect(cache.has("null")).toBe(true);
  });

  it("rejects a TTL that is not a positive finite number", () => {
    const clock = makeClock();
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new TtlCache({ defaultTtlMs: bad, now: clock.now }), `defaultTtlMs ${bad}`).toThrow(RangeError);
    }
    const cache = new TtlCache<string, number>({ defaultTtlMs: 1_000, now: clock.now });
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => cache.set("a", 1, bad), `ttlMs ${bad}`).toThrow(RangeError);
    }
  });

  it("handles 100 000 sets, gets, has and deletes without sweeping on every call", { timeout: 5_000 }, () => {
    const clock = makeClock();
    const cache = new TtlCache<number, number>({ defaultTtlMs: 1_000, now: clock.now });
    const n = 100_000;
    for (let i = 0; i < n; i++) cache.set(i, i, i % 2 === 0 ? 500 : 2_000);
    clock.t = 1_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (cache.get(i) !== undefined) hits++;
    expect(hits).toBe(n / 2);
    let present = 0;
    for (let i = 0; i < n; i++) if (cache.has(i)) present++;
    expect(present).toBe(n / 2);
    let deleted = 0;
    for (let i = 0; i < n; i++) if (cache.delete(i)) deleted++;
    expect(deleted).toBe(n / 2);
    expect(cache.size).toBe(0);
  });
});
