/**
 * Fixed-bucket histogram — reference solution.
 *
 * Counts are kept per bucket (not cumulative) so observe() touches one slot; expose() and
 * quantile() accumulate them. A histogram stores counts, not values: every quantile is an
 * estimate whose error is bounded by the width of the bucket it falls in, which is why bucket
 * boundaries should sit near the latencies you alert on.
 */

export type Labels = Record<string, string>;

export interface HistogramOptions {
  name: string;
  help: string;
  buckets: number[];
  labelNames?: string[];
}

interface SeriesState {
  labels: Labels;
  counts: number[]; // counts[i] = observations in (buckets[i-1], buckets[i]]; the rest are in +Inf only
  sum: number;
  count: number;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const escapeLabelValue = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
const escapeHelp = (text: string) => text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");

export class Histogram {
  readonly #name: string;
  readonly #help: string;
  readonly #buckets: number[];
  readonly #labelNames: string[];
  readonly #series = new Map<string, SeriesState>();

  constructor({ name, help, buckets, labelNames = [] }: HistogramOptions) {
    if (!METRIC_NAME.test(name)) throw new RangeError(`invalid metric name "${name}"`);
    for (const label of labelNames) {
      if (!LABEL_NAME.test(label) || label === "le") throw new RangeError(`invalid label name "${label}"`);
    }
    if (buckets.length === 0) throw new RangeError("at least one bucket is required");
    buckets.forEach((bound, i) => {
      if (!Number.isFinite(bound)) throw new RangeError(`bucket bounds must be finite, got ${bound}`);
      if (i > 0 && bound <= buckets[i - 1]) throw new RangeError("bucket bounds must be strictly increasing");
    });
    this.#name = name;
    this.#help = help;
    this.#buckets = [...buckets];
    this.#labelNames = [...labelNames];
    if (this.#labelNames.length === 0) this.#state({});
  }

  observe(value: number, labels: Labels = {}): void {
    if (Number.isNaN(value)) throw new RangeError("cannot observe NaN");
    const state = this.#state(labels);
    const i = this.#buckets.findIndex((bound) => value <= bound);
    if (i >= 0) state.counts[i]++;
    state.sum += value;
    state.count++;
  }

  /** The q-quantile, estimated as Prometheus's histogram_quantile() does for classic histograms. */
  quantile(q: number, labels: Labels = {}): number {
    const state = this.#series.get(this.#key(labels));
    if (!state || state.count === 0) return NaN;
    if (q < 0) return -Infinity;
    if (q > 1) return Infinity;
    const rank = q * state.count;
    let below = 0; // observations in the buckets before i
    for (let i = 0; i < this.#buckets.length; i++) {
      const inBucket = state.counts[i];
      if (inBucket > 0 && below + inBucket >= rank) {
        const upper = this.#buckets[i];
        if (i === 0 && upper <= 0) return upper;
        const lower = i === 0 ? 0 : this.#buckets[i - 1];
        return lower + (upper - lower) * ((rank - below) / inBucket);
      }
      below += inBucket;
    }
    // The rank lies in the +Inf bucket, which has no upper bound to interpolate towards.
    return this.#buckets[this.#buckets.length - 1];
  }

  /** The Prometheus text exposition format (version 0.0.4). */
  expose(): string {
    const lines = [`# HELP ${this.#name} ${escapeHelp(this.#help)}`, `# TYPE ${this.#name} histogram`];
    for (const state of this.#series.values()) {
      const pairs = this.#labelNames.map((label) => `${label}="${escapeLabelValue(state.labels[label])}"`);
      const withLe = (le: string) => `{${[...pairs, `le="${le}"`].join(",")}}`;
      const plain = pairs.length > 0 ? `{${pairs.join(",")}}` : "";
      let cumulative = 0;
      this.#buckets.forEach((bound, i) => {
        cumulative += state.counts[i];
        lines.push(`${this.#name}_bucket${withLe(String(bound))} ${cumulative}`);
      });
      lines.push(`${this.#name}_bucket${withLe("+Inf")} ${state.count}`);
      lines.push(`${this.#name}_sum${plain} ${state.sum}`);
      lines.push(`${this.#name}_count${plain} ${state.count}`);
    }
    return lines.join("\n") + "\n";
  }

  #key(labels: Labels): string {
    return JSON.stringify(this.#labelNames.map((label) => labels[label]));
  }

  #state(labels: Labels): SeriesState {
    const given = Object.keys(labels);
    if (given.length !== this.#labelNames.length || !this.#labelNames.every((label) => typeof labels[label] === "string")) {
      throw new RangeError(`expected labels ${JSON.stringify(this.#labelNames)}, got ${JSON.stringify(given)}`);
    }
    const key = this.#key(labels);
    let state = this.#series.get(key);
    if (!state) {
      const own: Labels = {};
      for (const label of this.#labelNames) own[label] = labels[label];
      state = { labels: own, counts: new Array<number>(this.#buckets.length).fill(0), sum: 0, count: 0 };
      this.#series.set(key, state);
    }
    return state;
  }
}
