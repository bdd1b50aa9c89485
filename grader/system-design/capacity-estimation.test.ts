import { describe, expect, it } from "vitest";
import { estimate, formatBytes, serversNeeded, type TrafficFigures } from "../../exercises/system-design/capacity-estimation.ts";

/*
 * Worked examples. The method is Alex Xu, System Design Interview, ch. 2 (Back-of-the-envelope
 * Estimation): QPS = daily requests / (24 h · 3600 s), peak = factor × QPS, storage = daily new
 * data, × 365 per year, × years kept. Units are decimal (1 KB = 1000 B).
 *
 * A. A photo-sharing app. 10 million DAU, 20 requests per user per day, 9 reads per write,
 *    500 KB per photo, kept 5 years, peak 3× average.
 *    requests/day   = 10e6 · 20                 = 200 000 000
 *    avg QPS        = 200e6 / 86 400            = 2 314.81…
 *    peak QPS       = 2 314.81… · 3             = 6 944.44…
 *    write QPS      = 2 314.81… / (9 + 1)       = 231.48…
 *    read QPS       = 2 314.81… − 231.48…       = 2 083.33…
 *    writes/day     = 200e6 / 10                = 20 000 000
 *    storage/day    = 20e6 · 500 000 B          = 1e13 B   = 10 TB
 *    storage/year   = 1e13 · 365                = 3.65e15  = 3.65 PB
 *    over 5 years   = 3.65e15 · 5               = 1.825e16 → 18.3 PB (3 significant digits)
 *    ingress        = 231.48… · 500 000 B/s     = 115 740 740.7 B/s → 116 MB/s
 *    egress         = 2 083.33… · 500 000 B/s   = 1 041 666 666.7 B/s → 1.04 GB/s
 *    servers at 1 000 QPS each: 6 944.44… / 1 000 = 6.94 → 7 (rounded up)
 *
 * B. A URL shortener. 2 million DAU, 5 requests per user per day, 4 redirects (reads) per new
 *    link (write), 200 B per link, kept 10 years, peak 2×.
 *    requests/day   = 2e6 · 5                   = 10 000 000
 *    avg QPS        = 10e6 / 86 400             = 115.74…
 *    peak QPS       = 115.74… · 2               = 231.48…
 *    write QPS      = 115.74… / 5               = 23.148…
 *    read QPS       = 115.74… − 23.148…         = 92.59…
 *    storage/day    = (10e6 / 5) · 200 B        = 4e8 B    = 400 MB
 *    storage/year   = 4e8 · 365                 = 1.46e11  = 146 GB
 *    over 10 years  = 1.46e11 · 10              = 1.46e12  = 1.46 TB
 *    ingress        = 23.148… · 200 B/s         = 4 629.6 B/s → 4.63 KB/s
 *    egress         = 92.59… · 200 B/s          = 18 518.5 B/s → 18.5 KB/s
 *    servers at 500 QPS each: 231.48… / 500 = 0.46 → 1
 *
 * C. The book's own example ("Estimate Twitter QPS and storage requirements"): 300 million
 *    monthly users, 50% daily → 150 million DAU; 2 tweets each per day (writes only);
 *    10% of tweets carry 1 MB of media → 100 KB per tweet on average; 5 years; peak 2×.
 *    The book's answers: ~3500 QPS, ~7000 peak, 30 TB of media a day, ~55 PB over 5 years.
 */

const photos: TrafficFigures = {
  dailyActiveUsers: 10_000_000,
  requestsPerUserPerDay: 20,
  readWriteRatio: 9,
  bytesPerWrite: 500_000,
  retentionYears: 5,
  peakFactor: 3,
};

const shortener: TrafficFigures = {
  dailyActiveUsers: 2_000_000,
  requestsPerUserPerDay: 5,
  readWriteRatio: 4,
  bytesPerWrite: 200,
  retentionYears: 10,
  peakFactor: 2,
};

const twitter: TrafficFigures = {
  dailyActiveUsers: 150_000_000,
  requestsPerUserPerDay: 2,
  readWriteRatio: 0,
  bytesPerWrite: 100_000,
  retentionYears: 5,
  peakFactor: 2,
};

