/**
 * Hedged requests
 *
 * What you build
 *   `hedged(attempt, { delayMs, maxHedges })`: send a request; if it has not succeeded after
 *   `delayMs`, send a copy (a "hedge") too, take whichever succeeds first and cancel the rest.
 *   And `LatencyWindow`, which keeps recent latencies so the delay can be the observed p95.
 *
 * Why it matters
 *   In a service that fans out to many backends, the slowest reply decides the response time,
 *   and some reply is almost always stuck behind a GC pause, a busy disk or a noisy neighbour.
 *   Jeff Dean and Luiz Barroso's "The Tail at Scale" describes hedging: wait until the first
 *   request has taken longer than, say, the 95th-percentile latency, then send a second, so
 *   only the slowest few percent of requests cost an extra one. A retry (kata 2) waits for a
 *   failure; a hedge acts on slowness, and it is only safe for requests that may run twice
 *   (reads, or writes with an idempotency key, kata 5).
 *
 * Your task
 *   1. `class LatencyWindow`:
 *      - `constructor(capacity)` — keeps the `capacity` most recent samples (a positive integer,
 *        else `RangeError`); recording one more drops the oldest.
 *      - `record(ms)`, and `get size()` — the number of samples kept.
 *      - `percentile(p)` — p in (0, 100], else `RangeError`. `undefined` with no samples.
 *        Otherwise the nearest-rank percentile: sort the samples ascending and return the one at
 *        1-based rank `Math.ceil(p / 100 * size)`. (p95 of 1..20 is 19; p50 of [10, 20, 30] is 20.)
 *
 *   2. `hedged(attempt, { delayMs, maxHedges }): Promise<T>` — `attempt(signal, index)` starts
 *      attempt number `index` (0 for the original, 1, 2, ... for hedges) and must stop when its
 *      `signal` aborts. Each attempt gets a signal of its own.
 *      - `delayMs` must be a finite number >= 0 and `maxHedges` a non-negative integer, else the
 *        returned promise rejects with a `RangeError`.
 *      - Attempt 0 starts at once. Each time `delayMs` passes after the latest attempt started
 *        without any attempt having succeeded, the next attempt starts — at most `maxHedges` of
 *        them (so at most `maxHedges + 1` attempts in all).
 *      - The first attempt to resolve wins: `hedged` resolves with its value, aborts the signal
 *        of every other attempt it started (any reason), and starts no more.
 *      - A rejection does not end the race while another attempt is still running. If an
 *        attempt rejects and none is left running, the next attempt starts at once when one is
 *        still allowed; otherwise `hedged` rejects with that (the last) error.
 *        A synchronous throw from `attempt` counts as a rejection.
 *      - No timer may be left pending once `hedged` has settled. Use `setTimeout` /
 *        `clearTimeout` (the suite uses fake timers).
 *
 * Example
 *   const latencies = new LatencyWindow(200);
 *   const delayMs = latencies.percentile(95) ?? 50;        // 50 ms until there is data
 *   const user = await hedged((signal) => fetch(replicaUrl(), { signal }), { delayMs, maxHedges: 1 });
 *   // the first replica answers in 30 ms → one request; it stalls → a second at 50 ms, and
 *   // whichever answers first wins while the other is aborted
 */

export class LatencyWindow {
  constructor(capacity: number) {
    // TODO: validate capacity and set up your state.
    void capacity;
  }

  get size(): number {
    throw new Error("not implemented");
  }

  record(ms: number): void {
    void ms;
    throw new Error("not implemented");
  }

  percentile(p: number): number | undefined {
    void p;
    throw new Error("not implemented");
  }
}

export interface HedgeOptions {
  delayMs: number;
  maxHedges: number;
}

export function hedged<T>(attempt: (signal: AbortSignal, index: number) => Promise<T>, options: HedgeOptions): Promise<T> {
  void attempt;
  void options;
  throw new Error("not implemented");
}
