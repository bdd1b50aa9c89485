/**
 * Per-key ordering with partitions, and consumer-group rebalancing
 *
 * What you build
 *   A topic split into partitions, as in Apache Kafka: a record's key picks its partition, each
 *   partition is an ordered log, and the members of a consumer group share the partitions out.
 *
 * Why it matters
 *   One log read by one consumer (kata 4) does not scale; many consumers on one queue lose order.
 *   Partitions give both: Kafka guarantees order only within a partition, and its producer picks
 *   the partition from a hash of the key, so all events of one order (key = order id) stay in
 *   order while different orders are processed in parallel. Within a group each partition is
 *   read by exactly one member; when members join or leave, the partitions are reassigned (a
 *   rebalance), and the new owner resumes from the last committed offset.
 *
 * Your task
 *   - `partitionFor(key, partitions): number` — the 32-bit FNV-1a hash of the key's UTF-8 bytes,
 *     modulo `partitions`. FNV-1a: start with `hash = 0x811c9dc5`; for each byte,
 *     `hash = (hash XOR byte) × 0x01000193`, kept to an unsigned 32-bit integer
 *     (`Math.imul(hash ^ byte, 0x01000193) >>> 0`). So `""` hashes to `0x811c9dc5` and `"a"` to
 *     `0xe40c292c`. (Kafka's Java producer uses murmur2 the same way; any stable hash works.)
 *     Throws a `RangeError` unless `partitions` is a positive integer.
 *   Implement `class PartitionedTopic<T>`:
 *   - `constructor({ partitions })` — `RangeError` unless a positive integer.
 *   - `publish(key, value): { partition, offset }` — appends to partition `partitionFor(key, n)`;
 *     offsets count from 0 in each partition separately.
 *   - `join(group, member)` / `leave(group, member)` — change a group's membership and rebalance
 *     it. Joining twice, or leaving a group one is not in (or that does not exist), changes
 *     nothing (no rebalance). A new group reads every partition from offset 0.
 *   - Rebalance (Kafka's range assignor): sort the members (default string sort), give each
 *     `floor(partitions / members)` consecutive partitions in order, the first
 *     `partitions % members` members one extra. With 5 partitions and members "b", "a":
 *     a → [0, 1, 2], b → [3, 4]. A member beyond the partition count gets none. Then, for every
 *     partition, the group's position goes back to the group's committed offset of that
 *     partition: records polled but not committed are delivered again, to whoever owns the
 *     partition now.
 *   - `assignment(group, member): number[]` — the member's partitions, ascending (`[]` if it has
 *     none or is not a member).
 *   - `poll(group, member, maxRecords): PartitionedRecord<T>[]` — up to `maxRecords` records
 *     `{ partition, offset, key, value }` from the member's partitions, taking partitions in
 *     ascending order and each from the group's position in offset order; moves the positions.
 *   - `commit(group, member)` — for each of the member's partitions, committed offset = position.
 *   Errors: `poll` and `commit` by someone who is not a member of the group (or of a group that
 *   does not exist) throw an `Error` whose message contains the member's name; `poll` throws a
 *   `RangeError` unless `maxRecords` is a positive integer.
 *
 * Example
 *   const topic = new PartitionedTopic<string>({ partitions: 4 });
 *   partitionFor("order-1", 4);            // the same number every time
 *   topic.publish("order-1", "placed");    // { partition: p, offset: 0 }
 *   topic.publish("order-1", "paid");      // { partition: p, offset: 1 } — same partition, in order
 *   topic.join("billing", "worker-a");     // worker-a owns [0, 1, 2, 3]
 *   topic.join("billing", "worker-b");     // rebalance: a → [0, 1], b → [2, 3]
 *   topic.poll("billing", "worker-a", 10); // only records of partitions 0 and 1
 */

export interface PartitionedRecord<T> {
  partition: number;
  offset: number;
  key: string;
  value: T;
}

export function partitionFor(key: string, partitions: number): number {
  void key;
  void partitions;
  throw new Error("not implemented");
}

export class PartitionedTopic<T> {
  constructor(options: { partitions: number }) {
    // TODO: validate the options and create the partitions.
    void options;
  }

  publish(key: string, value: T): { partition: number; offset: number } {
    void key;
    void value;
    throw new Error("not implemented");
  }

  join(group: string, member: string): void {
    void group;
    void member;
    throw new Error("not implemented");
  }

  leave(group: string, member: string): void {
    void group;
    void member;
    throw new Error("not implemented");
  }

  assignment(group: string, member: string): number[] {
    void group;
    void member;
    throw new Error("not implemented");
  }

  poll(group: string, member: string, maxRecords: number): PartitionedRecord<T>[] {
    void group;
    void member;
    void maxRecords;
    throw new Error("not implemented");
  }

  commit(group: string, member: string): void {
    void group;
    void member;
    throw new Error("not implemented");
  }
}
