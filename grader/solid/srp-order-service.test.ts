import { describe, expect, it, vi } from "vitest";
import {
  InvalidOrderError,
  OrderValidator,
  PriceCalculator,
  ReceiptFormatter,
  TaxCalculator,
  placeOrder,
  type Order,
  type OrderCollaborators,
  type PlacedOrder,
} from "../../exercises/solid/srp-order-service.ts";

function order(overrides: Partial<Order> = {}): Order {
  return {
    id: "A-1",
    customerEmail: "ann@example.com",
    lines: [
      { sku: "apple", unitPriceCents: 150, quantity: 2 },
      { sku: "pear", unitPriceCents: 1200, quantity: 1 },
    ],
    ...overrides,
  };
}

function recordingStore() {
  const saved: PlacedOrder[] = [];
  return { saved, save: (placed: PlacedOrder) => void saved.push(placed) };
}

describe("OrderValidator", () => {
  it("finds no problems in a well-formed order", () => {
    expect(new OrderValidator().validate(order())).toEqual([]);
  });

  it("reports every problem at once, in field order and quantity before price per line", () => {
    const problems = new OrderValidator().validate({
      id: "  ",
      customerEmail: "ann at example.com",
      lines: [
        { sku: "ok", unitPriceCents: 100, quantity: 1 },
        { sku: "bad", unitPriceCents: -1, quantity: 0 },
        { sku: "fractions", unitPriceCents: 1.5, quantity: 2.5 },
      ],
    });
    expect(problems).toEqual([
      "id is required",
      "customerEmail is invalid",
      "line 1: quantity must be a positive integer",
      "line 1: unitPriceCents must be a non-negative integer",
      "line 2: quantity must be a positive integer",
      "line 2: unitPriceCents must be a non-negative integer",
    ]);
  });

  it("rejects an order with no lines and accepts a free (0-cent) item", () => {
    const validator = new OrderValidator();
    expect(validator.validate(order({ lines: [] }))).toEqual(["order has no lines"]);
    expect(validator.validate(order({ lines: [{ sku: "sticker", unitPriceCents: 0, quantity: 1 }] }))).toEqual([]);
    expect(validator.validate(order({ customerEmail: "a@b@c" }))).toEqual(["customerEmail is invalid"]);
  });
});

describe("PriceCalculator", () => {
  it("sums the lines into a subtotal with no discount below 100.00", () => {
    expect(new PriceCalculator().price(order().lines)).toEqual({ subtotalCents: 1500, discountCents: 0 });
    expect(new PriceCalculator().price([{ sku: "x", unitPriceCents: 9_999, quantity: 1 }])).toEqual({
      subtotalCents: 9_999,
      discountCents: 0,
    });
  });

  it("takes 10% off, rounded down to a cent, from a subtotal of 100.00 or more", () => {
    const pricing = new PriceCalculator();
    expect(pricing.price([{ sku: "x", unitPriceCents: 5_000, quantity: 2 }])).toEqual({
      subtotalCents: 10_000,
      discountCents: 1_000,
    });
    expect(pricing.price([{ sku: "x", unitPriceCents: 12_345, quantity: 1 }])).toEqual({
      subtotalCents: 12_345,
      discountCents: 1_234,
    });
  });
});

describe("TaxCalculator", () => {
  it("applies its rate and rounds to the nearest cent", () => {
    expect(new TaxCalculator(0.08).taxOn(1_500)).toBe(120);
    expect(new TaxCalculator(0.2).taxOn(1_234)).toBe(247);
    expect(new TaxCalculator(0.2).taxOn(1_231)).toBe(246);
    expect(new TaxCalculator(0).taxOn(1_234)).toBe(0);
  });
});

