import { describe, expect, it } from "vitest";
import {
  BulkDiscount,
  BuyXGetYFree,
  PercentageOff,
  PricingEngine,
  type CartItem,
  type PricingRule,
} from "../../exercises/solid/ocp-pricing-rules.ts";

const apples = (quantity: number): CartItem => ({ sku: "apple", unitPriceCents: 100, quantity });
const pens = (quantity: number): CartItem => ({ sku: "pen", unitPriceCents: 120, quantity });

describe("PricingEngine", () => {
  it("quotes the plain subtotal when it has no rules", () => {
    const quote = new PricingEngine([]).quote([apples(3), pens(2)]);
    expect(quote).toEqual({ subtotalCents: 540, discounts: [], totalCents: 540 });
  });

  it("applies every rule in order to the original cart and lists only non-zero discounts", () => {
    const engine = new PricingEngine([
      new BuyXGetYFree("apple", 2, 1),
      new BulkDiscount("pen", 10, 80),
      new PercentageOff(10),
    ]);
    const quote = engine.quote([apples(3), pens(2)]);
    expect(quote).toEqual({
      subtotalCents: 540,
      discounts: [
        { rule: "buy 2 get 1 free on apple", amountCents: 100 },
        { rule: "10% off", amountCents: 54 },
      ],
      totalCents: 386,
    });
  });

  it("accepts a brand-new rule without any change to the engine", () => {
    class CheapestUnitFree implements PricingRule {
      readonly name = "cheapest unit free";
      discountFor(items: readonly CartItem[]): number {
        return items.length === 0 ? 0 : Math.min(...items.map((i) => i.unitPriceCents));
      }
    }
    const seen: (readonly CartItem[])[] = [];
    const loyalty: PricingRule = {
      name: "loyalty 5.00 off",
      discountFor: (items) => {
        seen.push(items);
        return 500;
      },
    };
    const cart = [apples(2), pens(5)];

    const quote = new PricingEngine([new CheapestUnitFree(), loyalty]).quote(cart);

    expect(quote).toEqual({
      subtotalCents: 800,
      discounts: [
        { rule: "cheapest unit free", amountCents: 100 },
        { rule: "loyalty 5.00 off", amountCents: 500 },
      ],
      totalCents: 200,
    });
    expect(seen).toEqual([cart]);
  });

  it("quotes zero for an empty cart", () => {
    const engine = new PricingEngine([new PercentageOff(50), new BuyXGetYFree("apple", 1, 1)]);
    expect(engine.quote([])).toEqual({ subtotalCents: 0, discounts: [], totalCents: 0 });
  });

  it("never quotes a total below zero", () => {
    const engine = new PricingEngine([new PercentageOff(100), { name: "gift card", discountFor: () => 1_000 }]);
    const quote = engine.quote([apples(4)]);
    expect(quote.discounts.map((d) => d.amountCents)).toEqual([400, 1_000]);
    expect(quote.totalCents).toBe(0);
  });
});

describe("pricing rules", () => {
  it("PercentageOff takes a percentage of the subtotal, rounded down to a cent", () => {
    const rule = new PercentageOff(15);
    expect(rule.name).toBe("15% off");
    expect(rule.discountFor([{ sku: "x", unitPriceCents: 1_999, quantity: 1 }])).toBe(299);
    expect(rule.discountFor([apples(2), pens(1)])).toBe(48);
  });

  it("BuyXGetYFree makes `free` units free for every complete group of buy + free", () => {
    const rule = new BuyXGetYFree("apple", 2, 1);
    expect(rule.name).toBe("buy 2 get 1 free on apple");
    expect(rule.discountFor([apples(2)])).toBe(0);
    expect(rule.discountFor([apples(3)])).toBe(100);
    expect(rule.discountFor([apples(5)])).toBe(100);
    expect(rule.discountFor([apples(6)])).toBe(200);
    expect(new BuyXGetYFree("apple", 3, 2).discountFor([apples(10)])).toBe(400);
  });

  it("BuyXGetYFree ignores other skus and gives nothing when its sku is absent", () => {
    const rule = new BuyXGetYFree("apple", 1, 1);
    expect(rule.discountFor([pens(10)])).toBe(0);
    expect(rule.discountFor([pens(10), apples(2)])).toBe(100);
  });

  it("BulkDiscount reprices every unit once the quantity reaches the threshold", () => {
    const rule = new BulkDiscount("pen", 10, 80);
    expect(rule.name).toBe("bulk price on pen");
    expect(rule.discountFor([pens(9)])).toBe(0);
    expect(rule.discountFor([pens(10)])).toBe(400);
    expect(rule.discountFor([pens(12), apples(50)])).toBe(480);
    expect(rule.discountFor([apples(50)])).toBe(0);
    expect(new BulkDiscount("pen", 1, 150).discountFor([pens(5)])).toBe(0);
  });

  it("BulkDiscount accepts a bulk price of 0: every unit is then free", () => {
    expect(new BulkDiscount("pen", 3, 0).discountFor([pens(3)])).toBe(360);
  });
});

describe("invalid input", () => {
  it("rejects a rule that returns a negative or fractional discount, naming the rule", () => {
    const negative = new PricingEngine([{ name: "surcharge", discountFor: () => -50 }]);
    const fractional = new PricingEngine([{ name: "third off", discountFor: () => 100 / 3 }]);
    expect(() => negative.quote([apples(1)])).toThrow(RangeError);
    expect(() => negative.quote([apples(1)])).toThrow(/surcharge/);
    expect(() => fractional.quote([apples(1)])).toThrow(/third off/);
  });

  it("rule constructors reject nonsensical parameters with a RangeError", () => {
    expect(() => new PercentageOff(0)).toThrow(RangeError);
    expect(() => new PercentageOff(101)).toThrow(RangeError);
    expect(() => new PercentageOff(Number.NaN)).toThrow(RangeError);
    expect(() => new BuyXGetYFree("apple", 0, 1)).toThrow(RangeError);
    expect(() => new BuyXGetYFree("apple", 2, 1.5)).toThrow(RangeError);
    expect(() => new BulkDiscount("pen", 0, 80)).toThrow(RangeError);
    expect(() => new BulkDiscount("pen", 10, -1)).toThrow(RangeError);
  });
});
