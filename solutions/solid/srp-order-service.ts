/**
 * SRP: split the order god function — reference solution.
 *
 * Each class changes for one reason (validation rules, discount policy, tax law, receipt layout);
 * placeOrder only sequences them. Because the collaborators are passed in, each step can be
 * replaced or stubbed without touching the others.
 */

export interface OrderLine {
  sku: string;
  unitPriceCents: number;
  quantity: number;
}

export interface Order {
  id: string;
  customerEmail: string;
  lines: OrderLine[];
}

export interface Totals {
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
}

export interface PlacedOrder {
  orderId: string;
  customerEmail: string;
  totals: Totals;
  receipt: string;
}

export interface OrderStore {
  save(placed: PlacedOrder): void;
}

export class InvalidOrderError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid order: ${problems.join("; ")}`);
    this.name = "InvalidOrderError";
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

export class OrderValidator {
  validate(order: Order): string[] {
    const problems: string[] = [];
    if (order.id.trim() === "") problems.push("id is required");
    if (!EMAIL.test(order.customerEmail)) problems.push("customerEmail is invalid");
    if (order.lines.length === 0) problems.push("order has no lines");
    order.lines.forEach((line, i) => {
      if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
        problems.push(`line ${i}: quantity must be a positive integer`);
      }
      if (!Number.isInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
        problems.push(`line ${i}: unitPriceCents must be a non-negative integer`);
      }
    });
    return problems;
  }
}

const BULK_THRESHOLD_CENTS = 10_000;

export class PriceCalculator {
  price(lines: OrderLine[]): { subtotalCents: number; discountCents: number } {
    const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    // Integer division keeps cents exact; `subtotal * 0.1` can land a hair below a whole cent.
    const discountCents = subtotalCents >= BULK_THRESHOLD_CENTS ? Math.floor(subtotalCents / 10) : 0;
    return { subtotalCents, discountCents };
  }
}

export class TaxCalculator {
  constructor(private readonly rate: number) {}

  taxOn(amountCents: number): number {
    return Math.round(amountCents * this.rate);
  }
}

const money = (cents: number): string => (cents / 100).toFixed(2);

export class ReceiptFormatter {
  format(order: Order, totals: Totals): string {
    const lines = [`Order ${order.id} for ${order.customerEmail}`];
    for (const line of order.lines) {
      lines.push(
        `${line.quantity} x ${line.sku} @ ${money(line.unitPriceCents)} = ${money(line.unitPriceCents * line.quantity)}`,
      );
    }
    lines.push(`Subtotal: ${money(totals.subtotalCents)}`);
    if (totals.discountCents > 0) lines.push(`Discount: -${money(totals.discountCents)}`);
    lines.push(`Tax: ${money(totals.taxCents)}`, `Total: ${money(totals.totalCents)}`);
    return lines.join("\n");
  }
}

/** What placeOrder needs from each collaborator: only the one method it calls. */
export interface OrderCollaborators {
  validator: Pick<OrderValidator, "validate">;
  pricing: Pick<PriceCalculator, "price">;
  tax: Pick<TaxCalculator, "taxOn">;
  receipts: Pick<ReceiptFormatter, "format">;
  store: OrderStore;
}

export function placeOrder(order: Order, collaborators: OrderCollaborators): PlacedOrder {
  const { validator, pricing, tax, receipts, store } = collaborators;

  const problems = validator.validate(order);
  if (problems.length > 0) throw new InvalidOrderError(problems);

  const { subtotalCents, discountCents } = pricing.price(order.lines);
  const taxCents = tax.taxOn(subtotalCents - discountCents);
  const totals: Totals = { subtotalCents, discountCents, taxCents, totalCents: subtotalCents - discountCents + taxCents };

  const placed: PlacedOrder = {
    orderId: order.id,
    customerEmail: order.customerEmail,
    totals,
    receipt: receipts.format(order, totals),
  };
  store.save(placed);
  return placed;
}
