import { describe, expect, it } from "vitest";
import { Topic } from "../../exercises/messaging/consumer-groups.ts";

function topicWith(...values: string[]) {
  const topic = new Topic<string>();
  for (const value of values) topic.publish(value);
  return topic;
}

describe("Topic with consumer groups", () => {
  it("gives records consecutive offsets from 0, and endOffset is the next one", () => {
    const topic = new Topic<string>();
    expect(topic.endOffset).toBe(0);
    expect(topic.publish("a")).toBe(0);
    expect(topic.publish("b")).toBe(1);
    expect(topic.endOffset).toBe(2);
  });

  it("fans out: every group reads every record, in offset order", () => {
    const topic = new Topic<string>();
    topic.subscribe("billing", "earliest");
    topic.subscribe("shipping", "earliest");
    topic.publish("order 1");
    topic.publish("order 2");
    const expected = [
      { offset: 0, value: "order 1" },
      { offset: 1, value: "order 2" },
    ];
    expect(topic.poll("billing", 10)).toEqual(expected);
    expect(topic.poll("shipping", 10)).toEqual(expected);
  });

  it("polls at most maxRecords and continues where the last poll stopped", () => {
    const topic = topicWith("a", "b", "c", "d", "e");
    topic.subscribe("g", "earliest");
    expect(topic.poll("g", 2).map((record) => record.offset)).toEqual([0, 1]);
    expect(topic.poll("g", 2).map((record) => record.offset)).toEqual([2, 3]);
    expect(topic.poll("g", 2)).toEqual([{ offset: 4, value: "e" }]);
    expect(topic.poll("g", 2)).toEqual([]);
    topic.publish("f");
    expect(topic.poll("g", 2)).toEqual([{ offset: 5, value: "f" }]);
  });

  it("keeps each group's progress separate", () => {
    const topic = topicWith("a", "b", "c");
    topic.subscribe("fast", "earliest");
    topic.subscribe("slow", "earliest");
    topic.poll("fast", 3);
    topic.commit("fast");
    expect(topic.poll("slow", 1)).toEqual([{ offset: 0, value: "a" }]);
    expect(topic.committed("fast")).toBe(3);
    expect(topic.committed("slow")).toBe(0);
    expect(topic.lag("fast")).toBe(0);
    expect(topic.lag("slow")).toBe(3);
  });

  it("redelivers records polled but not committed when the consumer restarts (at-least-once)", () => {
    const topic = topicWith("a", "b", "c");
    topic.subscribe("g", "earliest");
    topic.poll("g", 1);
    topic.commit("g");
    expect(topic.committed("g")).toBe(1);
    topic.poll("g", 2); // b and c processed, then a crash before the commit
    topic.restart("g");
    expect(topic.poll("g", 10).map((record) => record.value)).toEqual(["b", "c"]);
    topic.commit("g");
    topic.restart("g");
    expect(topic.poll("g", 10)).toEqual([]);
    expect(topic.lag("g")).toBe(0);
  });

  it("starts a new group at the end of the log by default, and at offset 0 with earliest", () => {
    const topic = topicWith("old 1", "old 2");
    topic.subscribe("live");
    topic.subscribe("replay", "earliest");
    expect(topic.committed("live")).toBe(2);
    expect(topic.lag("live")).toBe(0);
    expect(topic.poll("live", 10)).toEqual([]);
    topic.publish("new");
    expect(topic.poll("live", 10)).toEqual([{ offset: 2, value: "new" }]);
    expect(topic.poll("replay", 10).map((record) => record.value)).toEqual(["old 1", "old 2", "new"]);
  });

  it("keeps an existing group's offsets when it subscribes again", () => {
    const topic = topicWith("a", "b");
    topic.subscribe("g", "earliest");
    topic.poll("g", 1);
    topic.commit("g");
    topic.subscribe("g", "earliest");
    topic.subscribe("g", "latest");
    expect(topic.committed("g")).toBe(1);
    expect(topic.poll("g", 10)).toEqual([{ offset: 1, value: "b" }]);
  });

  it("throws for a group that never subscribed, naming it, and for a bad maxRecords", () => {
    const topic = topicWith("a");
    expect(() => topic.poll("ghost", 1)).toThrow(/ghost/);
    expect(() => topic.commit("ghost")).toThrow(/ghost/);
    expect(() => topic.restart("ghost")).toThrow(/ghost/);
    expect(() => topic.committed("ghost")).toThrow(/ghost/);
    expect(() => topic.lag("ghost")).toThrow(/ghost/);
    topic.subscribe("g", "earliest");
    expect(() => topic.poll("g", 0)).toThrow(RangeError);
    expect(() => topic.poll("g", 1.5)).toThrow(RangeError);
    // The rejected polls moved nothing.
    expect(topic.poll("g", 1)).toEqual([{ offset: 0, value: "a" }]);
  });
});
