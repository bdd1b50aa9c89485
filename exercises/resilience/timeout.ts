/**
 * Timeouts that cancel the work
 *
 * What you build
 *   `withTimeout(work, ms, signal?)`: give any async call a deadline, reject with a typed
 *   `TimeoutError` when it passes, and tell the work to stop through an `AbortSignal`.
 *
 * Why it matters
 *   A call without a timeout holds its socket, its memory and the caller's request for as long as
 *   the slowest dependency likes; under load those calls pile up until the whole service stalls.
 *   A typed error lets the layers above tell "it was too slow" (worth a retry, kata 2) from "the
 *   caller gave up" (not worth one), and aborting the work frees what it holds instead of letting
 *   it run on for nobody. (`node-internals/abort-controller` met `AbortSignal`; this kata builds
 *   the timeout the rest of this phase relies on.)
 *
 * Your task
 *   Implement `withTimeout<T>(work, ms, signal?): Promise<T>`.
 *   - `work` is either a function `(signal: AbortSignal) => Promise<T>`, which `withTimeout` calls
 *     once, straight away, with a signal of its own (the "work signal"), or a plain `Promise<T>`
 *     (which cannot be cancelled: `withTimeout` only stops waiting for it).
 *   - If the work settles first, `withTimeout` settles the same way: it resolves with the value,
 *     or rejects with the very same error object. The work signal is left un-aborted.
 *     A work function that throws synchronously counts as a rejection with that error.
 *   - If `ms` milliseconds pass first, it rejects with a `TimeoutError` (provided below, use it
 *     as it is) whose `ms` is the timeout, and aborts the work signal with that same
 *     `TimeoutError` object as its `reason`. A result that arrives later is ignored.
 *   - `signal` is the caller's optional signal. If it aborts first, `withTimeout` rejects with
 *     `signal.reason` and aborts the work signal with that same reason. If it is already aborted
 *     when `withTimeout` is called, it rejects with `signal.reason` at once, never calls the work
 *     function and starts no timer.
 *   - No leaks: once the returned promise has settled, whichever way, no timer is pending and no
 *     `abort` listener is left on `signal`. Use `setTimeout` / `clearTimeout` (the suite uses
 *     fake timers and counts pending ones).
 *   - If `ms` is not a finite number >= 0, the returned promise rejects with a `RangeError`
 *     (return a rejected promise; do not throw).
 *
 * Example
 *   const user = await withTimeout((signal) => fetch(url, { signal }), 2_000);
 *   // the fetch took 5 s: after 2 s withTimeout rejects with TimeoutError { ms: 2000 } and the
 *   // fetch is aborted with that error as its reason
 *   await withTimeout(db.query("select 1"), 500); // a plain promise: raced, not cancelled
 *   const shutdown = new AbortController();
 *   withTimeout(work, 10_000, shutdown.signal); shutdown.abort(new Error("shutting down"));
 *   // rejects at once with Error("shutting down"); the work signal is aborted too
 */

export class TimeoutError extends Error {
  override name = "TimeoutError";
  readonly ms: number;

  constructor(ms: number) {
    super(`timed out after ${ms} ms`);
    this.ms = ms;
  }
}

export type Work<T> = Promise<T> | ((signal: AbortSignal) => Promise<T>);

export function withTimeout<T>(work: Work<T>, ms: number, signal?: AbortSignal): Promise<T> {
  void work;
  void ms;
  void signal;
  throw new Error("not implemented");
}
