import { describe, expect, it } from "vitest";
import { IdempotentConsumer } from "../../exercises/messaging/idempotent-consumer.ts";
import { makeClock } from "../support/manual-clock.ts";

function setup(windowMs = 60_000) {
  const clock = makeClock(0);
  const calls: Array<{ id: string; body: string }> = [];
  const consumer = new IdempotentConsumer<string>(
    async (body, id) => {
      calls.push({ id, body });
    },
    { windowMs, now: clock.now },
  );
  return { clock, calls, consumer };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("IdempotentConsumer", () => {
  it("processes a new message, passing its body and id to the handler", async () => {
    const { calls, consumer } = setup();
    await expect(consumer.handle({ id: "m1", body: "charge order 7" })).resolves.toBe("processed");
    await expect(consumer.handle({ id: "m2", body: "charge order 8" })).resolves.toBe("processed");
    expect(calls).toEqual([
      { id: "m1", body: "charge order 7" },
      { id: "m2", body: "charge order 8" },
    ]);
    expect(consumer.size).toBe(2);
  });

  it("skips a redelivered copy of a processed message without calling the handler", async () => {
    const { clock, calls, consumer } = setup();
    await consumer.handle({ id: "m1", body: "charge order 7" });
    clock.set(30_000);
    await expect(consumer.handle({ id: "m1", body: "charge order 7" })).resolves.toBe("duplicate");
    expect(calls).toHaveLength(1);
  });

  it("forgets an id exactly windowMs after its processing finished, and processes it again", async () => {
    const { clock, calls, consumer } = setup(1000);
    clock.set(100);
    await consumer.handle({ id: "m1", body: "x" });
    clock.set(1099);
    await expect(consumer.handle({ id: "m1", body: "x" })).resolves.toBe("duplicate");
    expect(consumer.size).toBe(1);
    clock.set(1100);
    expect(consumer.size).toBe(0);
    await expect(consumer.handle({ id: "m1", body: "x" })).resolves.toBe("processed");
    expect(calls).toHaveLength(2);
  });

  it("measures the window from when processing finished, not when it started", async () => {
    const clock = makeClock(0);
    const gate = deferred();
    const consumer = new IdempotentConsumer<string>(() => gate.promise, { windowMs: 1000, now: clock.now });
    const first = consumer.handle({ id: "m1", body: "slow" });
    clock.set(5000); // the handler took 5 s
    gate.resolve();
    await expect(first).resolves.toBe("processed");
    clock.set(5999);
    await expect(consumer.handle({ id: "m1", body: "slow" })).resolves.toBe("duplicate");
  });

  it("answers in-progress for a copy that arrives while the first is still being handled", async () => {
    const clock = makeClock(0);
    const gate = deferred();
    let calls = 0;
    const consumer = new IdempotentConsumer<string>(
      () => {
        calls++;
        return gate.promise;
      },
      { windowMs: 1000, now: clock.now },
    );
    const first = consumer.handle({ id: "m1", body: "x" });
    const copy = consumer.handle({ id: "m1", body: "x" });
    await new Promise((resolve) => setImmediate(resolve)); // let both calls run as far as they can
    expect(calls).toBe(1); // the copy must not start the handler a second time
    await expect(copy).resolves.toBe("in-progress");
    expect(consumer.size).toBe(0);
    gate.resolve();
    await expect(first).resolves.toBe("processed");
    expect(calls).toBe(1);
    await expect(consumer.handle({ id: "m1", body: "x" })).resolves.toBe("duplicate");
  });

  it("rejects with the handler's error and remembers nothing, so the redelivery is processed", async () => {
    const clock = makeClock(0);
    let attempts = 0;
    const boom = new Error("payment provider down");
    const consumer = new IdempotentConsumer<string>(
      async () => {
        attempts++;
        if (attempts === 1) throw boom;
      },
      { windowMs: 1000, now: clock.now },
    );
    await expect(consumer.handle({ id: "m1", body: "x" })).rejects.toBe(boom);
    expect(consumer.size).toBe(0);
    await expect(consumer.handle({ id: "m1", body: "x" })).resolves.toBe("processed");
    expect(attempts).toBe(2);
  });

  it("rejects a window that is not a positive integer", () => {
    const handler = async () => {};
    const now = () => 0;
    expect(() => new IdempotentConsumer(handler, { windowMs: 0, now })).toThrow(RangeError);
    expect(() => new IdempotentConsumer(handler, { windowMs: -1, now })).toThrow(RangeError);
    expect(() => new IdempotentConsumer(handler, { windowMs: 2.5, now })).toThrow(RangeError);
    expect(() => new IdempotentConsumer(handler, { windowMs: Number.POSITIVE_INFINITY, now })).toThrow(RangeError);
  });

  it("keeps memory bounded by the window over 50 000 messages, and stays fast", async () => {
    const { clock, consumer } = setup(1000);
    for (let i = 0; i < 50_000; i++) {
      clock.set(i);
      await consumer.handle({ id: `m${i}`, body: "x" });
      if (consumer.size > 1000) throw new Error(`size() is ${consumer.size} at t = ${i}: expired ids are kept`);
    }
    // Finished at 49 000 … 49 999: exactly the last 1000 are within the window at t = 49 999.
    expect(consumer.size).toBe(1000);
    await expect(consumer.handle({ id: "m49000", body: "x" })).resolves.toBe("duplicate");
    await expect(consumer.handle({ id: "m48999", body: "x" })).resolves.toBe("processed");
  });
});
