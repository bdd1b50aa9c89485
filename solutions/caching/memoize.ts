/**
 * Memoize — reference solution.
 *
 * Memoization is "a cache keyed by the arguments": the bounded case reuses the O(1) LRU cache
 * from the previous kata, the unbounded case a plain Map. Both answer `has` without counting it
 * as a use, so `has` then `get` is a clean hit check that also works for `undefined` results.
 */
import { LruCache } from "./lru-cache.ts";

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

interface Store<V> {
  has(key: unknown): boolean;
  get(key: unknown): V | undefined;
  set(key: unknown, value: V): unknown;
  readonly size: number;
}

export function memoize<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
  options: MemoizeOptions<Args> = {},
): Memoized<Args, Result> {
  const { key = (...args: Args) => args[0], maxSize } = options;
  // LruCache throws the RangeError for a bad maxSize, and does so right here, not on first call.
  const createStore = (): Store<Result> =>
    maxSize === undefined ? new Map<unknown, Result>() : new LruCache<unknown, Result>(maxSize);
  let store = createStore();

  const memoized = (...args: Args): Result => {
    const k = key(...args);
    if (store.has(k)) return store.get(k) as Result;
    const result = fn(...args); // if this throws, nothing is stored
    store.set(k, result);
    return result;
  };

  const cache: MemoizedCache = {
    get size() {
      return store.size;
    },
    clear: () => {
      store = createStore();
    },
  };
  return Object.assign(memoized, { cache });
}
