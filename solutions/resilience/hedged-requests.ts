/**
 * Hedged requests — reference solution.
 */

export class LatencyWindow {
  readonly #capacity: number;
  readonly #samples: number[] = []; // oldest first; at most `capacity`

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#samples.length;
  }

  record(ms: number): void {
    this.#samples.push(ms);
    if (this.#samples.length > this.#capacity) this.#samples.shift();
  }

  /** Nearest-rank percentile. Sorting on every read is fine for a few hundred samples; a busy
   *  client keeps a histogram (HdrHistogram, a t-digest) instead. */
  percentile(p: number): number | undefined {
    if (!(p > 0 && p <= 100)) throw new RangeError(`p must be in (0, 100], got ${p}`);
    if (this.#samples.length === 0) return undefined;
    const sorted = [...this.#samples].sort((a, b) => a - b);
    return sorted[Math.ceil((p / 100) * sorted.length) - 1];
  }
}

export interface HedgeOptions {
  delayMs: number;
  maxHedges: number;
}

export function hedged<T>(attempt: (signal: AbortSignal, index: number) => Promise<T>, { delayMs, maxHedges }: HedgeOptions): Promise<T> {
  if (!Number.isFinite(delayMs) || delayMs < 0) return Promise.reject(new RangeError(`delayMs must be a finite number >= 0, got ${delayMs}`));
  if (!Number.isInteger(maxHedges) || maxHedges < 0) return Promise.reject(new RangeError(`maxHedges must be a non-negative integer, got ${maxHedges}`));

  return new Promise<T>((resolve, reject) => {
    const controllers: AbortController[] = [];
    let inFlight = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const launch = () => {
      clearTimeout(timer);
      timer = undefined;
      const index = controllers.length;
      const controller = new AbortController();
      controllers.push(controller);
      inFlight++;
      if (index < maxHedges) timer = setTimeout(launch, delayMs);
      let pending: Promise<T>;
      try {
        pending = attempt(controller.signal, index);
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (value) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          controllers.forEach((c, i) => i !== index && c.abort(new Error("another attempt won the race")));
          resolve(value);
        },
        (error: unknown) => {
          inFlight--;
          if (done || inFlight > 0) return; // someone may still win
          if (controllers.length <= maxHedges) return launch(); // nothing in flight: hedge now
          done = true;
          reject(error);
        },
      );
    };
    launch();
  });
}
