/**
 * SLO burn-rate alerts
 *
 * What you build
 *   Error-budget burn-rate alerting over several windows at once, as in the Google SRE
 *   workbook's "multiwindow, multi-burn-rate alerts".
 *
 * Why it matters
 *   "Page when the error rate is over 0.1 %" either pages on every blip or misses a slow leak.
 *   An SLO of 99.9 % over 30 days gives an error budget of 0.1 % of requests; what matters is how
 *   fast you are spending it. Burn rate 1 spends exactly the budget in 30 days; burn rate 14.4
 *   spends 2 % of it in one hour. Pairing a long window (is it real?) with a short one (is it
 *   still happening?) gives alerts that fire fast, rarely cry wolf, and stop soon after the fix.
 *
 * Your task
 *   Implement `createBurnRateMonitor({ objective, now, rules?, bucketMs? })`:
 *   - `objective` — the SLO as a fraction, e.g. `0.999`; must be strictly between 0 and 1, else
 *     `RangeError`. The error budget is `1 − objective`.
 *   - `now` — a clock in ms. `bucketMs` — the counting granularity (default 60 000, one minute),
 *     a positive integer.
 *   - `rules` — default `DEFAULT_RULES`, the workbook's recommended starting points for a 30-day
 *     SLO (fill them in):
 *       page    long 1 h,  short 5 min,  burn rate 14.4   (2 % of the budget in 1 h)
 *       page    long 6 h,  short 30 min, burn rate 6      (5 % in 6 h)
 *       ticket  long 3 days, short 6 h,  burn rate 1      (10 % in 3 days)
 *     Every rule's windows must be positive multiples of `bucketMs`, else `RangeError`.
 *
 *   The monitor returned has:
 *   - `record(ok, count = 1)` — `count` requests (a non-negative integer, else `RangeError`)
 *     finished now, all good (`ok`) or all bad. Count them in bucket `floor(now() / bucketMs)`.
 *   - `burnRate(windowMs)` — over the last `windowMs / bucketMs` buckets, the current (partial)
 *     bucket included: `(bad / total) / (1 − objective)`, or 0 if there were no requests.
 *     Buckets after the current one (recorded before the clock stepped back) do not count.
 *     `windowMs` must be a positive multiple of `bucketMs`, else `RangeError`.
 *   - `firing()` — the rules (the same objects, in rule order) whose long-window AND short-window
 *     burn rates are both strictly greater than the rule's `burnRate`.
 *   - `retainedBuckets()` — how many buckets are stored. Drop buckets older than the longest
 *     rule window (bucket indexes below current − longest / bucketMs + 1), so memory is bounded
 *     by the longest window however long the monitor runs.
 *
 * Example
 *   const slo = createBurnRateMonitor({ objective: 0.999, now: () => t });
 *   // after three good days at 1 000 requests a minute, 2 minutes of total failure:
 *   slo.burnRate(60 * 60_000);  // ≈ 33: 2 000 bad of 60 000 in the last hour, against 0.1 %
 *   slo.firing();               // [{ severity: "page", longWindowMs: 3_600_000, shortWindowMs: 300_000, burnRate: 14.4 }]
 *   // five good minutes later the 5-minute window is clean: firing() → []
 */

export interface AlertRule {
  severity: "page" | "ticket";
  longWindowMs: number;
  shortWindowMs: number;
  burnRate: number;
}

// TODO: the workbook's three rules, as described above.
export const DEFAULT_RULES: readonly AlertRule[] = [];

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
  void options;
  throw new Error("not implemented");
}
