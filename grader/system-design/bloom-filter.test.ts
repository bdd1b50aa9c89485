import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BloomFilter, optimalParameters } from "../../exercises/system-design/bloom-filter.ts";

/** The header's double hashing, computed independently of the learner's. */
function expectedPositions(item: string, bits: number, hashes: number): number[] {
  const digest = createHash("md5").update(item).digest();
  const h1 = digest.readUInt32BE(0);
  const h2 = digest.readUInt32BE(4);
  return Array.from({ length: hashes }, (_, i) => (h1 + i * h2) % bits);
}

function measuredFalsePositiveRate(n: number, p: number, probes: number): number {
  const filter = new BloomFilter({ expectedItems: n, falsePositiveRate: p });
  for (let i = 0; i < n; i++) filter.add(`member-${i}`);
  let falsePositives = 0;
  for (let i = 0; i < probes; i++) if (filter.mightContain(`stranger-${i}`)) falsePositives++;
  return falsePositives / probes;
}

describe("optimalParameters", () => {
  it("sizes 1000 items at 1% as 9586 bits and 7 hashes", () => {
    expect(optimalParameters(1000, 0.01)).toEqual({ bits: 9586, hashes: 7 });
  });

  it("rounds bits up and hashes to the nearest integer, never below one hash", () => {
    // m = 10 000 · ln(1000) / ln²2 = 143 775.9… → 143 776; k = 14.3776 · ln 2 = 9.97 → 10.
    expect(optimalParameters(10_000, 0.001)).toEqual({ bits: 143_776, hashes: 10 });
    // m = 95 850.6… → 95 851; k = 9.5851 · ln 2 = 6.64 → 7.
    expect(optimalParameters(10_000, 0.01)).toEqual({ bits: 95_851, hashes: 7 });
    // m = 100 · 0.105… / 0.480… = 21.9… → 22; k = 0.22 · ln 2 = 0.15 → rounds to 0, so 1.
    expect(optimalParameters(100, 0.9)).toEqual({ bits: 22, hashes: 1 });
  });
});

describe("BloomFilter", () => {
  it("answers true for an added item and false for one never added", () => {
    const filter = new BloomFilter({ expectedItems: 1000, falsePositiveRate: 0.01 });
    expect(filter.bits).toBe(9586);
    expect(filter.hashes).toBe(7);
    expect(filter.mightContain("alice@example.com")).toBe(false);
    filter.add("alice@example.com");
    expect(filter.mightContain("alice@example.com")).toBe(true);
    expect(filter.mightContain("bob@example.com")).toBe(false);
  });

  it("computes positions by double hashing: (h1 + i·h2) mod bits from the MD5 digest", () => {
    const filter = new BloomFilter({ expectedItems: 1000, falsePositiveRate: 0.01 });
    for (const item of ["alice@example.com", "", "user:42", "naïve ☃", "a much longer key ".repeat(20)]) {
      expect(filter.positions(item), JSON.stringify(item)).toEqual(expectedPositions(item, 9586, 7));
    }
    const big = new BloomFilter({ expectedItems: 1_000_000, falsePositiveRate: 1e-9 });
    // 43 132 763 bits and 30 hashes: i·h2 reaches ~1.2e11, past 32-bit arithmetic.
    expect(big.positions("overflow?")).toEqual(expectedPositions("overflow?", big.bits, big.hashes));
  });

  it("has no false negatives: every one of 5 000 added items is reported present", () => {
    const filter = new BloomFilter({ expectedItems: 5_000, falsePositiveRate: 0.01 });
    for (let i = 0; i < 5_000; i++) filter.add(`member-${i}`);
    const missing: string[] = [];
    for (let i = 0; i < 5_000; i++) if (!filter.mightContain(`member-${i}`)) missing.push(`member-${i}`);
    expect(missing).toEqual([]);
  });

  it("keeps the measured false-positive rate near 1% when sized for 1%", () => {
    const rate = measuredFalsePositiveRate(5_000, 0.01, 30_000);
    expect(rate).toBeGreaterThan(0.01 / 1.5);
    expect(rate).toBeLessThan(0.01 * 1.5);
  });

  it("keeps the measured false-positive rate near 5% when sized for 5%", () => {
    const rate = measuredFalsePositiveRate(5_000, 0.05, 20_000);
    expect(rate).toBeGreaterThan(0.05 / 1.5);
    expect(rate).toBeLessThan(0.05 * 1.5);
  });

  it("says 'probably present' to almost anything once overfilled — it stores bits, not items", () => {
    const filter = new BloomFilter({ expectedItems: 100, falsePositiveRate: 0.01 });
    for (let i = 0; i < 5_000; i++) filter.add(`member-${i}`);
    let present = 0;
    for (let i = 0; i < 1_000; i++) if (filter.mightContain(`stranger-${i}`)) present++;
    expect(present).toBeGreaterThan(950);
  });

  it("allocates one bit per position: 1 000 000 items at 1% take about 1.2 MB, not a byte per bit", () => {
    const before = process.memoryUsage().arrayBuffers;
    const filter = new BloomFilter({ expectedItems: 1_000_000, falsePositiveRate: 0.01 });
    const allocated = process.memoryUsage().arrayBuffers - before;
    expect(filter.bits).toBe(9_585_059);
    // ceil(bits / 8) = 1 198 133 bytes; a byte per bit would be 9.6 MB.
    expect(allocated, "bytes allocated by the constructor").toBeLessThan(1.5 * Math.ceil(filter.bits / 8));
    filter.add("x");
    expect(filter.mightContain("x")).toBe(true);
  });

  it("rejects expectedItems that is not a positive integer and rates outside (0, 1)", () => {
    expect(() => optimalParameters(0, 0.01)).toThrow(RangeError);
    expect(() => optimalParameters(-5, 0.01)).toThrow(RangeError);
    expect(() => optimalParameters(10.5, 0.01)).toThrow(RangeError);
    expect(() => optimalParameters(100, 0)).toThrow(RangeError);
    expect(() => optimalParameters(100, 1)).toThrow(RangeError);
    expect(() => optimalParameters(100, -0.1)).toThrow(RangeError);
    expect(() => optimalParameters(100, Number.NaN)).toThrow(RangeError);
    expect(() => new BloomFilter({ expectedItems: 0, falsePositiveRate: 0.01 })).toThrow(RangeError);
    expect(() => new BloomFilter({ expectedItems: 100, falsePositiveRate: 1.5 })).toThrow(RangeError);
  });
});
