/**
 * Sales report: joins and aggregates
 *
 * What you build
 *   Two report queries over an orders database: revenue per region with GROUP BY / HAVING, and a
 *   per-customer summary that keeps customers who never ordered.
 *
 * Why it matters
 *   Dashboards, invoices and finance exports are aggregate queries. Letting Postgres join and sum
 *   in one query beats loading every row into Node, and the classic bugs are all about NULLs and
 *   joins: a customer silently missing from a LEFT JOIN, a NULL discount that turns a sum into NULL.
 *
 * The database (the suite creates it before each test; you only write queries)
 *   CREATE TABLE customers (
 *     id     int  PRIMARY KEY,
 *     name   text NOT NULL,
 *     region text                      -- NULL when unknown
 *   );
 *   CREATE TABLE orders (
 *     id          int  PRIMARY KEY,
 *     customer_id int  NOT NULL REFERENCES customers (id),
 *     placed_on   date NOT NULL,
 *     status      text NOT NULL        -- 'paid', 'refunded' or 'cart'
 *   );
 *   CREATE TABLE order_lines (
 *     order_id         int NOT NULL REFERENCES orders (id),
 *     sku              text NOT NULL,
 *     quantity         int NOT NULL,
 *     unit_price_cents int NOT NULL,
 *     discount_cents   int             -- NULL means no discount
 *   );
 *
 * Your task
 *   You get `sql`, a connection with one method, `sql.query(text, params)`, which runs ONE
 *   statement and resolves to `{ rows }`. Pass every input as a parameter (`$1`, `$2`, …) in
 *   `params`, never by pasting it into the SQL text: the suite checks the text holds no input.
 *   A line is worth `quantity * unit_price_cents - discount_cents` cents (a NULL discount counts as 0).
 *   Only orders with status 'paid' count as revenue. `count(*)` and `sum()` of ints come back as
 *   bigint, which the driver gives you as a JS number (you may also cast in SQL).
 *
 *   1. `revenueByRegion(sql, { from, to, minRevenueCents })` — paid orders placed on or after
 *      `from` and before `to` (dates as 'YYYY-MM-DD' strings; `to` is exclusive), grouped by the
 *      customer's region. Returns `{ region, orders, revenueCents }[]`:
 *      - `region`: the region, or "unknown" for customers whose region is NULL (one group);
 *      - `orders`: the number of distinct paid orders in the group (an order with 3 lines counts once);
 *      - `revenueCents`: the sum of their lines' worth.
 *      Only groups with `revenueCents >= minRevenueCents` (HAVING). Sorted by revenueCents
 *      descending, then region ascending. No matching orders → `[]`.
 *   2. `customerSummary(sql)` — EVERY customer, one row each, sorted by id:
 *      `{ id, name, paidOrders, spentCents, lastPaidOn }` — the number of their paid orders,
 *      what those were worth (0 when none, never null), and the date of the latest one as
 *      'YYYY-MM-DD' (null when none). Orders that are not paid do not count, and do not hide the
 *      customer either.
 *
 * Example
 *   // Ada (region 'eu') paid order 1 on 2024-03-01: 2 × 500 with a 100 discount, and 1 × 250.
 *   await revenueByRegion(sql, { from: "2024-03-01", to: "2024-04-01", minRevenueCents: 0 });
 *   // → [{ region: "eu", orders: 1, revenueCents: 1150 }]
 *   await customerSummary(sql);
 *   // → [{ id: 1, name: "Ada", paidOrders: 1, spentCents: 1150, lastPaidOn: "2024-03-01" },
 *   //    { id: 2, name: "Bob", paidOrders: 0, spentCents: 0, lastPaidOn: null }]
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface RegionRevenue {
  region: string;
  orders: number;
  revenueCents: number;
}

export interface CustomerSummary {
  id: number;
  name: string;
  paidOrders: number;
  spentCents: number;
  lastPaidOn: string | null;
}

export async function revenueByRegion(
  sql: Sql,
  range: { from: string; to: string; minRevenueCents: number },
): Promise<RegionRevenue[]> {
  void sql;
  void range;
  throw new Error("not implemented");
}

export async function customerSummary(sql: Sql): Promise<CustomerSummary[]> {
  void sql;
  throw new Error("not implemented");
}
