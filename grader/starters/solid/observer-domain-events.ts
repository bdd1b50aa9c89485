/**
 * Domain events with an observer bus
 *
 * What you build
 *   A typed in-process event bus, an `Order` aggregate that records domain events, and a
 *   repository that publishes those events only after the order has been saved.
 *
 * Why it matters
 *   "When an order is placed, send the receipt, reserve stock and notify analytics" should not
 *   turn the `Order` class into a god object that knows about mailers and warehouses. The order
 *   records *what happened*; observers subscribed to the bus react to it. Publishing after the
 *   save means no email goes out for an order that was never stored, and one broken observer must
 *   not stop the others. Libraries differ on that last point: Rails' ActiveSupport::Notifications
 *   runs every subscriber and then re-raises (several failures together as an
 *   InstrumentationSubscriberError), as this kata does, while MediatR's default publisher
 *   (ForeachAwaitPublisher) stops at the first handler that throws unless you switch it to
 *   TaskWhenAllPublisher.
 *
 * Your task
 *   Implement `class EventBus<Events>`, where `Events` maps each event name to its payload type:
 *   - `subscribe(eventName, handler): () => void` — registers `handler` for that event and returns
 *     an unsubscribe function. Calling the unsubscribe function removes only that subscription;
 *     calling it again does nothing. Subscribing a handler that is already subscribed to the same
 *     event throws an `Error` whose message contains "already subscribed" (the same handler may
 *     subscribe to different events, and may subscribe again after unsubscribing).
 *   - `publish(eventName, payload): void` — calls every handler of that event with the payload,
 *     in subscription order. With no handlers it does nothing. Handlers are the ones subscribed
 *     when `publish` starts: subscribing or unsubscribing inside a handler takes effect from the
 *     next publish. If handlers throw, the others still run; after all have run, `publish` throws
 *     an `AggregateError` whose `errors` are the thrown values, in subscription order.
 *   Implement `class Order` (the aggregate):
 *   - `Order.place(id, totalCents)` — returns a new order with `status` "placed" and records
 *     `{ name: "OrderPlaced", payload: { orderId, totalCents } }`.
 *   - `cancel(reason)` — sets `status` to "cancelled" and records
 *     `{ name: "OrderCancelled", payload: { orderId, reason } }`; throws an `Error` if the order is
 *     already cancelled (and records nothing).
 *   - `pullEvents()` — returns the recorded events, oldest first, and forgets them, so a second
 *     call returns `[]`. Recording an event never publishes anything.
 *   Implement `class OrderRepository`:
 *   - `constructor(bus)`; `findById(id)` returns the saved order or `undefined`.
 *   - `save(order)` — stores the order first, then publishes each of its pulled events on the bus,
 *     in the order they were recorded. Handlers can therefore `findById` the order. Saving an
 *     order with no new events publishes nothing.
 *
 * Example
 *   const bus = new EventBus<OrderEvents>();
 *   const repo = new OrderRepository(bus);
 *   bus.subscribe("OrderPlaced", ({ orderId }) => mailer.sendReceipt(orderId));
 *   const order = Order.place("o-1", 2_500);   // nothing published yet
 *   repo.save(order);                           // stored, then the receipt is sent
 *   repo.save(order);                           // no new events: nothing published
 */

/** Maps each event name to its payload type. */
export type EventMap = Record<string, unknown>;

export type Handler<Payload> = (payload: Payload) => void;

/** One recorded event: its name and the matching payload. */
export type DomainEvent<Events extends EventMap> = {
  [Name in keyof Events]: { name: Name; payload: Events[Name] };
}[keyof Events];

export type OrderEvents = {
  OrderPlaced: { orderId: string; totalCents: number };
  OrderCancelled: { orderId: string; reason: string };
};

export type OrderStatus = "placed" | "cancelled";

export class EventBus<Events extends EventMap> {
  subscribe<Name extends keyof Events>(eventName: Name, handler: Handler<Events[Name]>): () => void {
    void eventName;
    void handler;
    throw new Error("not implemented");
  }

  publish<Name extends keyof Events>(eventName: Name, payload: Events[Name]): void {
    void eventName;
    void payload;
    throw new Error("not implemented");
  }
}

export class Order {
  private constructor(
    readonly id: string,
    readonly totalCents: number,
  ) {}

  static place(id: string, totalCents: number): Order {
    void id;
    void totalCents;
    throw new Error("not implemented");
  }

  get status(): OrderStatus {
    throw new Error("not implemented");
  }

  cancel(reason: string): void {
    void reason;
    throw new Error("not implemented");
  }

  pullEvents(): DomainEvent<OrderEvents>[] {
    throw new Error("not implemented");
  }
}

export class OrderRepository {
  constructor(bus: EventBus<OrderEvents>) {
    void bus;
  }

  save(order: Order): void {
    void order;
    throw new Error("not implemented");
  }

  findById(id: string): Order | undefined {
    void id;
    throw new Error("not implemented");
  }
}
