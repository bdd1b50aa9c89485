import { describe, expect, it } from "vitest";
import {
  withLogging,
  withRetry,
  type ChargeRequest,
  type LogEntry,
  type PaymentGateway,
  type Receipt,
} from "../../exercises/solid/decorator-retry.ts";

class TransientError extends Error {}
class CardDeclinedError extends Error {}

const request: ChargeRequest = { amountCents: 500, cardToken: "tok_visa", idempotencyKey: "order-1" };

/** A plain-object gateway that fails with the given errors, in order, then succeeds. */
function fakeGateway(failures: unknown[] = []) {
  const calls: string[] = [];
  const queue = [...failures];
  const gateway: PaymentGateway = {
    async charge(req) {
      calls.push(`charge ${req.idempotencyKey}`);
      if (queue.length > 0) throw queue.shift();
      return { chargeId: `ch_${calls.length}`, amountCents: req.amountCents };
    },
    async refund(chargeId) {
      calls.push(`refund ${chargeId}`);
      if (queue.length > 0) throw queue.shift();
    },
  };
  return { gateway, calls };
}

function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    delays.push(ms);
  };
  return { delays, sleep };
}

function recordingLogger() {
  const entries: LogEntry[] = [];
  return { entries, logger: { log: (entry: LogEntry) => void entries.push(entry) } };
}

