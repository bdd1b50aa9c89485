import { describe, expect, it, vi } from "vitest";
import {
  cycleStart,
  fromArray,
  hasCycle,
  reverse,
  toArray,
  type ListNode,
} from "../../exercises/data-structures/linked-list.ts";

/** Builds `values` as a list whose tail points back at index `loopTo` (no cycle when null), then freezes every node. */
function frozenList<T>(values: T[], loopTo: number | null): { head: ListNode<T>; nodes: ListNode<T>[] } {
  const nodes: ListNode<T>[] = values.map((value) => ({ value, next: null }));
  for (let i = 0; i < nodes.length - 1; i++) nodes[i].next = nodes[i + 1];
  if (loopTo !== null) nodes[nodes.length - 1].next = nodes[loopTo];
  for (const node of nodes) Object.freeze(node);
  return { head: nodes[0], nodes };
}

describe("linked list", () => {
  it("builds a list from an array and reads it back in order", () => {
    const head = fromArray([1, 2, 3]);
    expect(head?.value).toBe(1);
    expect(head?.next?.value).toBe(2);
    expect(head?.next?.next?.value).toBe(3);
    expect(head?.next?.next?.next).toBeNull();
    expect(toArray(head)).toEqual([1, 2, 3]);
  });

  it("represents the empty list as null", () => {
    expect(fromArray([])).toBeNull();
    expect(toArray(null)).toEqual([]);
    expect(reverse(null)).toBeNull();
  });

  it("reverses a list in place, reusing the same nodes", () => {
    const head = fromArray(["a", "b", "c"])!;
    const [a, b, c] = [head, head.next!, head.next!.next!];
    const reversed = reverse(head);
    expect(reversed).toBe(c);
    expect(c.next).toBe(b);
    expect(b.next).toBe(a);
    expect(a.next).toBeNull();
    expect(toArray(reversed)).toEqual(["c", "b", "a"]);
  });

  it("reverses a single-node list to itself", () => {
    const head = fromArray([42])!;
    expect(reverse(head)).toBe(head);
    expect(head.next).toBeNull();
  });

  it("reports no cycle for lists that end in null", () => {
    expect(hasCycle(null)).toBe(false);
    expect(cycleStart(null)).toBeNull();
    for (const length of [1, 2, 3, 10]) {
      const { head } = frozenList(Array.from({ length }, (_, i) => i), null);
      expect(hasCycle(head)).toBe(false);
      expect(cycleStart(head)).toBeNull();
    }
  });

  it("detects a cycle and returns the node where it starts", () => {
    const middle = frozenList(["a", "b", "c", "d", "e"], 2);
    expect(hasCycle(middle.head)).toBe(true);
    expect(cycleStart(middle.head)).toBe(middle.nodes[2]);

    const longTail = frozenList(Array.from({ length: 50 }, (_, i) => i), 47);
    expect(cycleStart(longTail.head)).toBe(longTail.nodes[47]);
  });

  it("finds a cycle that starts at the head or is a single node pointing at itself", () => {
    const wholeList = frozenList([1, 2, 3, 4], 0);
    expect(hasCycle(wholeList.head)).toBe(true);
    expect(cycleStart(wholeList.head)).toBe(wholeList.head);

    const selfLoop = frozenList(["only"], 0);
    expect(hasCycle(selfLoop.head)).toBe(true);
    expect(cycleStart(selfLoop.head)).toBe(selfLoop.head);

    const tailSelfLoop = frozenList([1, 2, 3], 2);
    expect(cycleStart(tailSelfLoop.head)).toBe(tailSelfLoop.nodes[2]);
  });

  it("finds a cycle and its start in O(1) extra memory: no Set or Map of visited nodes", () => {
    /** Calls `fn` with the growable collections replaced by constructors that refuse to build. */
    const withoutCollections = <R>(fn: () => R): R => {
      for (const collection of ["Set", "Map", "WeakSet", "WeakMap"]) {
        vi.stubGlobal(collection, function remembersEveryNode() {
          throw new Error(`hasCycle and cycleStart must use O(1) extra memory, but they created a ${collection}, which grows with the list. Two pointers moving at different speeds need no memory at all.`);
        });
      }
      try {
        return fn();
      } finally {
        vi.unstubAllGlobals();
      }
    };
    const { head, nodes } = frozenList(Array.from({ length: 1_000 }, (_, i) => i), 400);
    expect(withoutCollections(() => hasCycle(head))).toBe(true);
    expect(withoutCollections(() => cycleStart(head))).toBe(nodes[400]);
    expect(withoutCollections(() => hasCycle(frozenList([1, 2, 3], null).head))).toBe(false);
  });

  it("throws instead of looping forever when asked for the values of a cyclic list", () => {
    const { head } = frozenList([1, 2, 3], 1);
    expect(() => toArray(head)).toThrow(/cycle/);
  });

  it("handles a list of 100 000 nodes without recursion", { timeout: 5_000 }, () => {
    const n = 100_000;
    const values = Array.from({ length: n }, (_, i) => i);
    const head = fromArray(values);
    expect(hasCycle(head)).toBe(false);
    const reversed = reverse(head);
    const out = toArray(reversed);
    expect(out.length).toBe(n);
    expect(out[0]).toBe(n - 1);
    expect(out[n - 1]).toBe(0);

    // Close a loop from the tail (old head) back to the node holding 30 000.
    let loopTarget = reversed!;
    while (loopTarget.value !== 30_000) loopTarget = loopTarget.next!;
    head!.next = loopTarget;
    expect(cycleStart(reversed)).toBe(loopTarget);
  });
});
