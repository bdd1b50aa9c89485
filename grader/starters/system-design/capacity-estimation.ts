/**
 * Back-of-the-envelope capacity estimation
 *
 * What you build
 *   A function that turns a few traffic assumptions into the numbers a design review asks for:
 *   average and peak requests per second, storage per day, per year and over the retention
 *   period, bandwidth, and how many servers the peak needs.
 *
 * Why it matters
 *   Before choosing a database or a sharding scheme you need the order of magnitude: is this 50
 *   writes per second or 50 000, 10 GB or 10 PB? The method here is the one in chapter 2
 *   ("Back-of-the-envelope Estimation") of Alex Xu's *System Design Interview*: QPS = daily
 *   requests / 86 400 s, peak = a multiple of the average, storage = daily new data × days.
 *   Written as code, every assumption is explicit and the arithmetic is checked.
 *
 * Your task
 *   Units: bytes and seconds; 1 KB = 1000 bytes (decimal SI units, as in the book's worked
 *   example); a day is 86 400 s and a year 365 days.
 *
 *   1. `estimate(figures): Estimate` with
 *        figures = { dailyActiveUsers, requestsPerUserPerDay, readWriteRatio,
 *                    bytesPerWrite, retentionYears, peakFactor }
 *      - every request is a read or a write; `readWriteRatio` is reads per write (4 means
 *        4 reads for each write; 0 means writes only). Each write stores `bytesPerWrite` new
 *        bytes, and each read returns that many bytes.
 *      - `requestsPerDay = dailyActiveUsers × requestsPerUserPerDay`
 *      - `avgQps = requestsPerDay / 86 400`; `peakQps = avgQps × peakFactor`
 *      - `writeQps = avgQps / (readWriteRatio + 1)`; `readQps = avgQps − writeQps`
 *      - `storagePerDayBytes = writes per day × bytesPerWrite`;
 *        `storagePerYearBytes = storagePerDayBytes × 365`;
 *        `totalStorageBytes = storagePerYearBytes × retentionYears`
 *      - `ingressBytesPerSec = writeQps × bytesPerWrite`; `egressBytesPerSec = readQps × bytesPerWrite`
 *        (averages; multiply by `peakFactor` for the peak).
 *      Return exact numbers — no rounding inside `estimate`; round only when presenting.
 *      `RangeError` unless `dailyActiveUsers`, `requestsPerUserPerDay` and `retentionYears` are
 *      positive, `readWriteRatio` and `bytesPerWrite` are >= 0, `peakFactor` is >= 1, and all
 *      are finite numbers.
 *
 *   2. `serversNeeded(peakQps, qpsPerServer): number` — `Math.ceil(peakQps / qpsPerServer)`,
 *      and at least 1 (a service runs somewhere): capacity is rounded UP, never to nearest.
 *      `RangeError` unless `peakQps >= 0` and `qpsPerServer > 0`, both finite.
 *
 *   3. `formatBytes(bytes): string` — for presenting: the largest unit among B, KB, MB, GB, TB,
 *      PB, EB (powers of 1000) in which the value is at least 1, rounded to 3 significant digits
 *      and written without trailing zeros: `54_750e12` → `"54.8 PB"`, `1e13` → `"10 TB"`,
 *      `512` → `"512 B"`, `0` → `"0 B"`. If rounding reaches 1000, move up a unit:
 *      `999_999` → `"1 MB"`, not `"1000 KB"`. EB is the largest unit: from 1000 EB up the value
 *      stays in EB, `2e21` → `"2000 EB"`. `RangeError` for a negative or non-finite value.
 *
 * Example (the book's Twitter exercise: 300 million monthly users, 50% daily, 2 tweets each a
 * day, 10% of tweets carry 1 MB of media — 100 KB per tweet on average — kept 5 years, peak 2×)
 *   const e = estimate({ dailyActiveUsers: 150e6, requestsPerUserPerDay: 2, readWriteRatio: 0,
 *                        bytesPerWrite: 100_000, retentionYears: 5, peakFactor: 2 });
 *   e.avgQps;                         // 3472.2…  (the book: "~3500")
 *   e.peakQps;                        // 6944.4…  (the book: "~7000")
 *   formatBytes(e.storagePerDayBytes);   // "30 TB"
 *   formatBytes(e.totalStorageBytes);    // "54.8 PB" (the book: "~55 PB")
 */

export interface TrafficFigures {
  dailyActiveUsers: number;
  requestsPerUserPerDay: number;
  readWriteRatio: number;
  bytesPerWrite: number;
  retentionYears: number;
  peakFactor: number;
}

export interface Estimate {
  requestsPerDay: number;
  avgQps: number;
  peakQps: number;
  readQps: number;
  writeQps: number;
  storagePerDayBytes: number;
  storagePerYearBytes: number;
  totalStorageBytes: number;
  ingressBytesPerSec: number;
  egressBytesPerSec: number;
}

export function estimate(figures: TrafficFigures): Estimate {
  void figures;
  throw new Error("not implemented");
}

export function serversNeeded(peakQps: number, qpsPerServer: number): number {
  void peakQps;
  void qpsPerServer;
  throw new Error("not implemented");
}

export function formatBytes(bytes: number): string {
  void bytes;
  throw new Error("not implemented");
}
