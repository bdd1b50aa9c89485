import { describe, expect, it } from "vitest";
import { EventBus, Order, OrderRepository, type OrderEvents } from "../../exercises/solid/observer-domain-events.ts";

type ShopEvents = {
  UserRegistered: { email: string };
  UserDeleted: { email: string };
};

describe("EventBus", () => {
  it("delivers a published payload to the subscribers of that event only", () => {
    const bus = new EventBus<ShopEvents>();
    const registered: string[] = [];
    const deleted: string[] = [];
    bus.subscribe("UserRegistered", ({ email }) => registered.push(email));
    bus.subscribe("UserDeleted", ({ email }) => deleted.push(email));

    bus.publish("UserRegistered", { email: "ada@example.com" });

    expect(registered).toEqual(["ada@example.com"]);
    expect(deleted).toEqual([]);
  });

  it("calls handlers in subscription order", () => {
    const bus = new EventBus<ShopEvents>();
    const calls: string[] = [];
    bus.subscribe("UserRegistered", () => calls.push("welcome email"));
    bus.subscribe("UserRegistered", () => calls.push("analytics"));
    bus.subscribe("UserRegistered", () => calls.push("crm sync"));

    bus.publish("UserRegistered", { email: "ada@example.com" });

    expect(calls).toEqual(["welcome email", "analytics", "crm sync"]);
  });

  it("stops delivering after unsubscribe, leaves other handlers alone, and ignores a second unsubscribe", () => {
    const bus = new EventBus<ShopEvents>();
    const calls: string[] = [];
    const unsubscribe = bus.subscribe("UserRegistered", () => calls.push("first"));
    bus.subscribe("UserRegistered", () => calls.push("second"));

    unsubscribe();
    unsubscribe();
    bus.publish("UserRegistered", { email: "ada@example.com" });

    expect(calls).toEqual(["second"]);
  });

  it("does nothing when an event has no subscribers", () => {
    const bus = new EventBus<ShopEvents>();
    const unsubscribe = bus.subscribe("UserDeleted", () => {});
    unsubscribe();
    expect(() => bus.publish("UserRegistered", { email: "ada@example.com" })).not.toThrow();
    expect(() => bus.publish("UserDeleted", { email: "ada@example.com" })).not.toThrow();
  });

  it("applies subscriptions made or removed inside a handler from the next publish", () => {
    const bus = new EventBus<ShopEvents>();
    const calls: string[] = [];
    let unsubscribeLast = () => {};
    bus.subscribe("UserRegistered", () => {
      calls.push("first");
      bus.subscribe("UserRegistered", () => calls.push("added during publish"));
      unsubscribeLast();
    });
    unsubscribeLast = bus.subscribe("UserRegistered", () => calls.push("last"));

    bus.publish("UserRegistered", { email: "ada@example.com" });
    expect(calls).toEqual(["first", "last"]);
  });

  it("refuses to subscribe the same handler twice to one event", () => {
    const bus = new EventBus<ShopEvents>();
    const seen: string[] = [];
    const handler = ({ email }: { email: string }) => void seen.push(email);
    const unsubscribe = bus.subscribe("UserRegistered", handler);

    expect(() => bus.subscribe("UserRegistered", handler)).toThrow(/already subscribed/);
    bus.subscribe("UserDeleted", handler);
    bus.publish("UserRegistered", { email: "a@example.com" });
    bus.publish("UserDeleted", { email: "b@example.com" });
    expect(seen).toEqual(["a@example.com", "b@example.com"]);

    unsubscribe();
    bus.subscribe("UserRegistered", handler);
    bus.publish("UserRegistered", { email: "c@example.com" });
    expect(seen).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
  });

  it("runs every handler even when some throw, then throws an AggregateError of their errors in order", () => {
    const bus = new EventBus<ShopEvents>();
    const calls: string[] = [];
    const smtpDown = new Error("smtp down");
    const crmDown = new Error("crm down");
    bus.subscribe("UserRegistered", () => {
      throw smtpDown;
    });
    bus.subscribe("UserRegistered", () => calls.push("analytics"));
    bus.subscribe("UserRegistered", () => {
      throw crmDown;
    });

    let thrown: unknown;
    try {
      bus.publish("UserRegistered", { email: "ada@example.com" });
    } catch (error) {
      thrown = error;
    }

    expect(calls).toEqual(["analytics"]);
    expect(thrown).toBeInstanceOf(AggregateError);
    expect((thrown as AggregateError).errors).toEqual([smtpDown, crmDown]);
  });
});

describe("Order aggregate and OrderRepository", () => {
  it("records events on the order, and pullEvents returns them once, oldest first", () => {
    const order = Order.place("o-1", 2_500);
    order.cancel("customer changed their mind");

    expect(order.status).toBe("cancelled");
    expect(order.pullEvents()).toEqual([
      { name: "OrderPlaced", payload: { orderId: "o-1", totalCents: 2_500 } },
      { name: "OrderCancelled", payload: { orderId: "o-1", reason: "customer changed their mind" } },
    ]);
    expect(order.pullEvents()).toEqual([]);
  });

  it("publishes the recorded events only after save, when handlers can already find the order", () => {
    const bus = new EventBus<OrderEvents>();
    const repo = new OrderRepository(bus);
    const seen: string[] = [];
    bus.subscribe("OrderPlaced", ({ orderId, totalCents }) => {
      seen.push(`placed ${orderId} ${totalCents} stored=${repo.findById(orderId) !== undefined}`);
    });
    bus.subscribe("OrderCancelled", ({ orderId, reason }) => {
      seen.push(`cancelled ${orderId} ${reason} status=${repo.findById(orderId)?.status}`);
    });

    const order = Order.place("o-1", 2_500);
    order.cancel("out of stock");
    expect(seen).toEqual([]);
    expect(repo.findById("o-1")).toBeUndefined();

    repo.save(order);
    expect(seen).toEqual(["placed o-1 2500 stored=true", "cancelled o-1 out of stock status=cancelled"]);
    expect(repo.findById("o-1")).toBe(order);
  });

  it("publishes nothing when an order is saved again without new events", () => {
    const bus = new EventBus<OrderEvents>();
    const repo = new OrderRepository(bus);
    const seen: string[] = [];
    bus.subscribe("OrderPlaced", ({ orderId }) => void seen.push(orderId));

    const order = Order.place("o-1", 2_500);
    repo.save(order);
    repo.save(order);

    expect(seen).toEqual(["o-1"]);
  });

  it("refuses to cancel an order twice and records nothing for the refused attempt", () => {
    const order = Order.place("o-1", 2_500);
    expect(order.status).toBe("placed");
    order.cancel("first");
    expect(() => order.cancel("second")).toThrow(Error);
    expect(order.pullEvents().map((e) => e.name)).toEqual(["OrderPlaced", "OrderCancelled"]);
  });
});
