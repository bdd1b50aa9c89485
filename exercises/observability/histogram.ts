/**
 * Histogram with quantiles and the Prometheus text format
 *
 * What you build
 *   A fixed-bucket histogram that estimates p50/p95/p99 the way Prometheus does, and exposes
 *   itself in the Prometheus text exposition format.
 *
 * Why it matters
 *   Averages hide the slow requests users complain about; latency SLOs are written on p95 and
 *   p99. A server cannot keep every duration, so it counts them into buckets, and Prometheus
 *   estimates quantiles from those counts with `histogram_quantile()`. Knowing how that estimate
 *   is made tells you where to put bucket boundaries and how far to trust a p99.
 *
 * Your task
 *   Implement `class Histogram`:
 *   - `new Histogram({ name, help, buckets, labelNames? })` — `buckets` are the finite upper
 *     bounds, strictly increasing, at least one; a `+Inf` bucket is always added after them.
 *     Throw a `RangeError` if `buckets` is empty, not strictly increasing or has a non-finite
 *     value; if `name` does not match `[a-zA-Z_:][a-zA-Z0-9_:]*`; or if a label name does not
 *     match `[a-zA-Z_][a-zA-Z0-9_]*` or is `le` (reserved for buckets).
 *   - `observe(value, labels?)` — count `value` in the first bucket whose bound is >= value
 *     (`le` means "less than or equal"), else in `+Inf`; add it to the sum and the count.
 *     `labels` must have exactly the keys in `labelNames` (default none) with string values, or
 *     `observe` throws a `RangeError`; so does a `NaN` value. Each distinct label set is its
 *     own series.
 *   - `quantile(q, labels?)` — estimate the q-quantile of one series as Prometheus's
 *     `histogram_quantile()` does for classic histograms:
 *     - no observations in that series (or no such series) → `NaN`; q < 0 → `-Infinity`;
 *       q > 1 → `+Infinity`;
 *     - rank = q × count; find the first bucket that holds at least one observation and whose
 *       cumulative count is >= rank;
 *     - if that is the `+Inf` bucket, return the highest finite bound;
 *     - if it is the lowest bucket and its bound is <= 0, return that bound;
 *     - otherwise interpolate linearly: lower + (upper − lower) × (rank − countBelow) / countIn,
 *       where lower is the previous bucket's bound (0 for the lowest bucket), countBelow the
 *       cumulative count of the buckets before it, countIn its own count.
 *   - `expose()` — the text format, every line ending in `\n` (the last one too):
 *     ```
 *     # HELP <name> <help>
 *     # TYPE <name> histogram
 *     <name>_bucket{<labels>,le="<bound>"} <cumulative count>   one line per bound, ascending
 *     <name>_bucket{<labels>,le="+Inf"} <count>                 always equal to _count
 *     <name>_sum{<labels>} <sum>
 *     <name>_count{<labels>} <count>
 *     ```
 *     Bounds and numbers are written with `String(n)`. Labels are written `key="value"` in
 *     `labelNames` order, comma-separated, with `le` last; with no labels, `_sum` and `_count`
 *     have no braces and buckets have just `{le="..."}`. Series appear in the order they were
 *     first observed. A histogram without labels always exposes its one series (all zeros before
 *     any observation); a labelled one exposes only observed series, so before that just HELP
 *     and TYPE. In label values escape `\` as `\\`, `"` as `\"` and a line feed as `\n`; in
 *     HELP text escape `\` and line feed the same way.
 *
 * Example
 *   const h = new Histogram({ name: "req_seconds", help: "Request time.", buckets: [0.1, 0.5, 1] });
 *   for (const v of [0.05, 0.2, 0.3, 0.7]) h.observe(v);
 *   h.quantile(0.5); // ≈ 0.3: rank 2 is 1 of the 2 in (0.1, 0.5] → 0.1 + 0.4 × 1/2
 *   h.expose();
 *   // # HELP req_seconds Request time.
 *   // # TYPE req_seconds histogram
 *   // req_seconds_bucket{le="0.1"} 1
 *   // req_seconds_bucket{le="0.5"} 3
 *   // req_seconds_bucket{le="1"} 4
 *   // req_seconds_bucket{le="+Inf"} 4
 *   // req_seconds_sum 1.25
 *   // req_seconds_count 4
 */

export type Labels = Record<string, string>;

export interface HistogramOptions {
  name: string;
  help: string;
  buckets: number[];
  labelNames?: string[];
}

export class Histogram {
  constructor(options: HistogramOptions) {
    void options;
    throw new Error("not implemented");
  }

  observe(value: number, labels: Labels = {}): void {
    void value;
    void labels;
    throw new Error("not implemented");
  }

  quantile(q: number, labels: Labels = {}): number {
    void q;
    void labels;
    throw new Error("not implemented");
  }

  expose(): string {
    throw new Error("not implemented");
  }
}
