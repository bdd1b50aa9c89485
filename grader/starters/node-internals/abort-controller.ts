/**
 * Cancellation with AbortController
 *
 * What you build
 *   Three cancellation helpers built on `AbortSignal`: an abortable `delay`, a `withTimeout`
 *   deadline, and `runAll`, which stops every task as soon as one fails or the caller gives up.
 *
 * Why it matters
 *   A backend that cannot cancel keeps working for clients that already left: database queries,
 *   upstream `fetch` calls and retries pile up after a timeout. `AbortSignal` is Node's standard
 *   cancellation token (`fetch`, `fs.promises`, `timers/promises`, `events.once`, streams all
 *   accept one), and forgetting to remove an `abort` listener is a classic memory leak on
 *   long-lived signals.
 *
 * Your task
 *   Every helper below that receives a `signal` must, once its promise has settled (resolved or
 *   rejected, for whatever reason), leave no `abort` listener on that signal and no pending timer.
 *   Use `setTimeout` / `clearTimeout` for time (the suite uses fake timers; `AbortSignal.timeout`
 *   would not be faked).
 *
 *   On abort, each helper rejects with `signal.reason` itself, as `fetch` does. (Node's
 *   `timers/promises` and `events.once` behave differently: they reject with a new `AbortError`
 *   whose `cause` is the reason.)
 *
 *   1. `delay(ms, signal?): Promise<void>` — resolves after `ms` milliseconds. If `signal` aborts
 *      first, clears the timer and rejects with `signal.reason`. If `signal` is already aborted,
 *      rejects with `signal.reason` at once without starting a timer.
 *
 *   2. `withTimeout(factory, ms, signal?): Promise<T>` — calls `factory(innerSignal)` with a signal
 *      of its own and settles with the factory's result (value or error) if it settles in time.
 *      - After `ms` milliseconds: rejects with a `DOMException` named "TimeoutError" and aborts
 *        `innerSignal` with that same error as its reason.
 *      - If the caller's `signal` aborts first: rejects with `signal.reason` and aborts
 *        `innerSignal` with that same reason.
 *      - If the caller's `signal` is already aborted: rejects with its reason and never calls
 *        `factory`.
 *
 *   3. `runAll(tasks, signal?): Promise<T[]>` — starts every task at once, passing all of them the
 *      same signal of its own, and resolves with their results in task order (`[]` for no tasks).
 *      - When a task rejects: aborts the shared signal with that error as its reason and rejects
 *        with that error (the first one, if several fail).
 *      - If the caller's `signal` aborts first: aborts the shared signal with `signal.reason` and
 *        rejects with `signal.reason`.
 *      - If the caller's `signal` is already aborted: rejects with its reason and starts no task.
 *
 * Example
 *   const controller = new AbortController();
 *   const slow = withTimeout((signal) => delay(5_000, signal), 1_000, controller.signal);
 *   // after 1 s: rejects with DOMException [TimeoutError]; the inner delay was aborted too
 *   await runAll([(s) => delay(10, s), async () => { throw new Error("boom"); }]);
 *   // rejects with Error("boom"); the 10 ms delay was aborted with that error as its reason
 */

export type Task<T> = (signal: AbortSignal) => Promise<T>;

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  void ms;
  void signal;
  throw new Error("not implemented");
}

export function withTimeout<T>(factory: Task<T>, ms: number, signal?: AbortSignal): Promise<T> {
  void factory;
  void ms;
  void signal;
  throw new Error("not implemented");
}

export function runAll<T>(tasks: readonly Task<T>[], signal?: AbortSignal): Promise<T[]> {
  void tasks;
  void signal;
  throw new Error("not implemented");
}
