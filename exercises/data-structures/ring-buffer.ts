/**
 * Ring buffer
 *
 * What you build
 *   A fixed-capacity FIFO queue stored in one preallocated array whose start wraps around.
 *
 * Why it matters
 *   Bounded queues are how backends stay alive under load: a job queue that refuses work when full
 *   pushes back on its producers instead of eating all the memory. The same structure sits under
 *   socket and stream buffers, the Linux kernel's kfifo, and "keep the last N log lines" buffers.
 *   `Array.prototype.shift` is O(n), so a queue built on push/shift slows down as it grows.
 *
 * Your task
 *   Implement `class RingBuffer<T>`:
 *   - `constructor(capacity: number)` — throws a `RangeError` if `capacity` is not a positive integer.
 *   - `enqueue(item: T): void` — adds `item` at the back. When the buffer is full it throws an
 *     `Error` whose message contains "full" and leaves the contents unchanged (this buffer rejects;
 *     it never overwrites).
 *   - `dequeue(): T | undefined` — removes and returns the oldest item; `undefined` when empty.
 *   - `peek(): T | undefined` — the oldest item without removing it; `undefined` when empty.
 *   - `get size(): number` — how many items are stored; `get capacity(): number` — the capacity.
 *   - `isEmpty(): boolean` and `isFull(): boolean`.
 *   - `toArray(): T[]` — the stored items from oldest to newest (a copy).
 *   Falsy items such as 0 and "" are ordinary items. Keep the items in an array of length
 *   `capacity` allocated once, plus a head index and a count; every operation except `toArray`
 *   must be O(1) (no shift/unshift/splice): the suite runs 1 800 000 operations on 200 000 slots.
 *
 * Example
 *   const q = new RingBuffer<string>(2);
 *   q.enqueue("a");
 *   q.enqueue("b");
 *   q.enqueue("c");   // throws Error: buffer is full
 *   q.dequeue();      // "a"
 *   q.enqueue("c");   // fits: it reuses the slot "a" left, at the start of the array
 *   q.toArray();      // ["b", "c"]
 */

export class RingBuffer<T> {
  constructor(capacity: number) {
    // TODO: validate capacity and preallocate the slots.
    void capacity;
  }

  enqueue(item: T): void {
    void item;
    throw new Error("not implemented");
  }

  dequeue(): T | undefined {
    throw new Error("not implemented");
  }

  peek(): T | undefined {
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }

  get capacity(): number {
    throw new Error("not implemented");
  }

  isEmpty(): boolean {
    throw new Error("not implemented");
  }

  isFull(): boolean {
    throw new Error("not implemented");
  }

  toArray(): T[] {
    throw new Error("not implemented");
  }
}
