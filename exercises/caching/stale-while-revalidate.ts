/**
 * Stale-while-revalidate
 *
 * What you build
 *   A cache that answers from a slightly stale value instantly while it refreshes that value in
 *   the background, and only makes callers wait when the value is too old to serve.
 *
 * Why it matters
 *   `Cache-Control: stale-while-revalidate` lets CDNs (Fastly, for one) and browsers keep
 *   latency flat when entries expire; SWR/React Query and service-side config or feature-flag
 *   caches do the same. Callers never queue behind a refresh, one refresh per key protects the
 *   origin, and a failing origin degrades to slightly old data instead of errors.
 *
 * Your task
 *   Implement `class SwrCache<K, V>` with `constructor({ load, ttlMs, staleWindowMs, now, onError? })`:
 *   `load(key)` fetches a value; `now()` is the clock in milliseconds. Throws a `RangeError` if
 *   `ttlMs` or `staleWindowMs` is negative; 0 is allowed for both (with `ttlMs: 0` a value is
 *   stale as soon as it is loaded; with `staleWindowMs: 0` it is never served stale).
 *   An entry's age is `now() - loadedAt`, where `loadedAt` is read when its load RESOLVES. (HTTP
 *   caches count more conservatively, from the request: RFC 9111 §4.2.3 adds the time the
 *   response took to arrive to its age. Here a slow load starts its life fresh.)
 *   `get(key): Promise<V>`:
 *   - fresh, `age < ttlMs` → the cached value; no load.
 *   - stale, `ttlMs <= age < ttlMs + staleWindowMs` → resolve with the cached value right away,
 *     without waiting for any load, and start a background refresh of that key unless one is
 *     already running. When the refresh resolves it replaces the entry (new value, new loadedAt).
 *   - too old (`age >= ttlMs + staleWindowMs`) or never loaded → wait for a load and resolve with
 *     its value.
 *   - At most one load per key runs at a time: concurrent calls that need a load share the one
 *     already running (a refresh in flight included) and `load` is not called again.
 *   - A `get` that needs a load calls `load(key)` before it returns its promise (synchronously,
 *     as in the single-flight kata), so a caller can see that the load has started.
 *   - A failed background refresh keeps the stale entry, calls `onError(error, key)` (if given)
 *     once, however many stale reads it served, and never surfaces as an unhandled rejection;
 *     the next stale `get` starts a new refresh.
 *   - A failed load that callers wait for rejects their `get` with that error (and does not call
 *     `onError`); nothing is cached, so the next `get` calls `load` again.
 *   Keys are independent.
 *
 * Example
 *   const flags = new SwrCache({ load: fetchFlags, ttlMs: 1_000, staleWindowMs: 60_000, now: Date.now });
 *   await flags.get("eu");  // t=0: waits for fetchFlags("eu")
 *   await flags.get("eu");  // t=500: fresh, from the cache
 *   await flags.get("eu");  // t=5 000: stale value at once; fetchFlags("eu") runs in the background
 *   await flags.get("eu");  // t=90 000: too old, waits for a new load
 */

export interface SwrOptions<K, V> {
  load: (key: K) => Promise<V>;
  /** How long a loaded value is fresh, in milliseconds. */
  ttlMs: number;
  /** How long after `ttlMs` a value may still be served while it is refreshed. */
  staleWindowMs: number;
  /** Current time in milliseconds. */
  now: () => number;
  /** Called when a background refresh fails. */
  onError?: (error: unknown, key: K) => void;
}

export class SwrCache<K, V> {
  constructor(options: SwrOptions<K, V>) {
    // TODO: validate the options and set up storage for entries and loads in flight.
    void options;
  }

  get(key: K): Promise<V> {
    void key;
    throw new Error("not implemented");
  }
}
