import { describe, expect, it } from "vitest";
import { memoize } from "../../exercises/caching/memoize.ts";

/** Wraps `impl` and records the arguments of every real call. */
function spy<Args extends unknown[], Result>(impl: (...args: Args) => Result) {
  const calls: Args[] = [];
  const fn = (...args: Args): Result => {
    calls.push(args);
    return impl(...args);
  };
  return { fn, calls };
}

describe("memoize", () => {
  it("calls the function once per key and returns the stored result afterwards", () => {
    const { fn, calls } = spy((n: number) => n * n);
    const square = memoize(fn);

    expect(square(3)).toBe(9);
    expect(square(3)).toBe(9);
    expect(square(4)).toBe(16);
    expect(calls).toEqual([[3], [4]]);
    expect(square.cache.size).toBe(2);
  });

  it("keys by the first argument only by default", () => {
    const { fn, calls } = spy((id: number, locale: string) => `${id}:${locale}`);
    const label = memoize(fn);

    expect(label(1, "en")).toBe("1:en");
    expect(label(1, "fr")).toBe("1:en");
    expect(calls).toEqual([[1, "en"]]);
  });

  it("uses a custom key function over all the arguments", () => {
    const { fn, calls } = spy((w: number, h: number) => w * h);
    const area = memoize(fn, { key: (w, h) => `${w}x${h}` });

    expect(area(2, 3)).toBe(6);
    expect(area(3, 2)).toBe(6);
    expect(area(2, 3)).toBe(6);
    expect(calls).toEqual([
      [2, 3],
      [3, 2],
    ]);
  });

  it("compares keys like a Map: objects by identity, not by content", () => {
    const { fn, calls } = spy((user: { id: number }) => `user-${user.id}`);
    const describeUser = memoize(fn);
    const ada = { id: 1 };
    const adaCopy = { id: 1 };

    describeUser(ada);
    describeUser(ada);
    describeUser(adaCopy);
    expect(calls).toHaveLength(2);
    expect(calls[0][0]).toBe(ada);
    expect(calls[1][0]).toBe(adaCopy);
  });

  it("stores undefined, null, 0 and false results like any other", () => {
    const results = new Map<string, unknown>([
      ["undefined", undefined],
      ["null", null],
      ["zero", 0],
      ["false", false],
    ]);
    const { fn, calls } = spy((name: string) => results.get(name));
    const lookup = memoize(fn);

    for (const name of results.keys()) {
      expect(lookup(name)).toBe(results.get(name));
      expect(lookup(name)).toBe(results.get(name));
    }
    expect(calls).toHaveLength(4);
    expect(lookup.cache.size).toBe(4);
  });

  it("does not store a thrown error, so the next call tries again", () => {
    let failuresLeft = 1;
    const { fn, calls } = spy((path: string) => {
      if (failuresLeft-- > 0) throw new Error(`cannot read ${path}`);
      return `contents of ${path}`;
    });
    const readConfig = memoize(fn);

    expect(() => readConfig("app.json")).toThrow("cannot read app.json");
    expect(readConfig.cache.size).toBe(0);
    expect(readConfig("app.json")).toBe("contents of app.json");
    expect(readConfig("app.json")).toBe("contents of app.json");
    expect(calls).toHaveLength(2);
  });

  it("evicts the least recently used key beyond maxSize, counting a hit as a use", () => {
    const { fn, calls } = spy((n: number) => n * 10);
    const times10 = memoize(fn, { maxSize: 2 });

    times10(1);
    times10(2);
    times10(1); // hit: 1 is now the most recently used
    times10(3); // evicts 2
    expect(times10.cache.size).toBe(2);
    expect(calls).toEqual([[1], [2], [3]]);

    times10(1);
    times10(3);
    expect(calls).toEqual([[1], [2], [3]]);
    times10(2);
    expect(calls).toEqual([[1], [2], [3], [2]]);
  });

  it("forgets every stored result on cache.clear()", () => {
    const { fn, calls } = spy((n: number) => n + 1);
    const increment = memoize(fn);
    increment(1);
    increment(2);

    increment.cache.clear();
    expect(increment.cache.size).toBe(0);
    expect(increment(1)).toBe(2);
    expect(calls).toEqual([[1], [2], [1]]);
  });

  it("rejects a maxSize that is not a positive integer", () => {
    const identity = (n: number) => n;
    expect(() => memoize(identity, { maxSize: 0 })).toThrow(RangeError);
    expect(() => memoize(identity, { maxSize: -1 })).toThrow(RangeError);
    expect(() => memoize(identity, { maxSize: 1.5 })).toThrow(RangeError);
  });

  // An O(n) hit or eviction (array scans, shifting) needs seconds here; O(1) needs a fraction.
  it("handles 300 000 calls on a 30 000-entry cache in O(1) each", { timeout: 3_000 }, () => {
    const maxSize = 30_000;
    let computed = 0;
    const double = memoize(
      (n: number) => {
        computed++;
        return n * 2;
      },
      { maxSize },
    );
    // Every new key evicts once the cache is full; the hits are on the most recent keys.
    for (let i = 0; i < 100_000; i++) {
      double(i);
      if (i > 0) {
        double(i - 1);
        double(i);
      }
    }

    expect(computed).toBe(100_000);
    expect(double.cache.size).toBe(maxSize);
    expect(double(99_999)).toBe(199_998);
    expect(computed).toBe(100_000);
    double(0);
    expect(computed).toBe(100_001);
  });
});
