/**
 * Binary search
 *
 * What you build
 *   A search over a sorted array that returns the first and last index of a target, or the index
 *   where it would be inserted when it is absent, in O(log n) comparisons.
 *
 * Why it matters
 *   Sorted arrays are the cheapest index there is: finding every log line or trade at one
 *   timestamp, a range query in an in-memory table, the block lookup inside an LSM-tree SSTable,
 *   picking a node on a consistent-hash ring. "Find one match" is not enough when keys repeat;
 *   you need the whole run, and an off-by-one here silently drops or duplicates rows.
 *
 * Your task
 *   Implement `searchRange(sorted, target, compare)`:
 *   - `sorted` is in ascending order according to `compare` and may contain repeated keys.
 *   - `compare(a, b)` returns a negative number if a sorts before b, 0 if they are equal and a
 *     positive number if a sorts after b (any magnitude, not just -1/0/1 — the same contract as
 *     `Array.prototype.sort`). Decide order and equality ONLY through `compare`: elements it calls
 *     equal may be different objects or values (rows with the same key, "apple" vs "APPLE" under a
 *     case-insensitive comparator), so `===` and `indexOf` give wrong answers.
 *   - When some elements compare equal to `target`, return `{ found: true, first, last }`: the
 *     lowest and highest such index.
 *   - Otherwise return `{ found: false, insertAt }`: the index at which `target` could be inserted
 *     keeping the order, i.e. the number of elements that sort before it (0 … sorted.length).
 *   - Never pass `compare` anything but elements of `sorted` and `target` (no reads past either end).
 *   - O(log n): the suite counts `compare` calls. On 1 000 000 elements a search may make at most
 *     64 calls (a linear scan needs up to a million), including when every element equals the target.
 *
 * Example
 *   const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
 *   const rows = [1, 3, 3, 3, 8].map((key) => ({ key }));
 *   searchRange(rows, { key: 3 }, byKey);   // { found: true, first: 1, last: 3 }
 *   searchRange(rows, { key: 5 }, byKey);   // { found: false, insertAt: 4 }
 *   searchRange([], { key: 5 }, byKey);     // { found: false, insertAt: 0 }
 */

export type Comparator<T> = (a: T, b: T) => number;

export type SearchResult =
  | { found: true; first: number; last: number }
  | { found: false; insertAt: number };

export function searchRange<T>(sorted: readonly T[], target: T, compare: Comparator<T>): SearchResult {
  void sorted;
  void target;
  void compare;
  throw new Error("not implemented");
}
