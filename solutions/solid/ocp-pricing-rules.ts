/**
 * OCP: pluggable pricing rules — reference solution.
 *
 * The engine depends only on the PricingRule interface: adding a promotion means adding a
 * class (or an object literal) and passing it in, never editing `quote`.
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

const subtotalOf = (items: readonly CartItem[]): number =>
  items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);

const isPositiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;

export class PricingEngine {
  readonly #rules: readonly PricingRule[];

  constructor(rules: readonly PricingRule[]) {
    this.#rules = [...rules];
  }

  quote(items: readonly CartItem[]): Quote {
    const subtotalCents = subtotalOf(items);
    const discounts: AppliedDiscount[] = [];
    for (const rule of this.#rules) {
      const amountCents = rule.discountFor(items);
      // Rules are plug-ins the engine does not control, so it checks what they hand back.
      if (!Number.isInteger(amountCents) || amountCents < 0) {
        throw new RangeError(`pricing rule "${rule.name}" returned an invalid discount: ${amountCents}`);
      }
      if (amountCents > 0) discounts.push({ rule: rule.name, amountCents });
    }
    const discounted = discounts.reduce((sum, d) => sum + d.amountCents, 0);
    return { subtotalCents, discounts, totalCents: Math.max(0, subtotalCents - discounted) };
  }
}

export class PercentageOff implements PricingRule {
  readonly name: string;

  constructor(private readonly percent: number) {
    if (!(percent > 0 && percent <= 100)) throw new RangeError(`percent must be in (0, 100], got ${percent}`);
    this.name = `${percent}% off`;
  }

  discountFor(items: readonly CartItem[]): number {
    return Math.floor((subtotalOf(items) * this.percent) / 100);
  }
}

export class BuyXGetYFree implements PricingRule {
  readonly name: string;

  constructor(
    private readonly sku: string,
    private readonly buy: number,
    private readonly free: number,
  ) {
    if (!isPositiveInteger(buy) || !isPositiveInteger(free)) {
      throw new RangeError(`buy and free must be positive integers, got ${buy} and ${free}`);
    }
    this.name = `buy ${buy} get ${free} free on ${sku}`;
  }

  discountFor(items: readonly CartItem[]): number {
    const item = items.find((i) => i.sku === this.sku);
    if (!item) return 0;
    const groups = Math.floor(item.quantity / (this.buy + this.free));
    return groups * this.free * item.unitPriceCents;
  }
}

export class BulkDiscount implements PricingRule {
  readonly name: string;

  constructor(
    private readonly sku: string,
    private readonly minQuantity: number,
    private readonly unitPriceCents: number,
  ) {
    if (!isPositiveInteger(minQuantity)) throw new RangeError(`minQuantity must be a positive integer, got ${minQuantity}`);
    if (!Number.isInteger(unitPriceCents) || unitPriceCents < 0) {
      throw new RangeError(`unitPriceCents must be a non-negative integer, got ${unitPriceCents}`);
    }
    this.name = `bulk price on ${sku}`;
  }

  discountFor(items: readonly CartItem[]): number {
    const item = items.find((i) => i.sku === this.sku);
    if (!item || item.quantity < this.minQuantity) return 0;
    return Math.max(0, item.unitPriceCents - this.unitPriceCents) * item.quantity;
  }
}