describe("estimate", () => {
  it("derives QPS for the photo-sharing example (A)", () => {
    const e = estimate(photos);
    expect(e.requestsPerDay).toBe(200_000_000);
    expect(e.avgQps).toBeCloseTo(2314.8148, 3);
    expect(e.peakQps).toBeCloseTo(6944.4444, 3);
    expect(e.writeQps).toBeCloseTo(231.4815, 3);
    expect(e.readQps).toBeCloseTo(2083.3333, 3);
  });

  it("derives storage and bandwidth for the photo-sharing example (A)", () => {
    const e = estimate(photos);
    expect(e.storagePerDayBytes).toBeCloseTo(1e13, -3);
    expect(e.storagePerYearBytes).toBeCloseTo(3.65e15, -6);
    expect(e.totalStorageBytes).toBeCloseTo(1.825e16, -6);
    expect(e.ingressBytesPerSec).toBeCloseTo(115_740_740.74, 0);
    expect(e.egressBytesPerSec).toBeCloseTo(1_041_666_666.67, 0);
  });

  it("derives every figure for the URL-shortener example (B)", () => {
    const e = estimate(shortener);
    expect(e.requestsPerDay).toBe(10_000_000);
    expect(e.avgQps).toBeCloseTo(115.7407, 3);
    expect(e.peakQps).toBeCloseTo(231.4815, 3);
    expect(e.writeQps).toBeCloseTo(23.1481, 3);
    expect(e.readQps).toBeCloseTo(92.5926, 3);
    expect(e.storagePerDayBytes).toBeCloseTo(4e8, 0);
    expect(e.storagePerYearBytes).toBeCloseTo(1.46e11, -1);
    expect(e.totalStorageBytes).toBeCloseTo(1.46e12, -1);
    expect(e.ingressBytesPerSec).toBeCloseTo(4629.63, 1);
    expect(e.egressBytesPerSec).toBeCloseTo(18_518.52, 1);
  });

  it("reproduces the book's Twitter estimate (C): ~3500 QPS, ~7000 peak, 30 TB/day, ~55 PB", () => {
    const e = estimate(twitter);
    expect(e.avgQps).toBeCloseTo(3472.22, 1);
    expect(e.peakQps).toBeCloseTo(6944.44, 1);
    expect(e.readQps).toBe(0);
    expect(e.writeQps).toBeCloseTo(e.avgQps, 6);
    expect(formatBytes(e.storagePerDayBytes)).toBe("30 TB");
    expect(formatBytes(e.totalStorageBytes)).toBe("54.8 PB");
    expect(e.egressBytesPerSec).toBe(0);
  });

  it("rejects figures outside their ranges or not finite", () => {
    const bad = (patch: Partial<TrafficFigures>) => () => estimate({ ...photos, ...patch });
    expect(bad({ dailyActiveUsers: 0 })).toThrow(RangeError);
    expect(bad({ requestsPerUserPerDay: -1 })).toThrow(RangeError);
    expect(bad({ requestsPerUserPerDay: 0 })).toThrow(RangeError); // positive: 0 is out too
    expect(bad({ retentionYears: 0 })).toThrow(RangeError);
    expect(bad({ readWriteRatio: -0.5 })).toThrow(RangeError);
    expect(bad({ bytesPerWrite: -1 })).toThrow(RangeError);
    expect(bad({ peakFactor: 0.9 })).toThrow(RangeError);
    expect(bad({ dailyActiveUsers: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(bad({ bytesPerWrite: Number.NaN })).toThrow(RangeError);
    // Boundaries that are allowed.
    expect(() => estimate({ ...photos, readWriteRatio: 0, bytesPerWrite: 0, peakFactor: 1 })).not.toThrow();
  });
});

describe("serversNeeded", () => {
  it("rounds capacity up, never to nearest, with at least one server", () => {
    expect(serversNeeded(estimate(photos).peakQps, 1000)).toBe(7);
    expect(serversNeeded(estimate(shortener).peakQps, 500)).toBe(1);
    expect(serversNeeded(2100, 1000)).toBe(3);
    expect(serversNeeded(3000, 1000)).toBe(3);
    expect(serversNeeded(0, 1000)).toBe(1);
  });

  it("rejects a negative peak and a per-server capacity that is not positive", () => {
    expect(() => serversNeeded(-1, 100)).toThrow(RangeError);
    expect(() => serversNeeded(100, 0)).toThrow(RangeError);
    expect(() => serversNeeded(100, -5)).toThrow(RangeError);
    expect(() => serversNeeded(Number.NaN, 100)).toThrow(RangeError);
    expect(() => serversNeeded(100, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("formatBytes", () => {
  it("presents the worked examples' totals in decimal units with 3 significant digits", () => {
    const a = estimate(photos);
    expect(formatBytes(a.storagePerDayBytes)).toBe("10 TB");
    expect(formatBytes(a.storagePerYearBytes)).toBe("3.65 PB");
    expect(formatBytes(a.totalStorageBytes)).toBe("18.3 PB");
    expect(formatBytes(a.ingressBytesPerSec)).toBe("116 MB");
    expect(formatBytes(a.egressBytesPerSec)).toBe("1.04 GB");
    const b = estimate(shortener);
    expect(formatBytes(b.storagePerDayBytes)).toBe("400 MB");
    expect(formatBytes(b.storagePerYearBytes)).toBe("146 GB");
    expect(formatBytes(b.totalStorageBytes)).toBe("1.46 TB");
    expect(formatBytes(b.ingressBytesPerSec)).toBe("4.63 KB");
    expect(formatBytes(b.egressBytesPerSec)).toBe("18.5 KB");
  });

  it("handles small values, exact powers of 1000 and rounding that reaches the next unit", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1000)).toBe("1 KB");
    expect(formatBytes(1_234_567)).toBe("1.23 MB");
    expect(formatBytes(999.5)).toBe("1 KB");
    expect(formatBytes(999_999)).toBe("1 MB");
    expect(formatBytes(2.5e18)).toBe("2.5 EB");
  });

  it("stays in EB, its largest unit, from 1000 EB up", () => {
    expect(formatBytes(999.9e18)).toBe("1000 EB");
    expect(formatBytes(1e21)).toBe("1000 EB");
    expect(formatBytes(2e21)).toBe("2000 EB");
    expect(formatBytes(2.5e22)).toBe("25000 EB");
  });

  it("rejects a negative or non-finite byte count", () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
    expect(() => formatBytes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
