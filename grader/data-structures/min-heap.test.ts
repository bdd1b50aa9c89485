import { describe, expect, it } from "vitest";
import { MinHeap, type Comparator } from "../../exercises/data-structures/min-heap.ts";

const ascending: Comparator<number> = (a, b) => a - b;

/** mulberry32: a tiny seeded PRNG, so the "random" inputs are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function counting<T>(compare: Comparator<T>): { compare: Comparator<T>; calls: () => number; reset: () => void } {
  let calls = 0;
  return {
    compare: (a, b) => {
      calls++;
      return compare(a, b);
    },
    calls: () => calls,
    reset: () => {
      calls = 0;
    },
  };
}

function drain<T>(heap: MinHeap<T>): T[] {
  const out: T[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
}

describe("MinHeap", () => {
  it("pops pushed items in ascending order", () => {
    const heap = new MinHeap<number>(ascending);
    for (const n of [5, 3, 8, 1, 9, 2, 7]) heap.push(n);
    expect(heap.size).toBe(7);
    expect(drain(heap)).toEqual([1, 2, 3, 5, 7, 8, 9]);
    expect(heap.size).toBe(0);
  });

  it("peeks at the smallest item without removing it", () => {
    const heap = new MinHeap<number>(ascending);
    heap.push(4);
    heap.push(2);
    heap.push(6);
    expect(heap.peek()).toBe(2);
    expect(heap.peek()).toBe(2);
    expect(heap.size).toBe(3);
  });

  it("orders items by the comparator it is given and keeps duplicates", () => {
    const maxHeap = new MinHeap<number>((a, b) => b - a);
    for (const n of [3, 10, 3, 0, 10, -2]) maxHeap.push(n);
    expect(drain(maxHeap)).toEqual([10, 10, 3, 3, 0, -2]);

    const jobs = new MinHeap<{ name: string; due: number }>((a, b) => a.due - b.due);
    jobs.push({ name: "email", due: 30 });
    jobs.push({ name: "backup", due: 10 });
    jobs.push({ name: "report", due: 20 });
    expect(drain(jobs).map((job) => job.name)).toEqual(["backup", "report", "email"]);
  });

  it("builds from an initial array without modifying it", () => {
    const input = [9, 4, 7, 1, 8, 2, 2, 6];
    const snapshot = [...input];
    const heap = new MinHeap<number>(ascending, input);
    expect(input).toEqual(snapshot);
    expect(heap.size).toBe(8);
    expect(heap.peek()).toBe(1);
    heap.push(0);
    expect(drain(heap)).toEqual([0, 1, 2, 2, 4, 6, 7, 8, 9]);
    expect(input).toEqual(snapshot);
  });

  it("returns undefined from pop and peek when empty", () => {
    const heap = new MinHeap<number>(ascending);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
    heap.push(1);
    expect(heap.pop()).toBe(1);
    expect(heap.pop()).toBeUndefined();
    expect(heap.size).toBe(0);
  });

  it("stays correct when pushes and pops are interleaved", () => {
    const random = seededRandom(42);
    const heap = new MinHeap<number>(ascending);
    const reference: number[] = [];
    const popped: number[] = [];
    const expected: number[] = [];
    for (let step = 0; step < 1_000; step++) {
      if (random() < 0.6 || reference.length === 0) {
        const n = Math.floor(random() * 100);
        heap.push(n);
        reference.push(n);
      } else {
        const smallest = Math.min(...reference);
        reference.splice(reference.indexOf(smallest), 1);
        expected.push(smallest);
        popped.push(heap.pop() as number);
      }
    }
    expect(popped).toEqual(expected);
    expect(heap.size).toBe(reference.length);
    expect(drain(heap)).toEqual(reference.sort(ascending));
  });

  it("builds from 50 000 items with at most 2n comparisons", { timeout: 5_000 }, () => {
    const n = 50_000;
    // Descending input is the worst case for "push them one by one" (every item climbs to the
    // root); shuffled input is the worst case for "just sort it" (n log n comparisons).
    const descending: number[] = [];
    for (let i = n; i > 0; i--) descending.push(i);
    const random = seededRandom(99);
    const shuffled = [...descending];
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    for (const input of [descending, shuffled]) {
      const counter = counting(ascending);
      const heap = new MinHeap<number>(counter.compare, input);
      expect(heap.size).toBe(n);
      expect(counter.calls()).toBeLessThanOrEqual(2 * n);
      expect(heap.peek()).toBe(1);
    }
  });

  it("pushes and pops with O(log n) comparisons each", { timeout: 5_000 }, () => {
    const n = 50_000;
    const random = seededRandom(7);
    const counter = counting(ascending);
    const initial: number[] = [];
    for (let i = 0; i < n; i++) initial.push(random());
    const heap = new MinHeap<number>(counter.compare, initial);
    const popped: number[] = [];
    let worst = 0;
    for (let i = 1; i <= 200; i++) {
      counter.reset();
      heap.push(-i); // each new item is the smallest yet, so it climbs the whole height
      worst = Math.max(worst, counter.calls());
      counter.reset();
      popped.push(heap.pop() as number);
      worst = Math.max(worst, counter.calls());
    }
    expect(popped).toEqual(Array.from({ length: 200 }, (_, i) => -(i + 1)));
    expect(worst).toBeLessThanOrEqual(40);
    expect(heap.size).toBe(n);
  });

  it("handles 200 000 pushes and pops of random numbers quickly", { timeout: 5_000 }, () => {
    const n = 200_000;
    const random = seededRandom(2024);
    const heap = new MinHeap<number>(ascending);
    for (let i = 0; i < n; i++) heap.push(Math.floor(random() * 1_000_000));
    let previous = -1;
    let outOfOrder = 0;
    for (let i = 0; i < n; i++) {
      const value = heap.pop()!;
      if (value < previous) outOfOrder++;
      previous = value;
    }
    expect(outOfOrder).toBe(0);
    expect(heap.size).toBe(0);
  });
});
