import { describe, expect, it } from "vitest";
import { WorkQueue } from "../../exercises/messaging/work-queue.ts";
import { makeClock } from "../support/manual-clock.ts";

function setup(visibilityTimeoutMs = 30_000) {
  const clock = makeClock(0);
  const queue = new WorkQueue<string>({ visibilityTimeoutMs, now: clock.now });
  return { clock, queue };
}

describe("WorkQueue", () => {
  it("hands out messages oldest first, each to one receiver, with ids m1, m2, …", () => {
    const { queue } = setup();
    expect(queue.send("a")).toBe("m1");
    expect(queue.send("b")).toBe("m2");
    const first = queue.receive();
    const second = queue.receive();
    expect(first).toMatchObject({ id: "m1", body: "a", receiveCount: 1 });
    expect(second).toMatchObject({ id: "m2", body: "b", receiveCount: 1 });
    expect(typeof first!.receiptHandle).toBe("string");
    expect(first!.receiptHandle).not.toBe(second!.receiptHandle);
    expect(queue.receive()).toBeUndefined();
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 2 });
  });

  it("deletes an acked message for good: it never comes back, even after the timeout", () => {
    const { clock, queue } = setup(1000);
    queue.send("a");
    const delivery = queue.receive()!;
    expect(queue.ack(delivery.receiptHandle)).toBe(true);
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 0 });
    clock.set(10_000);
    expect(queue.receive()).toBeUndefined();
  });

  it("redelivers an unacked message exactly when its visibility timeout ends, with a new handle and receiveCount 2", () => {
    const { clock, queue } = setup(1000);
    queue.send("a");
    clock.set(500);
    const first = queue.receive()!;
    clock.set(1499);
    expect(queue.receive()).toBeUndefined();
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 1 });
    clock.set(1500);
    expect(queue.stats()).toEqual({ visible: 1, inFlight: 0 });
    const second = queue.receive()!;
    expect(second).toMatchObject({ id: "m1", body: "a", receiveCount: 2 });
    expect(second.receiptHandle).not.toBe(first.receiptHandle);
    clock.set(2500);
    expect(queue.receive()).toMatchObject({ id: "m1", receiveCount: 3 });
  });

  it("redelivers a timed-out message before messages that were sent after it", () => {
    const { clock, queue } = setup(1000);
    queue.send("first");
    queue.receive();
    clock.set(200);
    queue.send("second");
    queue.send("third");
    clock.set(1000);
    expect(queue.receive()).toMatchObject({ id: "m1", receiveCount: 2 });
    expect(queue.receive()).toMatchObject({ id: "m2", receiveCount: 1 });
    expect(queue.receive()).toMatchObject({ id: "m3", receiveCount: 1 });
  });

  it("refuses a stale handle: a slow worker cannot ack the message a second worker now holds", () => {
    const { clock, queue } = setup(1000);
    queue.send("job");
    const slow = queue.receive()!;
    clock.set(1000);
    const fast = queue.receive()!;
    expect(queue.ack(slow.receiptHandle)).toBe(false);
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 1 });
    expect(queue.ack(fast.receiptHandle)).toBe(true);
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 0 });
  });

  it("refuses an ack that arrives after the visibility timeout, even if nobody received the message again", () => {
    const { clock, queue } = setup(1000);
    queue.send("job");
    const late = queue.receive()!;
    clock.set(1000);
    expect(queue.ack(late.receiptHandle)).toBe(false);
    expect(queue.receive()).toMatchObject({ id: "m1", receiveCount: 2 });
  });

  it("changeVisibility extends a long job's timeout from now, and 0 gives the message back at once", () => {
    const { clock, queue } = setup(1000);
    queue.send("long job");
    const delivery = queue.receive()!;
    clock.set(900);
    expect(queue.changeVisibility(delivery.receiptHandle, 5000)).toBe(true);
    clock.set(5899);
    expect(queue.receive()).toBeUndefined();
    expect(queue.changeVisibility(delivery.receiptHandle, 0)).toBe(true);
    expect(queue.stats()).toEqual({ visible: 1, inFlight: 0 });
    // The handle given back is no longer valid: the message is visible, not held.
    expect(queue.ack(delivery.receiptHandle)).toBe(false);
    expect(queue.receive()).toMatchObject({ id: "m1", receiveCount: 2 });
  });

  it("returns false for unknown handles, double acks and changeVisibility after an ack", () => {
    const { queue } = setup();
    expect(queue.ack("no-such-handle")).toBe(false);
    expect(queue.changeVisibility("no-such-handle", 10)).toBe(false);
    queue.send("a");
    const delivery = queue.receive()!;
    expect(queue.ack(delivery.receiptHandle)).toBe(true);
    expect(queue.ack(delivery.receiptHandle)).toBe(false);
    expect(queue.changeVisibility(delivery.receiptHandle, 10)).toBe(false);
  });

  it("rejects a visibility timeout that is not a positive integer, and a negative or fractional changeVisibility", () => {
    const now = () => 0;
    expect(() => new WorkQueue({ visibilityTimeoutMs: 0, now })).toThrow(RangeError);
    expect(() => new WorkQueue({ visibilityTimeoutMs: -5, now })).toThrow(RangeError);
    expect(() => new WorkQueue({ visibilityTimeoutMs: 1.5, now })).toThrow(RangeError);
    expect(() => new WorkQueue({ visibilityTimeoutMs: Number.NaN, now })).toThrow(RangeError);
    const queue = new WorkQueue<string>({ visibilityTimeoutMs: 1000, now });
    queue.send("a");
    const delivery = queue.receive()!;
    expect(() => queue.changeVisibility(delivery.receiptHandle, -1)).toThrow(RangeError);
    expect(() => queue.changeVisibility(delivery.receiptHandle, 0.5)).toThrow(RangeError);
    // The rejected calls changed nothing: the message is still held.
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 1 });
  });

  it("delivers each of 10 000 acked messages exactly once", () => {
    const { queue } = setup();
    for (let i = 0; i < 10_000; i++) queue.send(`job ${i}`);
    const seen = new Set<string>();
    for (let delivery = queue.receive(); delivery; delivery = queue.receive()) {
      seen.add(delivery.id);
      expect(queue.ack(delivery.receiptHandle)).toBe(true);
    }
    expect(seen.size).toBe(10_000);
    expect(queue.stats()).toEqual({ visible: 0, inFlight: 0 });
  });
});
