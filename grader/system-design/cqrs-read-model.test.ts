import { describe, expect, it } from "vitest";
import { OrderReadModel, type OrderEvent } from "../../exercises/system-design/cqrs-read-model.ts";

/** mulberry32: a small seeded generator. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A deterministic log: orders placed by 500 customers, some shipped, some cancelled, some both. */
function eventLog(orders: number, seed = 1): OrderEvent[] {
  const random = seeded(seed);
  const log: OrderEvent[] = [];
  const open: string[] = [];
  let seq = 0;
  for (let i = 0; i < orders; i++) {
    log.push({
      seq: ++seq,
      type: "OrderPlaced",
      orderId: `o${i}`,
      customerId: `c${Math.floor(random() * 500)}`,
      total: 100 + Math.floor(random() * 10_000),
    });
    open.push(`o${i}`);
    if (open.length > 5 && random() < 0.8) {
      const [orderId] = open.splice(Math.floor(random() * open.length), 1);
      log.push({ seq: ++seq, type: random() < 0.7 ? "OrderShipped" : "OrderCancelled", orderId });
      // Now and then a late cancel for an order that is already shipped or cancelled: no effect.
      if (random() < 0.1) log.push({ seq: ++seq, type: "OrderCancelled", orderId });
    }
  }
  return log;
}

const placed = (seq: number, orderId: string, customerId: string, total: number): OrderEvent => ({
  seq,
  type: "OrderPlaced",
  orderId,
  customerId,
  total,
});

