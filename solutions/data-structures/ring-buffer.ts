/**
 * Ring buffer — reference solution.
 *
 * Invariant: the items live in slots head, head+1, …, head+count-1, all taken modulo capacity.
 * The tail is derived (head + count) rather than stored, so "empty" (count 0) and "full"
 * (count === capacity) can never be confused — the classic bug when head === tail means both.
 */
export class RingBuffer<T> {
  readonly #slots: (T | undefined)[];
  #head = 0;
  #count = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#slots = new Array<T | undefined>(capacity).fill(undefined);
  }

  enqueue(item: T): void {
    if (this.isFull()) throw new Error(`buffer is full (capacity ${this.capacity})`);
    this.#slots[(this.#head + this.#count) % this.capacity] = item;
    this.#count++;
  }

  dequeue(): T | undefined {
    if (this.#count === 0) return undefined;
    const item = this.#slots[this.#head];
    // Clear the slot so the buffer does not keep a dequeued object alive for the GC.
    this.#slots[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.capacity;
    this.#count--;
    return item;
  }

  peek(): T | undefined {
    return this.#count === 0 ? undefined : this.#slots[this.#head];
  }

  get size(): number {
    return this.#count;
  }

  get capacity(): number {
    return this.#slots.length;
  }

  isEmpty(): boolean {
    return this.#count === 0;
  }

  isFull(): boolean {
    return this.#count === this.capacity;
  }

  toArray(): T[] {
    const items: T[] = [];
    for (let i = 0; i < this.#count; i++) {
      items.push(this.#slots[(this.#head + i) % this.capacity] as T);
    }
    return items;
  }
}