describe("ReceiptFormatter", () => {
  it("prints a header, one line per item and the totals, without a discount line when there is none", () => {
    const receipt = new ReceiptFormatter().format(order(), {
      subtotalCents: 1_500,
      discountCents: 0,
      taxCents: 120,
      totalCents: 1_620,
    });
    expect(receipt).toBe(
      [
        "Order A-1 for ann@example.com",
        "2 x apple @ 1.50 = 3.00",
        "1 x pear @ 12.00 = 12.00",
        "Subtotal: 15.00",
        "Tax: 1.20",
        "Total: 16.20",
      ].join("\n"),
    );
  });

  it("prints a discount line when there is a discount", () => {
    const receipt = new ReceiptFormatter().format(
      order({ lines: [{ sku: "tv", unitPriceCents: 12_345, quantity: 1 }] }),
      { subtotalCents: 12_345, discountCents: 1_234, taxCents: 889, totalCents: 12_000 },
    );
    expect(receipt.split("\n")).toEqual([
      "Order A-1 for ann@example.com",
      "1 x tv @ 123.45 = 123.45",
      "Subtotal: 123.45",
      "Discount: -12.34",
      "Tax: 8.89",
      "Total: 120.00",
    ]);
  });
});

describe("placeOrder", () => {
  it("with the real collaborators behaves exactly like the old god function and saves once", () => {
    const store = recordingStore();
    const collaborators: OrderCollaborators = {
      validator: new OrderValidator(),
      pricing: new PriceCalculator(),
      tax: new TaxCalculator(0.08),
      receipts: new ReceiptFormatter(),
      store,
    };
    const bigOrder = order({ lines: [{ sku: "tv", unitPriceCents: 12_345, quantity: 1 }] });

    const placed = placeOrder(bigOrder, collaborators);

    expect(placed).toEqual({
      orderId: "A-1",
      customerEmail: "ann@example.com",
      totals: { subtotalCents: 12_345, discountCents: 1_234, taxCents: 889, totalCents: 12_000 },
      receipt: [
        "Order A-1 for ann@example.com",
        "1 x tv @ 123.45 = 123.45",
        "Subtotal: 123.45",
        "Discount: -12.34",
        "Tax: 8.89",
        "Total: 120.00",
      ].join("\n"),
    });
    expect(store.saved).toEqual([placed]);
  });

  it("delegates every step to the injected collaborators and only composes their results", () => {
    const store = recordingStore();
    const theOrder = order();
    const collaborators = {
      validator: { validate: vi.fn(() => []) },
      pricing: { price: vi.fn(() => ({ subtotalCents: 1_000, discountCents: 100 })) },
      tax: { taxOn: vi.fn(() => 7) },
      receipts: { format: vi.fn(() => "RECEIPT") },
      store,
    };

    const placed = placeOrder(theOrder, collaborators);

    expect(collaborators.validator.validate).toHaveBeenCalledWith(theOrder);
    expect(collaborators.pricing.price).toHaveBeenCalledWith(theOrder.lines);
    expect(collaborators.tax.taxOn).toHaveBeenCalledExactlyOnceWith(900);
    const totals = { subtotalCents: 1_000, discountCents: 100, taxCents: 7, totalCents: 907 };
    expect(collaborators.receipts.format).toHaveBeenCalledExactlyOnceWith(theOrder, totals);
    expect(placed).toEqual({ orderId: "A-1", customerEmail: "ann@example.com", totals, receipt: "RECEIPT" });
    expect(store.saved).toEqual([placed]);
  });

  it("throws InvalidOrderError with the validator's problems and prices, formats and saves nothing", () => {
    const store = recordingStore();
    const collaborators = {
      validator: { validate: vi.fn(() => ["order has no lines"]) },
      pricing: { price: vi.fn(() => ({ subtotalCents: 0, discountCents: 0 })) },
      tax: { taxOn: vi.fn(() => 0) },
      receipts: { format: vi.fn(() => "") },
      store,
    };

    let thrown: unknown;
    try {
      placeOrder(order({ lines: [] }), collaborators);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(InvalidOrderError);
    expect((thrown as InvalidOrderError).problems).toEqual(["order has no lines"]);
    expect((thrown as InvalidOrderError).message).toBe("invalid order: order has no lines");
    expect(collaborators.pricing.price).not.toHaveBeenCalled();
    expect(collaborators.receipts.format).not.toHaveBeenCalled();
    expect(store.saved).toEqual([]);
  });
});
