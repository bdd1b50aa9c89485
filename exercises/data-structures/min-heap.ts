/**
 * Min-heap priority queue
 *
 * What you build
 *   A priority queue backed by a binary min-heap in a plain array, ordered by a comparator you
 *   pass in, that can also be built from an existing array in linear time.
 *
 * Why it matters
 *   "Give me the most urgent thing next" is everywhere in a backend: job schedulers running the
 *   earliest deadline first, timers (Node keeps its timer lists in a binary heap), retry queues ordered by next-attempt time, Dijkstra
 *   for routing, merging k sorted streams, keeping the top-k slowest requests. A sorted array
 *   costs O(n) per insert; a heap does both insert and remove-min in O(log n).
 *
 * Your task
 *   Implement `class MinHeap<T>`:
 *   - `constructor(compare, items = [])` — `compare(a, b)` is negative when a should come out
 *     before b, positive when after, 0 when either order will do (like `Array.prototype.sort`).
 *     `items` become the initial contents; build the heap from them in O(n) ("heapify") and do not
 *     modify the array passed in.
 *   - `push(item: T): void` — adds an item.
 *   - `pop(): T | undefined` — removes and returns the smallest item; `undefined` when empty.
 *   - `peek(): T | undefined` — the smallest item without removing it; `undefined` when empty.
 *   - `get size(): number` — how many items are stored.
 *   Items that compare equal may come out in any order among themselves, but none is lost.
 *   The suite counts `compare` calls to prove the complexity: building from 50 000 items (sorted
 *   descending, or shuffled) may make at most 100 000 calls (2n), and with 50 000 items stored, a
 *   single `push` or `pop` may make at most 40 (≈ 2·log₂ n + a few). It also runs 200 000 pushes
 *   and pops, so no operation may copy or shift the whole array.
 *
 * Example
 *   const tasks = new MinHeap<{ name: string; due: number }>((a, b) => a.due - b.due);
 *   tasks.push({ name: "email", due: 30 });
 *   tasks.push({ name: "backup", due: 10 });
 *   tasks.peek()?.name;   // "backup"
 *   tasks.pop()?.name;    // "backup"
 *   tasks.size;           // 1
 *   new MinHeap<number>((a, b) => a - b, [5, 1, 4]).pop();   // 1
 */

export type Comparator<T> = (a: T, b: T) => number;

export class MinHeap<T> {
  constructor(compare: Comparator<T>, items: readonly T[] = []) {
    // TODO: keep the comparator and build the heap from `items`.
    void compare;
    void items;
  }

  push(item: T): void {
    void item;
    throw new Error("not implemented");
  }

  pop(): T | undefined {
    throw new Error("not implemented");
  }

  peek(): T | undefined {
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }
}
