import { describe, expect, it } from "vitest";
import { LfuCache } from "../../exercises/caching/lfu-cache.ts";

describe("LfuCache", () => {
  it("returns stored values and counts every get and set as a use", () => {
    const cache = new LfuCache<string, number>(3);
    cache.set("a", 1);
    expect(cache.frequency("a")).toBe(1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("a")).toBe(1);
    expect(cache.frequency("a")).toBe(3);
    expect(cache.get("missing")).toBeUndefined();
    expect(cache.frequency("missing")).toBe(0);
    expect(cache.size).toBe(1);
  });

  it("evicts the least frequently used key when a new key arrives and the cache is full", () => {
    const cache = new LfuCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.has("b")).toBe(false);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("breaks a frequency tie by evicting the least recently used key", () => {
    const cache = new LfuCache<string, number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    cache.get("a");
    cache.get("c");
    cache.get("b"); // all at frequency 2; "a" was used longest ago
    cache.set("d", 4);
    expect(cache.has("a")).toBe(false);
    expect(cache.has("b")).toBe(true);
    expect(cache.has("c")).toBe(true);
    cache.set("e", 5); // "d" is now the only key at frequency 1
    expect(cache.has("d")).toBe(false);
    expect(cache.has("e")).toBe(true);
  });

  it("keeps frequently used keys through a burst of new keys", () => {
    const cache = new LfuCache<string, number>(3);
    cache.set("hot", 0);
    for (let i = 0; i < 5; i++) cache.get("hot");
    for (let i = 0; i < 10; i++) cache.set(`scan${i}`, i);
    expect(cache.get("hot")).toBe(0);
    expect(cache.has("scan9")).toBe(true);
    expect(cache.has("scan8")).toBe(true);
    expect(cache.has("scan7")).toBe(false);
  });

  it("overwrites an existing key without evicting and counts it as a use", () => {
    const cache = new LfuCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    expect(cache.size).toBe(2);
    expect(cache.frequency("a")).toBe(2);
    cache.set("c", 3);
    expect(cache.has("b")).toBe(false);
    expect(cache.get("a")).toBe(10);
  });

  it("never evicts the key being added, even with capacity 1", () => {
    const cache = new LfuCache<string, number>(1);
    cache.set("a", 1);
    cache.get("a");
    cache.get("a");
    cache.set("b", 2);
    expect(cache.has("a")).toBe(false);
    expect(cache.get("b")).toBe(2);
    expect(cache.frequency("b")).toBe(2);
  });

  it("does not count has() or frequency() as a use", () => {
    const cache = new LfuCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.has("a")).toBe(true);
    expect(cache.frequency("a")).toBe(1);
    expect(cache.frequency("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.has("a")).toBe(false);
    expect(cache.has("b")).toBe(true);
  });

  it("deletes a key, reports whether it was present and frees its slot", () => {
    const cache = new LfuCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.get("b");
    expect(cache.delete("b")).toBe(true);
    expect(cache.delete("b")).toBe(false);
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(1);
    cache.set("d", 4); // "c" is the only key at frequency 1
    expect(cache.has("c")).toBe(false);
    expect(cache.has("a")).toBe(true);
  });

  it("stores falsy values such as 0 and an empty string", () => {
    const cache = new LfuCache<string, number | string>(2);
    cache.set("zero", 0);
    cache.set("empty", "");
    expect(cache.get("zero")).toBe(0);
    expect(cache.get("empty")).toBe("");
    expect(cache.frequency("zero")).toBe(2);
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new LfuCache(0)).toThrow(RangeError);
    expect(() => new LfuCache(-1)).toThrow(RangeError);
    expect(() => new LfuCache(1.5)).toThrow(RangeError);
  });

  it("evicts 100 000 times from a 50 000-entry cache in O(1) each", { timeout: 5_000 }, () => {
    const capacity = 50_000;
    const half = capacity / 2;
    const cache = new LfuCache<number, number>(capacity);
    for (let i = 0; i < capacity; i++) cache.set(i, i);
    for (let i = 0; i < half; i++) cache.get(i); // keys 0..24 999 reach frequency 2
    const extra = 100_000;
    for (let i = capacity; i < capacity + extra; i++) cache.set(i, i);
    // Each new key evicts the oldest key at frequency 1: first 25 000..49 999, then new keys.
    expect(cache.size).toBe(capacity);
    expect(cache.has(0)).toBe(true);
    expect(cache.has(half - 1)).toBe(true);
    expect(cache.has(half)).toBe(false);
    expect(cache.has(capacity + extra - 1)).toBe(true);
    expect(cache.has(capacity + extra - half)).toBe(true);
    expect(cache.has(capacity + extra - half - 1)).toBe(false);
    expect(cache.frequency(0)).toBe(2);
  });
});
