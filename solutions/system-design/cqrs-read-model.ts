/**
 * CQRS read model — reference solution.
 *
 * A production projection stores `position` in the same transaction as the state it updates,
 * so after a crash it resumes from the right event; here both live in memory.
 */

export type OrderEvent =
  | { seq: number; type: "OrderPlaced"; orderId: string; customerId: string; total: number }
  | { seq: number; type: "OrderShipped"; orderId: string }
  | { seq: number; type: "OrderCancelled"; orderId: string };

export type OrderStatus = "placed" | "shipped" | "cancelled";

export interface OrderView {
  orderId: string;
  customerId: string;
  total: number;
  status: OrderStatus;
}

export interface CustomerSummary {
  orders: number;
  openOrders: number;
  totalSpent: number;
}

export type ApplyResult = "applied" | "duplicate" | "buffered";

export class OrderReadModel {
  #position = 0;
  /** Events ahead of a gap, keyed by seq: finding the next one is a Map lookup, not a scan. */
  readonly #pending = new Map<number, OrderEvent>();
  readonly #orders = new Map<string, OrderView>();
  /** Denormalised index for the per-customer queries, in placement order. */
  readonly #byCustomer = new Map<string, OrderView[]>();

  static rebuild(events: Iterable<OrderEvent>): OrderReadModel {
    const model = new OrderReadModel();
    for (const event of events) model.apply(event);
    return model;
  }

  get position(): number {
    return this.#position;
  }

  get buffered(): number {
    return this.#pending.size;
  }

  apply(event: OrderEvent): ApplyResult {
    const { seq } = event;
    if (!Number.isInteger(seq) || seq <= 0) throw new RangeError(`seq must be a positive integer, got ${seq}`);
    if (seq <= this.#position || this.#pending.has(seq)) return "duplicate";
    if (seq > this.#position + 1) {
      this.#pending.set(seq, event);
      return "buffered";
    }
    this.#project(event);
    for (let next = this.#pending.get(this.#position + 1); next; next = this.#pending.get(this.#position + 1)) {
      this.#pending.delete(next.seq);
      this.#project(next);
    }
    return "applied";
  }

  #project(event: OrderEvent): void {
    this.#position = event.seq;
    if (event.type === "OrderPlaced") {
      const view: OrderView = { orderId: event.orderId, customerId: event.customerId, total: event.total, status: "placed" };
      this.#orders.set(view.orderId, view);
      const list = this.#byCustomer.get(view.customerId) ?? [];
      list.push(view);
      this.#byCustomer.set(view.customerId, list);
      return;
    }
    const order = this.#orders.get(event.orderId);
    if (order?.status !== "placed") return;
    order.status = event.type === "OrderShipped" ? "shipped" : "cancelled";
  }

  getOrder(orderId: string): OrderView | undefined {
    const order = this.#orders.get(orderId);
    return order && { ...order };
  }

  ordersByCustomer(customerId: string): OrderView[] {
    return (this.#byCustomer.get(customerId) ?? []).map((o) => ({ ...o }));
  }

  customerSummary(customerId: string): CustomerSummary {
    const orders = this.#byCustomer.get(customerId) ?? [];
    return {
      orders: orders.length,
      openOrders: orders.filter((o) => o.status === "placed").length,
      totalSpent: orders.filter((o) => o.status !== "cancelled").reduce((sum, o) => sum + o.total, 0),
    };
  }

  allOrders(): OrderView[] {
    return [...this.#orders.values()]
      .map((o) => ({ ...o }))
      .sort((a, b) => (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0));
  }
}
