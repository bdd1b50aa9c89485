/**
 * Bulkheads
 *
 * What you build
 *   `Bulkheads`: a separate, bounded concurrency pool for each dependency, so that one slow
 *   dependency can use up only its own pool and never the capacity the others need.
 *
 * Why it matters
 *   A ship's bulkheads keep one flooded compartment from sinking the ship. In a service, the
 *   "water" is requests stuck waiting on a slow dependency: with one shared connection pool,
 *   worker pool or concurrency limit, a hung payments API ties up every slot and the search and
 *   profile pages — whose dependencies are fine — fail too. Giving each dependency its own
 *   limit and its own short queue, and rejecting at once when both are full, confines the damage
 *   to the features that need the broken dependency. (It is the semaphore of
 *   rate-limiting/concurrency-limiter, once per dependency; the new idea is isolation.)
 *
 * Your task
 *   Implement `class Bulkheads`:
 *   - `constructor(pools)`: `pools` maps a pool name to `{ maxConcurrent, maxQueue }`.
 *     `maxConcurrent` must be a positive integer and `maxQueue` a non-negative integer, else
 *     `RangeError`. Pools share nothing: each has its own count of running tasks and its own
 *     queue.
 *   - `run(pool, fn): Promise<T>` runs `fn` in the named pool and settles like it (same value or
 *     same error; a synchronous throw becomes a rejection). Whichever way `fn` ends, its slot is
 *     released.
 *     - Fewer than `maxConcurrent` tasks running in that pool: `fn` starts at once.
 *     - Otherwise, if fewer than `maxQueue` calls wait in that pool's queue, the call waits; when
 *       a slot in that pool is released, the longest-waiting call of that pool starts (FIFO).
 *     - Otherwise `run` rejects with `BulkheadFullError` (provided below) whose `pool` is the
 *       pool's name, and `fn` never runs.
 *     - An unknown pool name: `run` rejects with a `RangeError`.
 *   - `stats(pool)` returns `{ active, queued }` for that pool: tasks running, calls waiting.
 *     An unknown pool name throws a `RangeError`.
 *
 * Example
 *   const bulkheads = new Bulkheads({
 *     payments: { maxConcurrent: 2, maxQueue: 1 },
 *     search: { maxConcurrent: 4, maxQueue: 10 },
 *   });
 *   // payments hangs: two calls run, one waits, the fourth rejects with BulkheadFullError
 *   // { pool: "payments" } — and bulkheads.run("search", query) still starts at once
 */

export class BulkheadFullError extends Error {
  override name = "BulkheadFullError";
  readonly pool: string;

  constructor(pool: string) {
    super(`bulkhead "${pool}" is full`);
    this.pool = pool;
  }
}

export interface PoolLimits {
  maxConcurrent: number;
  maxQueue: number;
}

export class Bulkheads {
  constructor(pools: Record<string, PoolLimits>) {
    // TODO: validate the limits and set up one pool per name.
    void pools;
  }

  run<T>(pool: string, fn: () => T | Promise<T>): Promise<T> {
    void pool;
    void fn;
    throw new Error("not implemented");
  }

  stats(pool: string): { active: number; queued: number } {
    void pool;
    throw new Error("not implemented");
  }
}
