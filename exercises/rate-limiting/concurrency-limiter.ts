/**
 * Concurrency limiter (semaphore)
 *
 * What you build
 *   A semaphore that runs at most N async tasks at once, queues the rest in FIFO order, and sheds
 *   load when the queue is full or a task has waited too long.
 *
 * Why it matters
 *   Rate limits cap requests per second; concurrency limits cap requests in flight, which is what
 *   actually exhausts a database connection pool, a downstream API or memory. Bulkheads in
 *   resilience libraries, `p-limit`, and the max-connections setting of every pool are semaphores,
 *   and a bounded queue with a timeout is how they fail fast instead of piling up latency.
 *
 * Your task
 *   Implement `class Semaphore`:
 *   - `constructor(maxConcurrent, { maxQueue, queueTimeoutMs } = {})`
 *     - `maxConcurrent`: a positive integer, else `RangeError`.
 *     - `maxQueue`: how many calls may wait; a non-negative integer or `Infinity` (the default),
 *       else `RangeError`. `0` means "never wait".
 *     - `queueTimeoutMs`: optional; a positive finite number, else `RangeError`. Without it a
 *       waiter is never rejected, however long it waits: it waits until a slot frees up.
 *   - `run<T>(fn: () => T | Promise<T>): Promise<T>` — runs `fn` when a slot is free and settles
 *     like it: resolves with its result, or rejects with its error (a synchronous throw from `fn`
 *     also becomes a rejection). Whichever way `fn` ends, its slot is released.
 *     - If fewer than `maxConcurrent` tasks are active, `fn` starts right away.
 *     - Otherwise the call waits in a FIFO queue; when a slot is released the longest-waiting
 *       call starts.
 *     - If `maxQueue` calls are already waiting, `run` rejects at once with a `QueueFullError`
 *       and `fn` never runs.
 *     - A call that has waited `queueTimeoutMs` without starting is removed from the queue and
 *       rejected with a `QueueTimeoutError`; its `fn` never runs. A call that started in time is
 *       never rejected by the timeout.
 *   - `get active(): number` — tasks started and not yet settled.
 *   - `get pending(): number` — calls waiting in the queue.
 *   `QueueFullError` and `QueueTimeoutError` are provided below; use them as they are.
 *
 * Example
 *   const sem = new Semaphore(2, { maxQueue: 1, queueTimeoutMs: 5_000 });
 *   sem.run(() => query("a"));   // starts
 *   sem.run(() => query("b"));   // starts
 *   sem.run(() => query("c"));   // waits: sem.active === 2, sem.pending === 1
 *   sem.run(() => query("d"));   // rejects with QueueFullError
 *   // when "a" settles, "c" starts; had it waited 5 s, it would reject with QueueTimeoutError
 */

export class QueueFullError extends Error {
  override name = "QueueFullError";
}

export class QueueTimeoutError extends Error {
  override name = "QueueTimeoutError";
}

export interface SemaphoreOptions {
  maxQueue?: number;
  queueTimeoutMs?: number;
}

export class Semaphore {
  constructor(maxConcurrent: number, options: SemaphoreOptions = {}) {
    // TODO: validate the arguments and set up your state.
    void maxConcurrent;
    void options;
  }

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    void fn;
    throw new Error("not implemented");
  }

  get active(): number {
    throw new Error("not implemented");
  }

  get pending(): number {
    throw new Error("not implemented");
  }
}