describe("OrderReadModel", () => {
  it("projects placed, shipped and cancelled orders and answers queries from them", () => {
    const model = new OrderReadModel();
    expect(model.apply(placed(1, "o1", "c1", 2500))).toBe("applied");
    expect(model.apply(placed(2, "o2", "c1", 700))).toBe("applied");
    expect(model.apply(placed(3, "o3", "c2", 1200))).toBe("applied");
    expect(model.apply({ seq: 4, type: "OrderShipped", orderId: "o1" })).toBe("applied");
    expect(model.apply({ seq: 5, type: "OrderCancelled", orderId: "o2" })).toBe("applied");
    expect(model.position).toBe(5);
    expect(model.getOrder("o1")).toEqual({ orderId: "o1", customerId: "c1", total: 2500, status: "shipped" });
    expect(model.getOrder("nope")).toBeUndefined();
    expect(model.ordersByCustomer("c1").map((o) => [o.orderId, o.status])).toEqual([
      ["o1", "shipped"],
      ["o2", "cancelled"],
    ]);
    expect(model.customerSummary("c1")).toEqual({ orders: 2, openOrders: 0, totalSpent: 2500 });
    expect(model.customerSummary("c2")).toEqual({ orders: 1, openOrders: 1, totalSpent: 1200 });
    expect(model.customerSummary("ghost")).toEqual({ orders: 0, openOrders: 0, totalSpent: 0 });
    expect(model.ordersByCustomer("ghost")).toEqual([]);
    expect(model.allOrders().map((o) => o.orderId)).toEqual(["o1", "o2", "o3"]);
  });

  it("ignores a redelivered event, so applying it twice changes nothing", () => {
    const model = new OrderReadModel();
    model.apply(placed(1, "o1", "c1", 2500));
    expect(model.apply(placed(1, "o1", "c1", 2500))).toBe("duplicate");
    model.apply({ seq: 2, type: "OrderCancelled", orderId: "o1" });
    // A stale redelivery of the placement must not resurrect the cancelled order.
    expect(model.apply(placed(1, "o1", "c1", 2500))).toBe("duplicate");
    expect(model.getOrder("o1")?.status).toBe("cancelled");
    expect(model.customerSummary("c1")).toEqual({ orders: 1, openOrders: 0, totalSpent: 0 });
    expect(model.position).toBe(2);
  });

  it("holds back an event that arrives early and applies it once the gap is filled", () => {
    const model = new OrderReadModel();
    model.apply(placed(1, "o1", "c1", 2500));
    expect(model.apply({ seq: 3, type: "OrderShipped", orderId: "o1" })).toBe("buffered");
    expect(model.apply(placed(4, "o3", "c1", 50))).toBe("buffered");
    expect(model.apply({ seq: 3, type: "OrderShipped", orderId: "o1" })).toBe("duplicate");
    expect(model.position).toBe(1);
    expect(model.buffered).toBe(2);
    expect(model.getOrder("o1")?.status).toBe("placed");
    expect(model.getOrder("o3")).toBeUndefined();
    expect(model.apply(placed(2, "o2", "c1", 700))).toBe("applied");
    expect(model.position).toBe(4);
    expect(model.buffered).toBe(0);
    expect(model.getOrder("o1")?.status).toBe("shipped");
    expect(model.customerSummary("c1")).toEqual({ orders: 3, openOrders: 2, totalSpent: 3250 });
  });

  it("lists a customer's orders in the order they were placed, even if delivered out of order", () => {
    const model = new OrderReadModel();
    model.apply(placed(2, "b", "c1", 1));
    model.apply(placed(3, "a", "c1", 1));
    model.apply(placed(1, "z", "c1", 1));
    expect(model.ordersByCustomer("c1").map((o) => o.orderId)).toEqual(["z", "b", "a"]);
  });

  it("lists all orders sorted by orderId, whatever order they were placed in", () => {
    const ids = shuffle(Array.from({ length: 300 }, (_, i) => `o${String(i).padStart(3, "0")}`), seeded(3));
    const model = OrderReadModel.rebuild(ids.map((id, i) => placed(i + 1, id, "c1", 100)));
    expect(model.allOrders().map((o) => o.orderId)).toEqual([...ids].sort());
    expect(model.ordersByCustomer("c1").map((o) => o.orderId)).toEqual(ids);
  });

  it("changes only orders still 'placed': a cancel after shipping, or for an unknown order, is a no-op", () => {
    const model = new OrderReadModel();
    model.apply(placed(1, "o1", "c1", 900));
    model.apply({ seq: 2, type: "OrderShipped", orderId: "o1" });
    expect(model.apply({ seq: 3, type: "OrderCancelled", orderId: "o1" })).toBe("applied");
    expect(model.apply({ seq: 4, type: "OrderShipped", orderId: "missing" })).toBe("applied");
    expect(model.getOrder("o1")?.status).toBe("shipped");
    expect(model.getOrder("missing")).toBeUndefined();
    expect(model.position).toBe(4);
    expect(model.customerSummary("c1")).toEqual({ orders: 1, openOrders: 0, totalSpent: 900 });
  });

  it("returns copies, so changing a query result does not change the read model", () => {
    const model = new OrderReadModel();
    model.apply(placed(1, "o1", "c1", 900));
    const view = model.getOrder("o1")!;
    view.status = "cancelled";
    view.total = 0;
    model.ordersByCustomer("c1")[0].total = 5;
    model.allOrders()[0].status = "shipped";
    expect(model.getOrder("o1")).toEqual({ orderId: "o1", customerId: "c1", total: 900, status: "placed" });
    expect(model.customerSummary("c1").totalSpent).toBe(900);
  });

  it("rejects a seq that is not a positive integer and changes nothing", () => {
    const model = new OrderReadModel();
    expect(() => model.apply(placed(0, "o1", "c1", 1))).toThrow(RangeError);
    expect(() => model.apply(placed(-2, "o1", "c1", 1))).toThrow(RangeError);
    expect(() => model.apply(placed(1.5, "o1", "c1", 1))).toThrow(RangeError);
    expect(() => model.apply(placed(Number.NaN, "o1", "c1", 1))).toThrow(RangeError);
    expect(model.position).toBe(0);
    expect(model.buffered).toBe(0);
    expect(model.allOrders()).toEqual([]);
  });

  it("rebuilds from scratch to exactly the state of a model that saw the log in order", () => {
    const log = eventLog(2_000);
    const live = new OrderReadModel();
    for (const event of log) live.apply(event);
    const rebuilt = OrderReadModel.rebuild(log);
    expect(rebuilt.position).toBe(log.length);
    expect(rebuilt.allOrders()).toEqual(live.allOrders());
    for (const c of ["c0", "c7", "c123", "c499"]) {
      expect(rebuilt.customerSummary(c), c).toEqual(live.customerSummary(c));
      expect(rebuilt.ordersByCustomer(c), c).toEqual(live.ordersByCustomer(c));
    }
  });

  it("converges on the same state from ~40 000 shuffled events with 10% redelivered", () => {
    const log = eventLog(20_000, 9);
    expect(log.length).toBeGreaterThan(30_000);
    const random = seeded(5);
    const delivered = shuffle(
      [...log, ...log.filter(() => random() < 0.1)],
      random,
    );
    const inOrder = OrderReadModel.rebuild(log);
    const model = new OrderReadModel();
    const results = { applied: 0, duplicate: 0, buffered: 0 };
    for (const event of delivered) results[model.apply(event)]++;
    expect(model.position).toBe(log.length);
    expect(model.buffered).toBe(0);
    expect(results.duplicate).toBe(delivered.length - log.length);
    // Compared as JSON: a deep equality over 20 000 orders is slow to diff.
    const expected = JSON.stringify(inOrder.allOrders());
    expect(JSON.stringify(model.allOrders()) === expected, "state after shuffled delivery differs from in-order").toBe(true);
    expect(JSON.stringify(OrderReadModel.rebuild(delivered).allOrders()) === expected, "rebuild(shuffled) differs").toBe(true);
    expect(model.customerSummary("c42")).toEqual(inOrder.customerSummary("c42"));
  });
});
