import { describe, expect, it } from "vitest";
import { LruCache } from "../../exercises/caching/lru-cache.ts";

describe("LruCache", () => {
  it("returns a stored value by key", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    expect(cache.size).toBe(1);
  });

  it("returns undefined for a key that was never stored", () => {
    const cache = new LruCache<string, number>(2);
    expect(cache.get("missing")).toBeUndefined();
  });

  it("evicts the least recently used key when full", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.has("a")).toBe(false);
    expect(cache.keys()).toEqual(["b", "c"]);
  });

  it("counts a get as a use, so a recently read key survives eviction", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.keys()).toEqual(["a", "c"]);
  });

  it("overwrites an existing key without evicting and makes it most recent", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    expect(cache.size).toBe(2);
    expect(cache.keys()).toEqual(["b", "a"]);
    cache.set("c", 3);
    expect(cache.get("a")).toBe(10);
    expect(cache.get("b")).toBeUndefined();
  });

  it("overwrites a key while there is room without storing it twice", () => {
    const cache = new LruCache<string, number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    expect(cache.size).toBe(2);
    expect(cache.keys()).toEqual(["b", "a"]);
    cache.set("c", 3);
    expect(cache.keys()).toEqual(["b", "a", "c"]);
    expect(cache.get("a")).toBe(10);
  });

  it("overwrites a key when full without evicting the least recently used one", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("b", 20);
    expect(cache.keys()).toEqual(["a", "b"]);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBe(20);
  });

  it("does not count has() as a use", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.has("a")).toBe(true);
    cache.set("c", 3);
    expect(cache.has("a")).toBe(false);
  });

  it("deletes a key and reports whether it was present", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    expect(cache.delete("a")).toBe(true);
    expect(cache.delete("a")).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("stores falsy values such as 0 and an empty string", () => {
    const cache = new LruCache<string, number | string>(2);
    cache.set("zero", 0);
    cache.set("empty", "");
    expect(cache.get("zero")).toBe(0);
    expect(cache.get("empty")).toBe("");
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
    expect(() => new LruCache(-1)).toThrow(RangeError);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });

  // An O(n) get/set (array scans, shifting) needs seconds here; O(1) needs well under 200 ms.
  it("handles 120 000 operations on a 30 000-entry cache in O(1) each", { timeout: 3_000 }, () => {
    const capacity = 30_000;
    const cache = new LruCache<number, number>(capacity);
    for (let i = 0; i < 60_000; i++) cache.set(i, i);
    let hits = 0;
    for (let i = 0; i < 60_000; i++) if (cache.get(i) !== undefined) hits++;
    expect(hits).toBe(capacity);
    expect(cache.size).toBe(capacity);
  });
});
