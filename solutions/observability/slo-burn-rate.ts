/**
 * Multiwindow, multi-burn-rate SLO alerts — reference solution.
 *
 * Outcomes are counted in fixed time buckets (one per minute by default), so memory is bounded by
 * the longest window, not by traffic: 3 days of per-minute buckets is 4 320 pairs of counters
 * whether the service takes ten requests a minute or ten thousand. Prometheus does the same
 * job with counters and rate() over each window.
 */

export interface AlertRule {
  severity: "page" | "ticket";
  longWindowMs: number;
  shortWindowMs: number;
  burnRate: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The Google SRE workbook's recommended starting points for a 30-day SLO. */
export const DEFAULT_RULES: readonly AlertRule[] = [
  { severity: "page", longWindowMs: HOUR, shortWindowMs: 5 * MINUTE, burnRate: 14.4 }, // 2 % of budget in 1 h
  { severity: "page", longWindowMs: 6 * HOUR, shortWindowMs: 30 * MINUTE, burnRate: 6 }, // 5 % in 6 h
  { severity: "ticket", longWindowMs: 72 * HOUR, shortWindowMs: 6 * HOUR, burnRate: 1 }, // 10 % in 3 days
];

export interface BurnRateOptions {
  objective: number;
  now: () => number;
  rules?: readonly AlertRule[];
  bucketMs?: number;
}

export interface BurnRateMonitor {
  record(ok: boolean, count?: number): void;
  burnRate(windowMs: number): number;
  firing(): AlertRule[];
  retainedBuckets(): number;
}

export function createBurnRateMonitor(options: BurnRateOptions): BurnRateMonitor {
  const { objective, now, rules = DEFAULT_RULES, bucketMs = MINUTE } = options;
  if (!(objective > 0 && objective < 1)) throw new RangeError(`objective must be between 0 and 1, got ${objective}`);
  if (!Number.isInteger(bucketMs) || bucketMs <= 0) throw new RangeError(`bucketMs must be a positive integer, got ${bucketMs}`);
  const checkWindow = (windowMs: number) => {
    if (!(windowMs > 0 && windowMs % bucketMs === 0)) {
      throw new RangeError(`window ${windowMs} ms is not a positive multiple of the ${bucketMs} ms bucket`);
    }
  };
  for (const rule of rules) {
    checkWindow(rule.longWindowMs);
    checkWindow(rule.shortWindowMs);
  }
  const budget = 1 - objective;
  const longest = Math.max(bucketMs, ...rules.map((rule) => rule.longWindowMs));
  const buckets = new Map<number, { total: number; bad: number }>(); // bucket index → counts

  // A Map iterates in insertion order, and buckets are created as time moves forward, so the
  // oldest buckets come first: stop at the first one still inside the longest window.
  const prune = (current: number) => {
    const oldestKept = current - longest / bucketMs + 1;
    for (const index of buckets.keys()) {
      if (index >= oldestKept) break;
      buckets.delete(index);
    }
  };

  const burnRate = (windowMs: number) => {
    checkWindow(windowMs);
    const current = Math.floor(now() / bucketMs);
    const oldest = current - windowMs / bucketMs + 1;
    let total = 0;
    let bad = 0;
    for (const [index, counts] of buckets) {
      if (index >= oldest && index <= current) {
        total += counts.total;
        bad += counts.bad;
      }
    }
    return total === 0 ? 0 : bad / total / budget;
  };

  return {
    record(ok, count = 1) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
      const current = Math.floor(now() / bucketMs);
      let counts = buckets.get(current);
      if (!counts) {
        counts = { total: 0, bad: 0 };
        buckets.set(current, counts);
        prune(current); // once per new bucket: O(1) amortised
      }
      counts.total += count;
      if (!ok) counts.bad += count;
    },
    burnRate,
    // Both windows must burn too fast: the long one proves the budget is really going, the short
    // one makes the alert stop soon after the problem does.
    firing: () => rules.filter((rule) => burnRate(rule.longWindowMs) > rule.burnRate && burnRate(rule.shortWindowMs) > rule.burnRate),
    retainedBuckets: () => buckets.size,
  };
}
