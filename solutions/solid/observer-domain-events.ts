/**
 * Domain events with an observer bus — reference solution.
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
  // The public methods keep name and payload types tied together; inside, one map holds every
  // event's subscriptions, so handlers are stored loosely typed. Each subscription is its own
  // object, so an old unsubscribe function can never remove a later re-subscription.
  readonly #subscriptions = new Map<keyof Events, { handler: Handler<unknown> }[]>();

  subscribe<Name extends keyof Events>(eventName: Name, handler: Handler<Events[Name]>): () => void {
    const current = this.#subscriptions.get(eventName) ?? [];
    if (current.some((s) => s.handler === handler)) {
      throw new Error(`handler is already subscribed to "${String(eventName)}"`);
    }
    const subscription = { handler: handler as Handler<unknown> };
    this.#subscriptions.set(eventName, [...current, subscription]);

    return () => {
      const latest = this.#subscriptions.get(eventName) ?? [];
      this.#subscriptions.set(eventName, latest.filter((s) => s !== subscription));
    };
  }

  publish<Name extends keyof Events>(eventName: Name, payload: Events[Name]): void {
    // Subscribing and unsubscribing replace the array rather than mutate it, so this is a
    // snapshot: changes made by handlers during this publish apply from the next one.
    const subscriptions = this.#subscriptions.get(eventName) ?? [];
    const errors: unknown[] = [];
    for (const { handler } of subscriptions) {
      try {
        handler(payload);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) {
      throw new AggregateError(errors, `${errors.length} handler(s) failed for "${String(eventName)}"`);
    }
  }
}

export class Order {
  #status: OrderStatus = "placed";
  #pending: DomainEvent<OrderEvents>[] = [];

  private constructor(
    readonly id: string,
    readonly totalCents: number,
  ) {}

  static place(id: string, totalCents: number): Order {
    const order = new Order(id, totalCents);
    order.#pending.push({ name: "OrderPlaced", payload: { orderId: id, totalCents } });
    return order;
  }

  get status(): OrderStatus {
    return this.#status;
  }

  cancel(reason: string): void {
    if (this.#status === "cancelled") throw new Error(`order ${this.id} is already cancelled`);
    this.#status = "cancelled";
    this.#pending.push({ name: "OrderCancelled", payload: { orderId: this.id, reason } });
  }

  pullEvents(): DomainEvent<OrderEvents>[] {
    const events = this.#pending;
    this.#pending = [];
    return events;
  }
}

export class OrderRepository {
  readonly #bus: EventBus<OrderEvents>;
  readonly #orders = new Map<string, Order>();

  constructor(bus: EventBus<OrderEvents>) {
    this.#bus = bus;
  }

  save(order: Order): void {
    // Store first, publish second. A real system writes the events to an outbox table in the
    // same transaction, so a crash between the two steps cannot lose them.
    this.#orders.set(order.id, order);
    for (const event of order.pullEvents()) {
      this.#bus.publish(event.name, event.payload);
    }
  }

  findById(id: string): Order | undefined {
    return this.#orders.get(id);
  }
}
