import { describe, expect, it } from "vitest";
import { PartitionedTopic, partitionFor } from "../../exercises/messaging/partitioned-topic.ts";

/** Publishes `count` records to every partition, keyed so that each lands where intended. */
function filled(partitions: number, perPartition: number) {
  const topic = new PartitionedTopic<string>({ partitions });
  const keys = new Map<number, string>();
  for (let i = 0; keys.size < partitions; i++) {
    const key = `key-${i}`;
    const p = partitionFor(key, partitions);
    if (!keys.has(p)) keys.set(p, key);
  }
  for (let p = 0; p < partitions; p++) {
    for (let n = 0; n < perPartition; n++) topic.publish(keys.get(p)!, `p${p}-${n}`);
  }
  return topic;
}

const values = (records: Array<{ value: string }>) => records.map((record) => record.value);

describe("partitionFor", () => {
  it("is the 32-bit FNV-1a hash of the key's UTF-8 bytes, modulo the partition count", () => {
    expect(partitionFor("", 0x7fffffff)).toBe(0x811c9dc5 % 0x7fffffff);
    expect(partitionFor("a", 1_000_000_007)).toBe(0xe40c292c % 1_000_000_007);
    expect(partitionFor("foobar", 1_000_000_007)).toBe(0xbf9cf968 % 1_000_000_007);
    expect(partitionFor("café", 1_000_000_007)).toBe(0xa82b5049 % 1_000_000_007); // é is two UTF-8 bytes
    expect(["order-1", "order-2", "order-3"].map((key) => partitionFor(key, 4))).toEqual([1, 0, 3]);
    expect(partitionFor("anything", 1)).toBe(0);
  });

  it("rejects a partition count that is not a positive integer", () => {
    expect(() => partitionFor("a", 0)).toThrow(RangeError);
    expect(() => partitionFor("a", 2.5)).toThrow(RangeError);
    expect(() => new PartitionedTopic({ partitions: 0 })).toThrow(RangeError);
  });
});

