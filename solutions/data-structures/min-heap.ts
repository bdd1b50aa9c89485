/**
 * Min-heap priority queue — reference solution.
 *
 * Heap invariant: for every index i > 0, compare(items[parent(i)], items[i]) <= 0, where
 * parent(i) = (i - 1) >> 1 and the children of i are 2i + 1 and 2i + 2. So items[0] is the minimum.
 */
export type Comparator<T> = (a: T, b: T) => number;

export class MinHeap<T> {
  readonly #compare: Comparator<T>;
  readonly #items: T[];

  constructor(compare: Comparator<T>, items: readonly T[] = []) {
    this.#compare = compare;
    this.#items = [...items];
    // Bottom-up heapify: sift down every internal node, last one first. Most nodes sit near the
    // bottom and move only a level or two, which is why this is O(n) rather than n pushes' O(n log n).
    for (let i = (this.#items.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
  }

  push(item: T): void {
    this.#items.push(item);
    this.#siftUp(this.#items.length - 1);
  }

  pop(): T | undefined {
    const items = this.#items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as T;
    if (items.length > 0) {
      items[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  peek(): T | undefined {
    return this.#items.length === 0 ? undefined : this.#items[0];
  }

  get size(): number {
    return this.#items.length;
  }

  #siftUp(index: number): void {
    const items = this.#items;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#compare(items[index], items[parent]) >= 0) return;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  #siftDown(index: number): void {
    const items = this.#items;
    const n = items.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= n) return;
      const right = left + 1;
      const child = right < n && this.#compare(items[right], items[left]) < 0 ? right : left;
      if (this.#compare(items[child], items[index]) >= 0) return;
      [items[index], items[child]] = [items[child], items[index]];
      index = child;
    }
  }
}
