/**
 * Back-of-the-envelope capacity estimation — reference solution.
 *
 * Real plans multiply on from here: replication (×3 is common), indexes and overhead, headroom
 * so servers run well below their measured maximum. Keeping each factor a named input is the
 * point: a reviewer can argue with an assumption instead of with a total.
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

const SECONDS_PER_DAY = 86_400;
const DAYS_PER_YEAR = 365;
const UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

export function estimate(figures: TrafficFigures): Estimate {
  const { dailyActiveUsers, requestsPerUserPerDay, readWriteRatio, bytesPerWrite, retentionYears, peakFactor } = figures;
  for (const [name, value] of Object.entries(figures)) check(Number.isFinite(value), `${name} must be a finite number, got ${value}`);
  check(dailyActiveUsers > 0, "dailyActiveUsers must be positive");
  check(requestsPerUserPerDay > 0, "requestsPerUserPerDay must be positive");
  check(retentionYears > 0, "retentionYears must be positive");
  check(readWriteRatio >= 0, "readWriteRatio must be >= 0");
  check(bytesPerWrite >= 0, "bytesPerWrite must be >= 0");
  check(peakFactor >= 1, "peakFactor must be >= 1");

  const requestsPerDay = dailyActiveUsers * requestsPerUserPerDay;
  const avgQps = requestsPerDay / SECONDS_PER_DAY;
  const writeQps = avgQps / (readWriteRatio + 1);
  const readQps = avgQps - writeQps;
  const storagePerDayBytes = (requestsPerDay / (readWriteRatio + 1)) * bytesPerWrite;
  const storagePerYearBytes = storagePerDayBytes * DAYS_PER_YEAR;
  return {
    requestsPerDay,
    avgQps,
    peakQps: avgQps * peakFactor,
    readQps,
    writeQps,
    storagePerDayBytes,
    storagePerYearBytes,
    totalStorageBytes: storagePerYearBytes * retentionYears,
    ingressBytesPerSec: writeQps * bytesPerWrite,
    egressBytesPerSec: readQps * bytesPerWrite,
  };
}

export function serversNeeded(peakQps: number, qpsPerServer: number): number {
  check(Number.isFinite(peakQps) && peakQps >= 0, `peakQps must be a finite number >= 0, got ${peakQps}`);
  check(Number.isFinite(qpsPerServer) && qpsPerServer > 0, `qpsPerServer must be a finite number > 0, got ${qpsPerServer}`);
  // Capacity rounds up: 2.1 servers' worth of load needs 3 servers.
  return Math.max(1, Math.ceil(peakQps / qpsPerServer));
}

export function formatBytes(bytes: number): string {
  check(Number.isFinite(bytes) && bytes >= 0, `bytes must be a finite number >= 0, got ${bytes}`);
  let unit = 0;
  while (unit < UNITS.length - 1 && bytes >= 1000 ** (unit + 1)) unit++;
  let value = Number((bytes / 1000 ** unit).toPrecision(3));
  // 999.9 KB rounds to 1000 KB: that is 1 MB.
  if (value >= 1000 && unit < UNITS.length - 1) {
    unit++;
    value = Number((bytes / 1000 ** unit).toPrecision(3));
  }
  return `${value} ${UNITS[unit]}`;
}
