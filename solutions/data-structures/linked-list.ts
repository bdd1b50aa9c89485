/**
 * Linked list — reference solution.
 */
export interface ListNode<T> {
  value: T;
  next: ListNode<T> | null;
}

export function fromArray<T>(values: readonly T[]): ListNode<T> | null {
  let head: ListNode<T> | null = null;
  // Build back to front so each new node simply points at the list built so far.
  for (let i = values.length - 1; i >= 0; i--) head = { value: values[i], next: head };
  return head;
}

export function toArray<T>(head: ListNode<T> | null): T[] {
  if (hasCycle(head)) throw new Error("cannot convert a list with a cycle to an array");
  const values: T[] = [];
  for (let node = head; node !== null; node = node.next) values.push(node.value);
  return values;
}

export function reverse<T>(head: ListNode<T> | null): ListNode<T> | null {
  let previous: ListNode<T> | null = null;
  let current = head;
  while (current !== null) {
    const next: ListNode<T> | null = current.next;
    current.next = previous;
    previous = current;
    current = next;
  }
  return previous;
}

/** Floyd: the hare moves two steps per tortoise step; inside a loop it must land on the tortoise. */
function meetingPoint<T>(head: ListNode<T> | null): ListNode<T> | null {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) return slow;
  }
  return null;
}

export function hasCycle<T>(head: ListNode<T> | null): boolean {
  return meetingPoint(head) !== null;
}

export function cycleStart<T>(head: ListNode<T> | null): ListNode<T> | null {
  let meet = meetingPoint(head);
  if (meet === null) return null;
  // The head and the meeting point are the same distance from the cycle's start (modulo the
  // cycle length), so two pointers stepping one at a time from each meet exactly there.
  let fromHead = head;
  while (fromHead !== meet) {
    fromHead = fromHead!.next;
    meet = meet!.next;
  }
  return fromHead;
}
