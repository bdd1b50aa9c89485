import { describe, expect, it } from "vitest";
import { RingBuffer } from "../../exercises/data-structures/ring-buffer.ts";

describe("RingBuffer", () => {
  it("dequeues items in the order they were enqueued", () => {
    const q = new RingBuffer<string>(3);
    q.enqueue("a");
    q.enqueue("b");
    q.enqueue("c");
    expect(q.dequeue()).toBe("a");
    expect(q.dequeue()).toBe("b");
    expect(q.dequeue()).toBe("c");
  });

  it("peeks at the oldest item without removing it", () => {
    const q = new RingBuffer<number>(2);
    q.enqueue(1);
    q.enqueue(2);
    expect(q.peek()).toBe(1);
    expect(q.peek()).toBe(1);
    expect(q.size).toBe(2);
    expect(q.toArray()).toEqual([1, 2]);
  });

  it("reports size, capacity, isEmpty and isFull as it fills and drains", () => {
    const q = new RingBuffer<number>(2);
    expect(q.capacity).toBe(2);
    expect([q.size, q.isEmpty(), q.isFull()]).toEqual([0, true, false]);
    q.enqueue(1);
    expect([q.size, q.isEmpty(), q.isFull()]).toEqual([1, false, false]);
    q.enqueue(2);
    expect([q.size, q.isEmpty(), q.isFull()]).toEqual([2, false, true]);
    q.dequeue();
    q.dequeue();
    expect([q.size, q.isEmpty(), q.isFull()]).toEqual([0, true, false]);
  });

  it("returns undefined from dequeue and peek when empty", () => {
    const q = new RingBuffer<number>(2);
    expect(q.dequeue()).toBeUndefined();
    expect(q.peek()).toBeUndefined();
    q.enqueue(1);
    q.dequeue();
    expect(q.dequeue()).toBeUndefined();
    expect(q.size).toBe(0);
  });

  it("wraps around the end of its storage and keeps FIFO order", () => {
    const q = new RingBuffer<number>(3);
    const received: number[] = [];
    let next = 0;
    // Drain two, add two, many times: head and tail both pass the end of the array repeatedly.
    q.enqueue(next++);
    q.enqueue(next++);
    q.enqueue(next++);
    for (let round = 0; round < 10; round++) {
      received.push(q.dequeue() as number, q.dequeue() as number);
      q.enqueue(next++);
      q.enqueue(next++);
      expect(q.size).toBe(3);
    }
    received.push(...q.toArray());
    expect(received).toEqual(Array.from({ length: next }, (_, i) => i));
    const snapshot = q.toArray();
    expect(snapshot).toEqual([next - 3, next - 2, next - 1]);
    snapshot.length = 0; // toArray returns a copy: changing it must not touch the buffer
    expect(q.size).toBe(3);
    expect(q.peek()).toBe(next - 3);
  });

  it("stores falsy items such as 0 and the empty string", () => {
    const q = new RingBuffer<number | string>(3);
    q.enqueue(0);
    q.enqueue("");
    expect(q.size).toBe(2);
    expect(q.peek()).toBe(0);
    expect(q.dequeue()).toBe(0);
    expect(q.dequeue()).toBe("");
    expect(q.isEmpty()).toBe(true);
  });

  it("throws when enqueuing into a full buffer and leaves its contents unchanged", () => {
    const q = new RingBuffer<string>(2);
    q.enqueue("a");
    q.enqueue("b");
    expect(() => q.enqueue("c")).toThrow(/full/);
    expect(q.size).toBe(2);
    expect(q.toArray()).toEqual(["a", "b"]);
    q.dequeue();
    q.enqueue("c");
    expect(q.toArray()).toEqual(["b", "c"]);
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
    expect(() => new RingBuffer(-3)).toThrow(RangeError);
    expect(() => new RingBuffer(2.5)).toThrow(RangeError);
    expect(() => new RingBuffer(Number.NaN)).toThrow(RangeError);
  });

  it("handles 1 800 000 operations on 200 000 slots in O(1) each", { timeout: 5_000 }, () => {
    // A push/shift queue moves all 200 000 items on every dequeue: far too slow at this size.
    const capacity = 200_000;
    const rounds = 800_000;
    const q = new RingBuffer<number>(capacity);
    for (let i = 0; i < capacity; i++) q.enqueue(i);
    let sum = 0;
    for (let i = capacity; i < capacity + rounds; i++) {
      sum += q.dequeue() as number;
      q.enqueue(i);
    }
    expect(q.isFull()).toBe(true);
    expect(q.peek()).toBe(rounds);
    expect(sum).toBe((rounds * (rounds - 1)) / 2);
  });
});
