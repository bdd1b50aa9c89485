/**
 * Publish/subscribe with consumer groups and committed offsets
 *
 * What you build
 *   A topic in the style of Apache Kafka: an append-only log that every consumer group reads
 *   independently, each from its own position, committing how far it has got.
 *
 * Why it matters
 *   When an order is placed, billing, shipping and analytics all need the event. A work queue
 *   (katas 1–3) hands each message to ONE consumer; a log lets every interested service — every
 *   group — read every record, at its own pace, and replay from an earlier offset after a bug fix.
 *   In Kafka, different consumer groups read the same topic independently and the group's
 *   committed offset is where it resumes after a restart. Committing only after processing gives
 *   at-least-once delivery again: a consumer that crashes before committing re-reads those records.
 *
 *   Kafka conventions used here: a record's offset is its index in the log (0, 1, 2, …); a
 *   committed offset is the offset of the NEXT record to read (last processed + 1); a new group
 *   starts at the end of the log unless told otherwise (Kafka's `auto.offset.reset`, whose
 *   default is `latest`). One consumer per group for now; kata 5 adds partitions and members.
 *
 * Your task
 *   Implement `class Topic<T>`:
 *   - `publish(value): number` — appends a record and returns its offset (0 for the first).
 *   - `endOffset` (getter) — the offset the next published record will get (the log's length).
 *   - `subscribe(group, from = "latest")` — creates a group whose position and committed offset
 *     both start at `endOffset` (`"latest"`: only records published from now on) or at 0
 *     (`"earliest"`: the whole log). Subscribing a group that already exists changes nothing —
 *     it keeps its offsets.
 *   - `poll(group, maxRecords): LogRecord<T>[]` — returns up to `maxRecords` records
 *     `{ offset, value }` from the group's position, in offset order, and moves the position past
 *     them (not the committed offset). `[]` when the group has read everything.
 *   - `commit(group)` — sets the group's committed offset to its current position.
 *   - `restart(group)` — the group's consumer crashed and a new one takes over: the position goes
 *     back to the committed offset, so records polled but not committed are delivered again.
 *   - `committed(group): number` — the committed offset.
 *   - `lag(group): number` — records the group has not committed yet: `endOffset − committed`.
 *   Errors: `poll`, `commit`, `restart`, `committed` and `lag` throw an `Error` whose message
 *   contains the group name for a group that was never subscribed; `poll` throws a `RangeError`
 *   unless `maxRecords` is a positive integer.
 *
 * Example
 *   const topic = new Topic<string>();
 *   topic.subscribe("billing", "earliest");
 *   topic.publish("order 1 placed");         // 0
 *   topic.subscribe("shipping");             // latest: starts at offset 1
 *   topic.publish("order 2 placed");         // 1
 *   topic.poll("billing", 10);               // [{ offset: 0, … }, { offset: 1, … }]
 *   topic.poll("shipping", 10);              // [{ offset: 1, value: "order 2 placed" }]
 *   topic.restart("billing");                // crashed before commit
 *   topic.poll("billing", 1);                // [{ offset: 0, … }] again
 *   topic.commit("billing"); topic.lag("billing");   // 1
 */

export interface LogRecord<T> {
  offset: number;
  value: T;
}

export class Topic<T> {
  get endOffset(): number {
    throw new Error("not implemented");
  }

  publish(value: T): number {
    void value;
    throw new Error("not implemented");
  }

  subscribe(group: string, from: "earliest" | "latest" = "latest"): void {
    void group;
    void from;
    throw new Error("not implemented");
  }

  poll(group: string, maxRecords: number): LogRecord<T>[] {
    void group;
    void maxRecords;
    throw new Error("not implemented");
  }

  commit(group: string): void {
    void group;
    throw new Error("not implemented");
  }

  restart(group: string): void {
    void group;
    throw new Error("not implemented");
  }

  committed(group: string): number {
    void group;
    throw new Error("not implemented");
  }

  lag(group: string): number {
    void group;
    throw new Error("not implemented");
  }
}