describe("PartitionedTopic", () => {
  it("sends every record with the same key to the same partition, with offsets counted per partition", () => {
    const topic = new PartitionedTopic<string>({ partitions: 4 });
    expect(topic.publish("order-1", "placed")).toEqual({ partition: 1, offset: 0 });
    expect(topic.publish("order-2", "placed")).toEqual({ partition: 0, offset: 0 });
    expect(topic.publish("order-1", "paid")).toEqual({ partition: 1, offset: 1 });
    expect(topic.publish("order-3", "placed")).toEqual({ partition: 3, offset: 0 });
    expect(topic.publish("order-1", "shipped")).toEqual({ partition: 1, offset: 2 });
  });

  it("delivers each key's records in the order they were published", () => {
    const topic = new PartitionedTopic<string>({ partitions: 3 });
    for (let i = 0; i < 5; i++) {
      for (const order of ["order-1", "order-2", "order-3", "order-4"]) topic.publish(order, `${order} step ${i}`);
    }
    topic.join("g", "solo");
    const records = topic.poll("g", "solo", 100);
    expect(records).toHaveLength(20);
    for (const order of ["order-1", "order-2", "order-3", "order-4"]) {
      const steps = records.filter((record) => record.key === order).map((record) => record.value);
      expect(steps).toEqual([0, 1, 2, 3, 4].map((i) => `${order} step ${i}`));
    }
  });

  it("assigns partitions with the range assignor: sorted members, consecutive ranges, extras first", () => {
    const topic = new PartitionedTopic<string>({ partitions: 5 });
    topic.join("g", "b");
    expect(topic.assignment("g", "b")).toEqual([0, 1, 2, 3, 4]);
    topic.join("g", "a");
    expect(topic.assignment("g", "a")).toEqual([0, 1, 2]);
    expect(topic.assignment("g", "b")).toEqual([3, 4]);
    topic.join("g", "c");
    expect([topic.assignment("g", "a"), topic.assignment("g", "b"), topic.assignment("g", "c")]).toEqual([[0, 1], [2, 3], [4]]);
    expect(topic.assignment("g", "nobody")).toEqual([]);
    expect(topic.assignment("other-group", "a")).toEqual([]);
  });

  it("leaves members beyond the partition count idle", () => {
    const topic = filled(2, 1);
    for (const member of ["m1", "m2", "m3"]) topic.join("g", member);
    expect(topic.assignment("g", "m3")).toEqual([]);
    expect(topic.poll("g", "m3", 10)).toEqual([]);
    expect(values(topic.poll("g", "m1", 10))).toEqual(["p0-0"]);
  });

  it("gives each record to exactly one member of a group, and to every group", () => {
    const topic = filled(4, 3);
    topic.join("billing", "a");
    topic.join("billing", "b");
    topic.join("audit", "solo");
    const a = topic.poll("billing", "a", 100);
    const b = topic.poll("billing", "b", 100);
    expect(values(a)).toEqual(["p0-0", "p0-1", "p0-2", "p1-0", "p1-1", "p1-2"]);
    expect(values(b)).toEqual(["p2-0", "p2-1", "p2-2", "p3-0", "p3-1", "p3-2"]);
    expect(a[0]).toMatchObject({ partition: 0, offset: 0 });
    expect(topic.poll("audit", "solo", 100)).toHaveLength(12);
  });

  it("polls at most maxRecords, lowest partition first, and continues from there", () => {
    const topic = filled(2, 3);
    topic.join("g", "solo");
    expect(values(topic.poll("g", "solo", 2))).toEqual(["p0-0", "p0-1"]);
    expect(values(topic.poll("g", "solo", 2))).toEqual(["p0-2", "p1-0"]);
    expect(values(topic.poll("g", "solo", 5))).toEqual(["p1-1", "p1-2"]);
    expect(topic.poll("g", "solo", 5)).toEqual([]);
  });

  it("rebalances when a member leaves: the survivor resumes its partitions from the last commit", () => {
    const topic = filled(2, 3);
    topic.join("g", "a");
    topic.join("g", "b");
    topic.poll("g", "b", 1);
    topic.commit("g", "b"); // b committed p1-0
    topic.poll("g", "b", 1); // b processed p1-1 but crashed before committing
    topic.leave("g", "b");
    expect(topic.assignment("g", "a")).toEqual([0, 1]);
    expect(values(topic.poll("g", "a", 10))).toEqual(["p0-0", "p0-1", "p0-2", "p1-1", "p1-2"]);
  });

  it("rebalances when a member joins: uncommitted progress on every partition is read again", () => {
    const topic = filled(2, 2);
    topic.join("g", "a");
    expect(topic.poll("g", "a", 10)).toHaveLength(4);
    topic.commit("g", "a");
    topic.publish("x", "late");
    topic.poll("g", "a", 10); // read, not committed
    topic.join("g", "b");
    const again = [...topic.poll("g", "a", 10), ...topic.poll("g", "b", 10)];
    expect(values(again)).toEqual(["late"]);
  });

  it("ignores joining twice and leaving a group one is not in", () => {
    const topic = filled(2, 2);
    topic.join("g", "a");
    topic.poll("g", "a", 1); // not committed
    topic.join("g", "a"); // no rebalance: the position stays
    topic.leave("g", "stranger");
    topic.leave("no-such-group", "a");
    expect(values(topic.poll("g", "a", 10))).toEqual(["p0-1", "p1-0", "p1-1"]);
  });

  it("refuses poll and commit from non-members with an error naming them, and a bad maxRecords", () => {
    const topic = filled(2, 1);
    expect(() => topic.poll("no-such-group", "ghost", 1)).toThrow(/ghost/);
    expect(() => topic.commit("no-such-group", "ghost")).toThrow(/ghost/);
    topic.join("g", "member-a");
    expect(() => topic.poll("g", "stranger", 1)).toThrow(/stranger/);
    expect(() => topic.commit("g", "stranger")).toThrow(/stranger/);
    expect(() => topic.poll("g", "member-a", 0)).toThrow(RangeError);
    expect(() => topic.poll("g", "member-a", -1)).toThrow(RangeError);
    topic.leave("g", "member-a");
    expect(() => topic.poll("g", "member-a", 1)).toThrow(/member-a/);
  });
});
