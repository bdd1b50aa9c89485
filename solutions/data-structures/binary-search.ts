/**
 * Binary search — reference solution.
 *
 * Both answers come from one helper: the first index whose element is not "before" the target
 * (lower bound) and the first index whose element is "after" it (upper bound). Everything equal to
 * the target sits in [lower, upper). Two searches of ⌈log₂(n+1)⌉ comparisons each, no scanning.
 */
export type Comparator<T> = (a: T, b: T) => number;

export type SearchResult =
  | { found: true; first: number; last: number }
  | { found: false; insertAt: number };

/** First index i in [0, n] such that !isBefore(sorted[i]); `isBefore` must be true then false along the array. */
function partitionPoint<T>(sorted: readonly T[], isBefore: (element: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length; // half-open: the answer is always in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function searchRange<T>(sorted: readonly T[], target: T, compare: Comparator<T>): SearchResult {
  const lower = partitionPoint(sorted, (element) => compare(element, target) < 0);
  const upper = partitionPoint(sorted, (element) => compare(element, target) <= 0);
  return lower === upper ? { found: false, insertAt: lower } : { found: true, first: lower, last: upper - 1 };
}
