import { describe, expect, it } from "vitest";
import { searchRange, type Comparator } from "../../exercises/data-structures/binary-search.ts";

interface Row {
  key: number;
  id: number;
}

/** Rows with the given keys (in order) and distinct ids, so equal keys are still different objects. */
function rows(keys: number[]): Row[] {
  return keys.map((key, id) => ({ key, id }));
}

/** A probe for `key`: never the same object as any row. */
function probe(key: number): Row {
  return { key, id: -1 };
}

/** Compares rows by key, counts its calls, and fails loudly if handed anything that is not a row. */
function countingByKey(): { compare: Comparator<Row>; calls: () => number } {
  let calls = 0;
  const compare: Comparator<Row> = (a, b) => {
    calls++;
    if (typeof a?.key !== "number" || typeof b?.key !== "number") {
      throw new Error(`compare was called with a non-element: ${String(a)}, ${String(b)}`);
    }
    return a.key - b.key;
  };
  return { compare, calls: () => calls };
}

describe("searchRange", () => {
  it("finds the index of a key that occurs once", () => {
    const { compare } = countingByKey();
    const data = rows([1, 3, 5, 7, 9]);
    expect(searchRange(data, probe(7), compare)).toEqual({ found: true, first: 3, last: 3 });
    expect(searchRange(data, probe(1), compare)).toEqual({ found: true, first: 0, last: 0 });
  });

  it("finds the first and last index of a run of equal keys", () => {
    const { compare } = countingByKey();
    const data = rows([1, 3, 3, 3, 8, 8, 9]);
    expect(searchRange(data, probe(3), compare)).toEqual({ found: true, first: 1, last: 3 });
    expect(searchRange(data, probe(8), compare)).toEqual({ found: true, first: 4, last: 5 });
  });

  it("finds runs that touch either end of the array", () => {
    const { compare } = countingByKey();
    const data = rows([2, 2, 2, 5, 6, 6]);
    expect(searchRange(data, probe(2), compare)).toEqual({ found: true, first: 0, last: 2 });
    expect(searchRange(data, probe(6), compare)).toEqual({ found: true, first: 4, last: 5 });
    expect(searchRange(rows([4, 4, 4]), probe(4), compare)).toEqual({ found: true, first: 0, last: 2 });
  });

  it("returns the insertion point for an absent key", () => {
    const { compare } = countingByKey();
    const data = rows([1, 3, 3, 3, 8]);
    expect(searchRange(data, probe(5), compare)).toEqual({ found: false, insertAt: 4 });
    expect(searchRange(data, probe(2), compare)).toEqual({ found: false, insertAt: 1 });
    expect(searchRange(data, probe(0), compare)).toEqual({ found: false, insertAt: 0 });
    expect(searchRange(data, probe(99), compare)).toEqual({ found: false, insertAt: 5 });
  });

  it("handles an empty array and a single element", () => {
    const { compare } = countingByKey();
    expect(searchRange([], probe(1), compare)).toEqual({ found: false, insertAt: 0 });
    expect(searchRange(rows([4]), probe(4), compare)).toEqual({ found: true, first: 0, last: 0 });
    expect(searchRange(rows([4]), probe(3), compare)).toEqual({ found: false, insertAt: 0 });
    expect(searchRange(rows([4]), probe(5), compare)).toEqual({ found: false, insertAt: 1 });
  });

  it("decides equality only through the comparator", () => {
    // Case-insensitive ordering: "apple" and "APPLE" are equal to the comparator but not to ===.
    const words = ["Apple", "apple", "APPLE", "banana", "Cherry"];
    const caseInsensitive: Comparator<string> = (a, b) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    expect(searchRange(words, "aPPle", caseInsensitive)).toEqual({ found: true, first: 0, last: 2 });
    expect(searchRange(words, "BANANA", caseInsensitive)).toEqual({ found: true, first: 3, last: 3 });
    expect(searchRange(words, "blueberry", caseInsensitive)).toEqual({ found: false, insertAt: 4 });
  });

  it("accepts comparator results of any magnitude, not just -1, 0 and 1", () => {
    const { compare } = countingByKey(); // returns a.key - b.key, e.g. -700 or 42
    const data = rows([-500, -20, 0, 0, 300, 1_000]);
    expect(searchRange(data, probe(0), compare)).toEqual({ found: true, first: 2, last: 3 });
    expect(searchRange(data, probe(299), compare)).toEqual({ found: false, insertAt: 4 });
  });

  it("makes at most 64 comparisons on 1 000 000 elements", { timeout: 5_000 }, () => {
    const n = 1_000_000;
    // Values 0-9, 20-29, 40-49, …: compared by key = floor(value / 10), so each even key is a run of 10.
    const data: number[] = new Array(n);
    for (let i = 0; i < n; i++) data[i] = 20 * Math.floor(i / 10) + (i % 10);
    const byTens = (x: number) => Math.floor(x / 10);
    const sameKey = () => 0; // every element compares equal to everything

    const cases: [string, (x: number) => number, number, ReturnType<typeof searchRange>][] = [
      ["the first run", byTens, 5, { found: true, first: 0, last: 9 }],
      ["a run in the middle", byTens, 20 * 54_321 + 5, { found: true, first: 543_210, last: 543_219 }],
      ["the last run", byTens, 20 * 99_999 + 5, { found: true, first: 999_990, last: 999_999 }],
      ["an absent key in the middle", byTens, 20 * 12_345 + 15, { found: false, insertAt: 123_460 }],
      ["a key before everything", byTens, -15, { found: false, insertAt: 0 }],
      ["a key after everything", byTens, 20 * n, { found: false, insertAt: n }],
      ["a key every element equals", sameKey, -1, { found: true, first: 0, last: n - 1 }],
    ];
    for (const [label, key, target, expected] of cases) {
      let calls = 0;
      const compare: Comparator<number> = (a, b) => {
        calls++;
        if (typeof a !== "number" || typeof b !== "number") throw new Error(`compare was called with ${a}, ${b}`);
        return key(a) - key(b);
      };
      expect(searchRange(data, target, compare), label).toEqual(expected);
      expect(calls, `comparisons when searching for ${label}`).toBeLessThanOrEqual(64);
    }
  });
});
