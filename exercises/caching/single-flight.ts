/**
 * Single-flight
 *
 * What you build
 *   A `SingleFlight` group that lets concurrent callers asking for the same key share one
 *   in-flight async load instead of each starting their own.
 *
 * Why it matters
 *   When a hot cache entry expires, hundreds of requests miss at once and all hit the database
 *   for the same row: a cache stampede (or "thundering herd") that can take the database down.
 *   Collapsing concurrent loads into one, as Go's `singleflight` package and most cache loaders
 *   (Caffeine, DataLoader, Varnish request coalescing) do, turns N identical queries into one.
 *   Unlike memoize, it remembers nothing once the load has settled: it deduplicates, it does not
 *   cache.
 *
 * Your task
 *   Implement `class SingleFlight<K, V>` with one method,
 *   `run(key: K, load: () => Promise<V>): Promise<V>`:
 *   - If no load for `key` is in flight, `run` calls `load()` immediately (synchronously, before
 *     returning) and returns a promise of its result.
 *   - While that load is in flight, every other `run` with the same key (compared like `Map`
 *     keys) does NOT call its own `load`: it gets a promise that settles the same way as the
 *     first one — fulfilled with the same value, or rejected with the same error.
 *   - Different keys never wait for each other: each has its own load.
 *   - Once the load has settled (fulfilled or rejected), the key is forgotten before any caller
 *     sees the outcome, so the next `run` for it calls `load` again. In particular a rejected load
 *     is never remembered: the next call retries.
 *   - If `load` throws synchronously instead of returning a promise, `run` returns a rejected
 *     promise with that error (it does not throw) and the key is not left in flight.
 *
 * Example
 *   const flights = new SingleFlight<string, User>();
 *   const a = flights.run("u1", () => db.findUser("u1"));   // starts the query
 *   const b = flights.run("u1", () => db.findUser("u1"));   // shares it: no second query
 *   (await a) === (await b);                                 // true: one result for both
 *   await flights.run("u1", () => db.findUser("u1"));       // settled before: a new query
 */

export class SingleFlight<K, V> {
  run(key: K, load: () => Promise<V>): Promise<V> {
    void key;
    void load;
    throw new Error("not implemented");
  }
}
