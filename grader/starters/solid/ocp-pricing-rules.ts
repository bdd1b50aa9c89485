/**
 * OCP: pluggable pricing rules
 *
 * What you build
 *   A pricing engine that applies a list of `PricingRule` strategies to a cart, plus three
 *   rules — percentage off, buy X get Y free, bulk price — that plug into it.
 *
 * Why it matters
 *   Promotions change every week; the checkout must not. When each promotion is its own object
 *   behind one small interface, marketing's new "third coffee free" is a new class, not another
 *   `else if` in a function every release touches. That is the Open/Closed Principle: the engine
 *   is open for extension (new rules) and closed for modification (its code never changes).
 *
 * Your task
 *   Money is an integer number of cents. Each sku appears at most once in a cart.
 *   - `class PricingEngine` — `constructor(rules)`; `quote(items): Quote`:
 *       subtotalCents = sum of unitPriceCents * quantity;
 *       each rule, in the order given, is asked `rule.discountFor(items)` with the ORIGINAL cart
 *       (rules do not see each other's discounts); every non-zero result is listed in
 *       `discounts` as `{ rule: rule.name, amountCents }`, in rule order; zero results are left out;
 *       totalCents = subtotalCents minus all discounts, but never below 0.
 *     If a rule returns anything but a non-negative integer, `quote` throws a `RangeError` whose
 *     message contains the rule's name. The engine knows nothing about specific rule classes:
 *     the suite plugs in rules of its own.
 *   - `class PercentageOff` — `constructor(percent)`, 0 < percent <= 100, else `RangeError`.
 *     name: "<percent>% off". Discount: `Math.floor(subtotal * percent / 100)`.
 *   - `class BuyXGetYFree` — `constructor(sku, buy, free)`, both positive integers, else
 *     `RangeError`. name: "buy <buy> get <free> free on <sku>". For every complete group of
 *     buy + free units of that sku, `free` units cost nothing; incomplete groups pay in full.
 *     0 when the sku is not in the cart.
 *   - `class BulkDiscount` — `constructor(sku, minQuantity, unitPriceCents)`; minQuantity a
 *     positive integer and unitPriceCents a non-negative integer (0 is valid: free in bulk), else
 *     `RangeError`.
 *     name: "bulk price on <sku>". When the cart holds at least minQuantity units of the sku,
 *     every unit costs the bulk price: discount = (normal price - bulk price) * quantity.
 *     0 below the threshold, when the sku is absent, or when the bulk price is not cheaper.
 *
 * Example
 *   const engine = new PricingEngine([new BuyXGetYFree("apple", 2, 1), new PercentageOff(10)]);
 *   engine.quote([{ sku: "apple", unitPriceCents: 100, quantity: 3 }]);
 *   // → { subtotalCents: 300,
 *   //     discounts: [{ rule: "buy 2 get 1 free on apple", amountCents: 100 },
 *   //                 { rule: "10% off", amountCents: 30 }],
 *   //     totalCents: 170 }
 */

export interface CartItem {
  sku: string;
  unitPriceCents: number;
  quantity: number;
}

export interface PricingRule {
  readonly name: string;
  /** Cents to take off this cart: an integer >= 0 (0 when the rule does not apply). */
  discountFor(items: readonly CartItem[]): number;
}

export interface AppliedDiscount {
  rule: string;
  amountCents: number;
}

export interface Quote {
  subtotalCents: number;
  discounts: AppliedDiscount[];
  totalCents: number;
}

export class PricingEngine {
  constructor(rules: readonly PricingRule[]) {
    // TODO: keep the rules.
    void rules;
  }

  quote(items: readonly CartItem[]): Quote {
    void items;
    throw new Error("not implemented");
  }
}

export class PercentageOff implements PricingRule {
  constructor(percent: number) {
    // TODO: validate and keep percent.
    void percent;
  }

  get name(): string {
    throw new Error("not implemented");
  }

  discountFor(items: readonly CartItem[]): number {
    void items;
    throw new Error("not implemented");
  }
}

export class BuyXGetYFree implements PricingRule {
  constructor(sku: string, buy: number, free: number) {
    // TODO: validate and keep the parameters.
    void sku;
    void buy;
    void free;
  }

  get name(): string {
    throw new Error("not implemented");
  }

  discountFor(items: readonly CartItem[]): number {
    void items;
    throw new Error("not implemented");
  }
}

export class BulkDiscount implements PricingRule {
  constructor(sku: string, minQuantity: number, unitPriceCents: number) {
    // TODO: validate and keep the parameters.
    void sku;
    void minQuantity;
    void unitPriceCents;
  }

  get name(): string {
    throw new Error("not implemented");
  }

  discountFor(items: readonly CartItem[]): number {
    void items;
    throw new Error("not implemented");
  }
}
