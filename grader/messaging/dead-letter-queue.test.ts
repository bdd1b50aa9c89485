import { describe, expect, it } from "vitest";
import { RetryQueue, type RetryQueueOptions } from "../../exercises/messaging/dead-letter-queue.ts";
import { makeClock } from "../support/manual-clock.ts";

function setup(options: Partial<Omit<RetryQueueOptions, "now">> = {}) {
  const clock = makeClock(0);
  const queue = new RetryQueue<string>({ maxReceiveCount: 3, baseDelayMs: 1000, maxDelayMs: 60_000, ...options, now: clock.now });
  return { clock, queue };
}

describe("RetryQueue", () => {
  it("delivers in send order and deletes acked messages", () => {
    const { queue } = setup();
    expect(queue.send("a")).toBe("m1");
    expect(queue.send("b")).toBe("m2");
    expect(queue.receive()).toEqual({ id: "m1", body: "a", receiveCount: 1 });
    expect(queue.receive()).toEqual({ id: "m2", body: "b", receiveCount: 1 });
    expect(queue.receive()).toBeUndefined();
    expect(queue.ack("m1")).toBe(true);
    expect(queue.ack("m2")).toBe(true);
    expect(queue.receive()).toBeUndefined();
    expect(queue.deadLetters()).toEqual([]);
  });

  it("retries a failed message after baseDelayMs, and not a millisecond before", () => {
    const { clock, queue } = setup();
    queue.send("a");
    clock.set(500);
    queue.receive();
    expect(queue.fail("m1", "timeout")).toEqual({ outcome: "retry", retryAt: 1500 });
    clock.set(1499);
    expect(queue.receive()).toBeUndefined();
    clock.set(1500);
    expect(queue.receive()).toEqual({ id: "m1", body: "a", receiveCount: 2 });
  });

  it("doubles the delay with every failure and caps it at maxDelayMs", () => {
    const { clock, queue } = setup({ maxReceiveCount: 10, baseDelayMs: 100, maxDelayMs: 1000 });
    queue.send("flaky");
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const delivery = queue.receive();
      expect(delivery?.receiveCount).toBe(i + 1);
      const result = queue.fail("m1", "503");
      if (result?.outcome !== "retry") throw new Error(`expected a retry, got ${JSON.stringify(result)}`);
      delays.push(result.retryAt - clock.now());
      clock.set(result.retryAt);
    }
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it("moves a message to the dead-letter queue after maxReceiveCount failed deliveries, with the last reason", () => {
    const { clock, queue } = setup({ maxReceiveCount: 3 });
    queue.send("poison");
    const outcomes: string[] = [];
    for (let i = 1; i <= 3; i++) {
      queue.receive();
      const result = queue.fail("m1", `attempt ${i} failed`);
      outcomes.push(result!.outcome);
      if (result?.outcome === "retry") clock.set(result.retryAt);
    }
    expect(outcomes).toEqual(["retry", "retry", "dead-lettered"]);
    expect(queue.deadLetters()).toEqual([{ id: "m1", body: "poison", receiveCount: 3, reason: "attempt 3 failed" }]);
    clock.set(1_000_000);
    expect(queue.receive()).toBeUndefined();
  });

  it("dead-letters on the first failure when maxReceiveCount is 1", () => {
    const { queue } = setup({ maxReceiveCount: 1 });
    queue.send("a");
    queue.receive();
    expect(queue.fail("m1", "boom")).toEqual({ outcome: "dead-lettered" });
    expect(queue.deadLetters()).toEqual([{ id: "m1", body: "a", receiveCount: 1, reason: "boom" }]);
  });

  it("keeps delivering other messages while a failing one backs off", () => {
    const { clock, queue } = setup();
    queue.send("poison");
    queue.send("good 1");
    queue.send("good 2");
    queue.receive();
    queue.fail("m1", "bad");
    expect(queue.receive()?.id).toBe("m2");
    expect(queue.ack("m2")).toBe(true);
    expect(queue.receive()?.id).toBe("m3");
    expect(queue.ack("m3")).toBe(true);
    expect(queue.receive()).toBeUndefined();
    clock.set(1000);
    expect(queue.receive()).toEqual({ id: "m1", body: "poison", receiveCount: 2 });
  });

  it("redrives a dead letter to the back of the queue with its receive count reset", () => {
    const { queue } = setup({ maxReceiveCount: 1 });
    queue.send("a");
    queue.send("b");
    queue.receive();
    queue.fail("m1", "bug fixed since");
    expect(queue.redrive("m1")).toBe(true);
    expect(queue.deadLetters()).toEqual([]);
    expect(queue.redrive("m1")).toBe(false);
    expect(queue.receive()).toEqual({ id: "m2", body: "b", receiveCount: 1 });
    expect(queue.receive()).toEqual({ id: "m1", body: "a", receiveCount: 1 });
  });

  it("lists dead letters in the order they died, as copies the caller cannot corrupt", () => {
    const { queue } = setup({ maxReceiveCount: 1 });
    queue.send("a");
    queue.send("b");
    queue.receive();
    queue.receive();
    queue.fail("m2", "second");
    queue.fail("m1", "first");
    const letters = queue.deadLetters();
    expect(letters.map((letter) => letter.id)).toEqual(["m2", "m1"]);
    letters[0].reason = "changed";
    letters.pop();
    expect(queue.deadLetters()).toEqual([
      { id: "m2", body: "b", receiveCount: 1, reason: "second" },
      { id: "m1", body: "a", receiveCount: 1, reason: "first" },
    ]);
  });

  it("refuses to ack or fail a message that is not in flight", () => {
    const { queue } = setup();
    expect(queue.ack("m1")).toBe(false);
    expect(queue.fail("m1", "x")).toBeUndefined();
    queue.send("a");
    expect(queue.ack("m1")).toBe(false); // sent but never received
    queue.receive();
    expect(queue.fail("m1", "x")).toEqual({ outcome: "retry", retryAt: 1000 });
    expect(queue.fail("m1", "x")).toBeUndefined(); // already settled
    expect(queue.ack("m1")).toBe(false);
  });

  it("rejects invalid options", () => {
    const now = () => 0;
    expect(() => new RetryQueue({ maxReceiveCount: 0, baseDelayMs: 1, maxDelayMs: 1, now })).toThrow(RangeError);
    expect(() => new RetryQueue({ maxReceiveCount: 2.5, baseDelayMs: 1, maxDelayMs: 1, now })).toThrow(RangeError);
    expect(() => new RetryQueue({ maxReceiveCount: 3, baseDelayMs: 0, maxDelayMs: 1, now })).toThrow(RangeError);
    expect(() => new RetryQueue({ maxReceiveCount: 3, baseDelayMs: 100, maxDelayMs: 99, now })).toThrow(RangeError);
    expect(() => new RetryQueue({ maxReceiveCount: 3, baseDelayMs: 100, maxDelayMs: 150.5, now })).toThrow(RangeError);
    expect(() => new RetryQueue({ maxReceiveCount: 3, baseDelayMs: 100, maxDelayMs: 100, now })).not.toThrow();
  });
});
