import { describe, expect, it } from "vitest";
import { runSaga, type SagaStep } from "../../exercises/messaging/saga.ts";

/** Order → payment → stock, as three fake services writing to one shared log. */
function shop(options: { failAt?: "order" | "payment" | "stock"; refundFailures?: number; cancelFailures?: number } = {}) {
  const log: string[] = [];
  let refundFailures = options.refundFailures ?? 0;
  let cancelFailures = options.cancelFailures ?? 0;
  const fail = (step: string) => {
    if (options.failAt === step) {
      log.push(`${step} failed`);
      throw new Error(`${step} failed`);
    }
  };
  const steps: SagaStep[] = [
    {
      name: "order",
      action: async () => {
        fail("order");
        log.push("order created");
        return "order-7";
      },
      compensate: async (orderId) => {
        if (cancelFailures-- > 0) {
          log.push(`cancel ${orderId} failed`);
          throw new Error("orders service down");
        }
        log.push(`order ${orderId} cancelled`);
      },
    },
    {
      name: "payment",
      action: async (results) => {
        fail("payment");
        log.push(`charged for ${results.order}`);
        return "pay-42";
      },
      compensate: async (paymentId) => {
        if (refundFailures-- > 0) {
          log.push(`refund ${paymentId} failed`);
          throw new Error("payments service down");
        }
        log.push(`payment ${paymentId} refunded`);
      },
    },
    {
      name: "stock",
      action: async (results) => {
        fail("stock");
        log.push(`stock reserved for ${results.order}`);
        return { reservation: "res-1" };
      },
      compensate: async () => {
        log.push("stock released");
      },
    },
  ];
  return { log, steps };
}

describe("runSaga", () => {
  it("runs every step in order, passing earlier results, and returns each step's result", async () => {
    const { log, steps } = shop();
    await expect(runSaga(steps)).resolves.toEqual({
      status: "completed",
      results: { order: "order-7", payment: "pay-42", stock: { reservation: "res-1" } },
    });
    expect(log).toEqual(["order created", "charged for order-7", "stock reserved for order-7"]);
  });

  it("when stock fails, refunds the payment then cancels the order, newest first", async () => {
    const { log, steps } = shop({ failAt: "stock" });
    const outcome = await runSaga(steps);
    expect(outcome).toMatchObject({ status: "compensated", failedStep: "stock" });
    expect(log).toEqual([
      "order created",
      "charged for order-7",
      "stock failed",
      "payment pay-42 refunded",
      "order order-7 cancelled",
    ]);
  });

  it("reports the action's own error, and never compensates the step that failed", async () => {
    const { log, steps } = shop({ failAt: "payment" });
    const outcome = await runSaga(steps);
    if (outcome.status !== "compensated") throw new Error(`expected compensated, got ${outcome.status}`);
    expect(outcome.error).toBeInstanceOf(Error);
    expect((outcome.error as Error).message).toBe("payment failed");
    expect(log).toEqual(["order created", "payment failed", "order order-7 cancelled"]);
  });

  it("compensates nothing when the first step fails", async () => {
    const { log, steps } = shop({ failAt: "order" });
    await expect(runSaga(steps)).resolves.toMatchObject({ status: "compensated", failedStep: "order" });
    expect(log).toEqual(["order failed"]);
  });

  it("starts no later step after a failure", async () => {
    const { log, steps } = shop({ failAt: "payment" });
    await runSaga(steps);
    expect(log.some((line) => line.startsWith("stock"))).toBe(false);
  });

  it("skips completed steps that have no compensation", async () => {
    const log: string[] = [];
    const steps: SagaStep[] = [
      { name: "reserve", action: async () => log.push("reserved"), compensate: async () => void log.push("released") },
      { name: "audit", action: async () => log.push("audited") }, // nothing to undo
      {
        name: "charge",
        action: async () => {
          throw new Error("card declined");
        },
      },
    ];
    await expect(runSaga(steps)).resolves.toMatchObject({ status: "compensated", failedStep: "charge" });
    expect(log).toEqual(["reserved", "audited", "released"]);
  });

  it("gives each action a copy of the results, so a step cannot corrupt another's", async () => {
    const seen: unknown[] = [];
    const steps: SagaStep[] = [
      { name: "a", action: async () => 1 },
      {
        name: "b",
        action: async (results) => {
          (results as Record<string, unknown>).a = "tampered";
          return 2;
        },
      },
      { name: "c", action: async (results) => seen.push({ ...results }) },
    ];
    const outcome = await runSaga(steps);
    expect(seen).toEqual([{ a: 1, b: 2 }]);
    expect(outcome).toEqual({ status: "completed", results: { a: 1, b: 2, c: 1 } });
  });

  it("retries a failing compensation until it succeeds, up to the attempt limit", async () => {
    const { log, steps } = shop({ failAt: "stock", refundFailures: 2 });
    await expect(runSaga(steps)).resolves.toMatchObject({ status: "compensated", failedStep: "stock" });
    expect(log.slice(3)).toEqual([
      "refund pay-42 failed",
      "refund pay-42 failed",
      "payment pay-42 refunded",
      "order order-7 cancelled",
    ]);
  });

  it("reports stuck steps whose compensation kept failing, and still compensates the older ones", async () => {
    const { log, steps } = shop({ failAt: "stock", refundFailures: 10 });
    const outcome = await runSaga(steps, { compensationAttempts: 2 });
    expect(outcome).toMatchObject({ status: "stuck", failedStep: "stock", uncompensated: ["payment"] });
    expect(log.slice(3)).toEqual(["refund pay-42 failed", "refund pay-42 failed", "order order-7 cancelled"]);
  });

  it("lists every stuck step in the order their compensations were tried", async () => {
    const { steps } = shop({ failAt: "stock", refundFailures: 10, cancelFailures: 10 });
    await expect(runSaga(steps)).resolves.toMatchObject({ status: "stuck", uncompensated: ["payment", "order"] });
  });

  it("completes an empty saga, and rejects duplicate names or a bad attempt count before running anything", async () => {
    await expect(runSaga([])).resolves.toEqual({ status: "completed", results: {} });
    const ran: string[] = [];
    const step = (name: string): SagaStep => ({ name, action: async () => void ran.push(name) });
    await expect(runSaga([step("order"), step("payment"), step("order")])).rejects.toThrow(/order/);
    await expect(runSaga([step("order")], { compensationAttempts: 0 })).rejects.toThrow(RangeError);
    await expect(runSaga([step("order")], { compensationAttempts: 1.5 })).rejects.toThrow(RangeError);
    expect(ran).toEqual([]);
  });
});