/** Lets every pending promise callback run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("withRetry", () => {
  it("resolves with the wrapped result and does not sleep when the first attempt succeeds", async () => {
    const { gateway, calls } = fakeGateway();
    const { delays, sleep } = recordingSleep();
    const retrying = withRetry(gateway, { attempts: 3, baseDelayMs: 100, sleep });

    await expect(retrying.charge(request)).resolves.toEqual({ chargeId: "ch_1", amountCents: 500 });
    expect(calls).toEqual(["charge order-1"]);
    expect(delays).toEqual([]);
  });

  it("calls again after a failure and resolves with the first success", async () => {
    const { gateway, calls } = fakeGateway([new TransientError("timeout"), new TransientError("timeout")]);
    const { sleep } = recordingSleep();
    const retrying = withRetry(gateway, { attempts: 3, baseDelayMs: 100, sleep });

    await expect(retrying.charge(request)).resolves.toEqual({ chargeId: "ch_3", amountCents: 500 });
    expect(calls).toEqual(["charge order-1", "charge order-1", "charge order-1"]);
  });

  it("backs off exponentially between attempts: base, 2 x base, 4 x base", async () => {
    const failures = [new TransientError("1"), new TransientError("2"), new TransientError("3")];
    const { gateway } = fakeGateway(failures);
    const { delays, sleep } = recordingSleep();
    const retrying = withRetry(gateway, { attempts: 4, baseDelayMs: 100, sleep });

    await retrying.charge(request);
    expect(delays).toEqual([100, 200, 400]);
  });

  it("does not call again until the promise from sleep has resolved", async () => {
    const { gateway, calls } = fakeGateway([new TransientError("timeout")]);
    let wake: () => void = () => {};
    const sleep = (_ms: number) => new Promise<void>((resolve) => (wake = resolve));
    const retrying = withRetry(gateway, { attempts: 2, baseDelayMs: 50, sleep });

    const pending = retrying.charge(request);
    await flush();
    expect(calls).toHaveLength(1);

    wake();
    await expect(pending).resolves.toEqual({ chargeId: "ch_2", amountCents: 500 });
    expect(calls).toHaveLength(2);
  });

  it("rejects with the last error, unchanged, once every attempt has failed, without a final sleep", async () => {
    const last = new TransientError("third");
    const { gateway, calls } = fakeGateway([new TransientError("first"), new TransientError("second"), last]);
    const { delays, sleep } = recordingSleep();
    const retrying = withRetry(gateway, { attempts: 3, baseDelayMs: 10, sleep });

    await expect(retrying.charge(request)).rejects.toBe(last);
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([10, 20]);
  });

  it("gives up at once on an error that shouldRetry rejects", async () => {
    const declined = new CardDeclinedError("insufficient funds");
    const { gateway, calls } = fakeGateway([declined]);
    const { delays, sleep } = recordingSleep();
    const retrying = withRetry(gateway, {
      attempts: 5,
      baseDelayMs: 100,
      sleep,
      shouldRetry: (error) => error instanceof TransientError,
    });

    await expect(retrying.charge(request)).rejects.toBe(declined);
    expect(calls).toEqual(["charge order-1"]);
    expect(delays).toEqual([]);
  });

  it("accepts attempts 1 (one call, no retry) and baseDelayMs 0 (retry without waiting)", async () => {
    const failure = new TransientError("timeout");
    const once = fakeGateway([failure]);
    const onceSleep = recordingSleep();
    const single = withRetry(once.gateway, { attempts: 1, baseDelayMs: 100, sleep: onceSleep.sleep });
    await expect(single.charge(request)).rejects.toBe(failure);
    expect(once.calls).toHaveLength(1);
    expect(onceSleep.delays).toEqual([]);

    const eager = fakeGateway([new TransientError("first"), new TransientError("second")]);
    const eagerSleep = recordingSleep();
    const immediate = withRetry(eager.gateway, { attempts: 3, baseDelayMs: 0, sleep: eagerSleep.sleep });
    expect((await immediate.charge(request)).chargeId).toBe("ch_3");
    expect(eagerSleep.delays).toEqual([0, 0]);
  });

  it("decorates every method of the interface: refund is retried with the same argument", async () => {
    const { gateway, calls } = fakeGateway([new TransientError("timeout")]);
    const { delays, sleep } = recordingSleep();
    const retrying = withRetry(gateway, { attempts: 2, baseDelayMs: 100, sleep });

    await expect(retrying.refund("ch_42")).resolves.toBeUndefined();
    expect(calls).toEqual(["refund ch_42", "refund ch_42"]);
    expect(delays).toEqual([100]);
  });

  it("rejects invalid options with a RangeError", () => {
    const { gateway } = fakeGateway();
    const { sleep } = recordingSleep();
    expect(() => withRetry(gateway, { attempts: 0, baseDelayMs: 100, sleep })).toThrow(RangeError);
    expect(() => withRetry(gateway, { attempts: 1.5, baseDelayMs: 100, sleep })).toThrow(RangeError);
    expect(() => withRetry(gateway, { attempts: 3, baseDelayMs: -1, sleep })).toThrow(RangeError);
  });
});

describe("withLogging", () => {
  it("logs one success entry and resolves with the wrapped result", async () => {
    const { gateway } = fakeGateway();
    const { entries, logger } = recordingLogger();
    const logged = withLogging(gateway, logger);

    await expect(logged.charge(request)).resolves.toEqual({ chargeId: "ch_1", amountCents: 500 });
    await logged.refund("ch_1");
    expect(entries).toEqual([
      { method: "charge", outcome: "success" },
      { method: "refund", outcome: "success" },
    ]);
  });

  it("logs the failure with its error and rejects with the same error", async () => {
    const declined = new CardDeclinedError("insufficient funds");
    const { gateway } = fakeGateway([declined]);
    const { entries, logger } = recordingLogger();
    const logged = withLogging(gateway, logger);

    await expect(logged.charge(request)).rejects.toBe(declined);
    expect(entries).toEqual([{ method: "charge", outcome: "failure", error: declined }]);
    expect((entries[0] as { error: unknown }).error).toBe(declined);
  });
});

describe("composing decorators", () => {
  it("keeps `this` bound when the wrapped gateway is a class", async () => {
    class StatefulGateway implements PaymentGateway {
      #nextId = 1;
      readonly refunded: string[] = [];
      async charge(req: ChargeRequest): Promise<Receipt> {
        return { chargeId: `ch_${this.#nextId++}`, amountCents: req.amountCents };
      }
      async refund(chargeId: string): Promise<void> {
        this.refunded.push(chargeId);
      }
    }
    const inner = new StatefulGateway();
    const { sleep } = recordingSleep();
    const { logger } = recordingLogger();
    const gateway = withLogging(withRetry(inner, { attempts: 2, baseDelayMs: 1, sleep }), logger);

    await expect(gateway.charge(request)).resolves.toEqual({ chargeId: "ch_1", amountCents: 500 });
    await expect(gateway.charge(request)).resolves.toEqual({ chargeId: "ch_2", amountCents: 500 });
    await gateway.refund("ch_1");
    expect(inner.refunded).toEqual(["ch_1"]);
  });

  it("logs once per call when logging wraps retry, and once per attempt when retry wraps logging", async () => {
    const outside = fakeGateway([new TransientError("a"), new TransientError("b")]);
    const outsideLog = recordingLogger();
    const loggingOutside = withLogging(
      withRetry(outside.gateway, { attempts: 3, baseDelayMs: 1, sleep: recordingSleep().sleep }),
      outsideLog.logger,
    );
    await loggingOutside.charge(request);
    expect(outsideLog.entries.map((e) => e.outcome)).toEqual(["success"]);

    const inside = fakeGateway([new TransientError("a"), new TransientError("b")]);
    const insideLog = recordingLogger();
    const loggingInside = withRetry(withLogging(inside.gateway, insideLog.logger), {
      attempts: 3,
      baseDelayMs: 1,
      sleep: recordingSleep().sleep,
    });
    await loggingInside.charge(request);
    expect(insideLog.entries.map((e) => e.outcome)).toEqual(["failure", "failure", "success"]);
  });
});
