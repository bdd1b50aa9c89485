/**
 * Memoize
 *
 * What you build
 *   A `memoize` wrapper that remembers a function's results by key, with an optional size bound
 *   that evicts the least recently used result.
 *
 * Why it matters
 *   Pure but expensive work (parsing a config, compiling a regex or template, hashing, pricing a
 *   basket) is often repeated with the same input in a hot path. Memoizing it is the cheapest
 *   cache there is, and the classic bugs are all here: unbounded growth that becomes a memory
 *   leak, a missing result (`undefined`) mistaken for a miss, and a one-off failure cached forever.
 *
 * Your task
 *   Implement `memoize(fn, options?)`, returning a function `memoized` with the same parameters
 *   and return type as `fn`:
 *   - The cache key is `options.key(...args)` if given, otherwise the FIRST argument only
 *     (later arguments are ignored by the default key). Keys are compared like `Map` keys:
 *     primitives by value, objects by identity.
 *   - On a miss, `memoized` calls `fn` with all the arguments, stores
 *     the result and returns it. On a hit it returns the stored result without calling `fn`.
 *     Every result counts, including `undefined`, `null`, `0` and `false`.
 *   - If `fn` throws, the error propagates and nothing is stored: the next call with that key
 *     calls `fn` again. (Promises are results like any other, so a rejected promise would be
 *     stored: the single-flight kata deals with async loads.)
 *   - `options.maxSize` bounds the number of stored results (default: unbounded). It must be a
 *     positive integer, otherwise `memoize` throws a `RangeError`. When storing a new key would
 *     exceed it, first evict the least recently used key; a hit counts as a use.
 *   - `memoized.cache.size` is the number of stored results; `memoized.cache.clear()` forgets
 *     them all.
 *   A hit and a miss must be O(1): the suite makes 300 000 calls with a large `maxSize`.
 *
 * Example
 *   const square = memoize((n: number) => n * n, { maxSize: 2 });
 *   square(3);          // 9, calls fn
 *   square(3);          // 9, from the cache
 *   square(4); square(5);   // evicts 3, the least recently used
 *   square.cache.size;  // 2
 *   const area = memoize((w: number, h: number) => w * h, { key: (w, h) => `${w}x${h}` });
 */

export interface MemoizeOptions<Args extends unknown[]> {
  /** Computes the cache key from the arguments. Default: the first argument. */
  key?: (...args: Args) => unknown;
  /** The most results to keep; the least recently used is evicted first. Default: unbounded. */
  maxSize?: number;
}

export interface MemoizedCache {
  readonly size: number;
  clear(): void;
}

export type Memoized<Args extends unknown[], Result> = ((...args: Args) => Result) & {
  readonly cache: MemoizedCache;
};

export function memoize<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
  options: MemoizeOptions<Args> = {},
): Memoized<Args, Result> {
  void fn;
  void options;
  throw new Error("not implemented");
}
