/**
 * SRP: split the order god function
 *
 * What you build
 *   A thin `placeOrder` composed from small collaborators, each with a single reason to change,
 *   carved out of the working "god function" `legacyPlaceOrder` at the bottom of this file.
 *
 * Why it matters
 *   Checkout code grows one `if` at a time until validation, pricing, tax, receipts and storage
 *   live in one 200-line function that marketing (discounts), finance (tax) and support
 *   (receipts) all edit at once. Splitting it by reason to change lets each piece be tested,
 *   reviewed and replaced on its own — the Single Responsibility Principle.
 *
 * Your task
 *   Read `legacyPlaceOrder` below: it works, and its behaviour must not change. Move each of its
 *   jobs into its own exported class, then write `placeOrder` that only wires them together.
 *   Money is always an integer number of cents.
 *
 *   - `class OrderValidator` — `validate(order): string[]` returns every problem, in this order
 *     (an empty array means the order is valid):
 *       "id is required"                                  — `id` is empty or only whitespace
 *       "customerEmail is invalid"                        — not `text@text` (no spaces, one "@")
 *       "order has no lines"                              — `lines` is empty
 *       "line <i>: quantity must be a positive integer"   — checked per line (i from 0),
 *       "line <i>: unitPriceCents must be a non-negative integer"   quantity before price
 *   - `class PriceCalculator` — `price(lines): { subtotalCents, discountCents }`. The subtotal is
 *     the sum of unitPriceCents * quantity. A subtotal of 10 000 cents or more gets 10% off,
 *     rounded down to a whole cent (`Math.floor`); below that the discount is 0.
 *   - `class TaxCalculator` — `constructor(rate)` (e.g. 0.08); `taxOn(amountCents)` returns
 *     `Math.round(amountCents * rate)`.
 *   - `class ReceiptFormatter` — `format(order, totals): string`: lines joined with "\n":
 *       "Order <id> for <customerEmail>"
 *       "<quantity> x <sku> @ <unit price> = <line total>"   one per order line, in order
 *       "Subtotal: <subtotal>"
 *       "Discount: -<discount>"                              only when the discount is above 0
 *       "Tax: <tax>"
 *       "Total: <total>"
 *     Amounts are printed as cents / 100 with two decimals: 150 → "1.50".
 *   - `placeOrder(order, collaborators): PlacedOrder` — uses ONLY the injected collaborators
 *     (the suite passes its own stand-ins and checks what each receives):
 *       1. `validator.validate(order)`; if it returns problems, throw
 *          `new InvalidOrderError(problems)` — nothing is priced, formatted or saved;
 *       2. `pricing.price(order.lines)`;
 *       3. `tax.taxOn(subtotalCents - discountCents)`;
 *       4. totalCents = subtotalCents - discountCents + taxCents;
 *       5. `receipts.format(order, totals)`;
 *       6. `store.save(placed)` exactly once, then return `placed`
 *          (`{ orderId, customerEmail, totals, receipt }`).
 *
 * Example
 *   const collaborators = {
 *     validator: new OrderValidator(), pricing: new PriceCalculator(),
 *     tax: new TaxCalculator(0.08), receipts: new ReceiptFormatter(), store: myStore,
 *   };
 *   placeOrder({ id: "A-1", customerEmail: "ann@example.com",
 *                lines: [{ sku: "apple", unitPriceCents: 150, quantity: 2 }] }, collaborators);
 *   // → { orderId: "A-1", customerEmail: "ann@example.com",
 *   //     totals: { subtotalCents: 300, discountCents: 0, taxCents: 24, totalCents: 324 },
 *   //     receipt: "Order A-1 for ann@example.com\n2 x apple @ 1.50 = 3.00\n" +
 *   //              "Subtotal: 3.00\nTax: 0.24\nTotal: 3.24" }   and myStore.save got it once
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

export class OrderValidator {
  validate(order: Order): string[] {
    void order;
    throw new Error("not implemented");
  }
}

export class PriceCalculator {
  price(lines: OrderLine[]): { subtotalCents: number; discountCents: number } {
    void lines;
    throw new Error("not implemented");
  }
}

export class TaxCalculator {
  constructor(rate: number) {
    void rate;
  }

  taxOn(amountCents: number): number {
    void amountCents;
    throw new Error("not implemented");
  }
}

export class ReceiptFormatter {
  format(order: Order, totals: Totals): string {
    void order;
    void totals;
    throw new Error("not implemented");
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
  void order;
  void collaborators;
  throw new Error("not implemented");
}

// ---------------------------------------------------------------------------------------------
// The code you are refactoring. It works; keep its behaviour. Delete it once placeOrder is done.
// ---------------------------------------------------------------------------------------------
function legacyPlaceOrder(order: Order, taxRate: number, db: PlacedOrder[]): PlacedOrder {
  const problems: string[] = [];
  if (order.id.trim() === "") problems.push("id is required");
  if (!/^[^@\s]+@[^@\s]+$/.test(order.customerEmail)) problems.push("customerEmail is invalid");
  if (order.lines.length === 0) problems.push("order has no lines");
  order.lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      problems.push(`line ${i}: quantity must be a positive integer`);
    }
    if (!Number.isInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
      problems.push(`line ${i}: unitPriceCents must be a non-negative integer`);
    }
  });
  if (problems.length > 0) throw new InvalidOrderError(problems);

  let subtotalCents = 0;
  for (const line of order.lines) subtotalCents += line.unitPriceCents * line.quantity;
  const discountCents = subtotalCents >= 10_000 ? Math.floor(subtotalCents / 10) : 0;
  const taxCents = Math.round((subtotalCents - discountCents) * taxRate);
  const totalCents = subtotalCents - discountCents + taxCents;

  let receipt = `Order ${order.id} for ${order.customerEmail}`;
  for (const line of order.lines) {
    receipt += `\n${line.quantity} x ${line.sku} @ ${(line.unitPriceCents / 100).toFixed(2)}`;
    receipt += ` = ${((line.unitPriceCents * line.quantity) / 100).toFixed(2)}`;
  }
  receipt += `\nSubtotal: ${(subtotalCents / 100).toFixed(2)}`;
  if (discountCents > 0) receipt += `\nDiscount: -${(discountCents / 100).toFixed(2)}`;
  receipt += `\nTax: ${(taxCents / 100).toFixed(2)}`;
  receipt += `\nTotal: ${(totalCents / 100).toFixed(2)}`;

  const placed: PlacedOrder = {
    orderId: order.id,
    customerEmail: order.customerEmail,
    totals: { subtotalCents, discountCents, taxCents, totalCents },
    receipt,
  };
  db.push(placed);
  return placed;
}
