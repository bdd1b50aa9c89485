/**
 * Linked list
 *
 * What you build
 *   Helpers for a singly linked list: build it from an array, read it back, reverse it in place,
 *   and detect a cycle — and the node where that cycle starts — in O(1) extra memory.
 *
 * Why it matters
 *   Linked structures are everywhere under a backend: free lists in allocators, the LRU list in a
 *   cache, the lists Node keeps its timers in, chains of middleware. A corrupt `next` pointer that
 *   loops back turns a simple walk into a hung process; Floyd's tortoise-and-hare finds the loop
 *   with two pointers and no extra memory, which matters when the list has millions of nodes.
 *
 * Your task
 *   Nodes are plain objects: `{ value, next }`, with `next === null` on the last node; an empty
 *   list is `null`. Implement:
 *   - `fromArray(values)` — a new list holding `values` in order; `null` for `[]`.
 *   - `toArray(head)` — the values from head to tail; `[]` for `null`. If the list has a cycle it
 *     throws an `Error` whose message contains "cycle" instead of looping forever.
 *   - `reverse(head)` — reverses the list IN PLACE by rewiring `next` pointers and returns the new
 *     head. It reuses the existing nodes (the old head becomes the tail, with `next === null`) and
 *     creates none. `reverse(null)` is `null`.
 *   - `hasCycle(head)` — whether following `next` from `head` ever revisits a node.
 *   - `cycleStart(head)` — the node where the cycle begins (the first node reached twice), or
 *     `null` when there is no cycle. The loop may start at the head or be a single node whose
 *     `next` is itself.
 *   `hasCycle`, `cycleStart` and `toArray` must not modify any node (the suite freezes them). No
 *   function may recurse: the suite uses a list of 100 000 nodes.
 *
 * Example
 *   const list = fromArray([1, 2, 3]);   // 1 → 2 → 3
 *   toArray(reverse(list));              // [3, 2, 1]; `list` is now the tail node
 *   const a = fromArray(["a", "b", "c"])!;
 *   a.next!.next!.next = a.next;         // a → b → c → b → c → …
 *   hasCycle(a);                         // true
 *   cycleStart(a)?.value;                // "b"
 */

export interface ListNode<T> {
  value: T;
  next: ListNode<T> | null;
}

export function fromArray<T>(values: readonly T[]): ListNode<T> | null {
  void values;
  throw new Error("not implemented");
}

export function toArray<T>(head: ListNode<T> | null): T[] {
  void head;
  throw new Error("not implemented");
}

export function reverse<T>(head: ListNode<T> | null): ListNode<T> | null {
  void head;
  throw new Error("not implemented");
}

export function hasCycle<T>(head: ListNode<T> | null): boolean {
  void head;
  throw new Error("not implemented");
}

export function cycleStart<T>(head: ListNode<T> | null): ListNode<T> | null {
  void head;
  throw new Error("not implemented");
}
