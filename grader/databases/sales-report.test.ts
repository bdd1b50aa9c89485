import { describe, expect, it } from "vitest";
import { customerSummary, revenueByRegion } from "../../exercises/databases/sales-report.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, region text);
  CREATE TABLE orders (
    id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id),
    placed_on date NOT NULL, status text NOT NULL
  );
  CREATE TABLE order_lines (
    order_id int NOT NULL REFERENCES orders (id), sku text NOT NULL,
    quantity int NOT NULL, unit_price_cents int NOT NULL, discount_cents int
  );
`;

const seed = `
  INSERT INTO customers VALUES
    (1, 'Ada', 'eu'), (2, 'Bob', 'eu'), (3, 'Cy', 'us'), (4, 'Dee', NULL),
    (5, 'Eve', NULL), (6, 'Fay', 'apac'), (7, 'Gus', 'us');
  INSERT INTO orders VALUES
    (1, 1, '2024-03-01', 'paid'),      -- 2 × 500 - 100 + 1 × 250 = 1150
    (2, 1, '2024-03-15', 'refunded'),  -- 5000, never revenue
    (3, 2, '2024-03-31', 'paid'),      -- 2000
    (4, 2, '2024-04-01', 'paid'),      -- 700
    (5, 3, '2024-02-29', 'paid'),      -- 999
    (6, 3, '2024-03-10', 'paid'),      -- 900
    (7, 4, '2024-03-05', 'paid'),      -- 400 - 50 = 350
    (8, 5, '2024-03-20', 'paid'),      -- 200 + 100 = 300
    (9, 5, '2024-03-21', 'cart'),      -- 100000, never revenue
    (10, 6, '2024-03-02', 'cart');     -- Fay has only an unpaid cart
  INSERT INTO order_lines VALUES
    (1, 'A', 2, 500, 100), (1, 'B', 1, 250, NULL),
    (2, 'A', 10, 500, NULL),
    (3, 'C', 1, 2000, NULL),
    (4, 'C', 1, 700, NULL),
    (5, 'A', 1, 999, 0),
    (6, 'B', 3, 300, NULL),
    (7, 'A', 1, 400, 50),
    (8, 'B', 2, 100, NULL), (8, 'C', 1, 100, NULL),
    (9, 'A', 1, 100000, NULL),
    (10, 'B', 1, 1, NULL);
`;

const march = { from: "2024-03-01", to: "2024-04-01", minRevenueCents: 0 };

describe("sales report", () => {
  const db = useDatabase({ schema, seed });

  it("sums paid revenue per region, counting each order once, largest first", async () => {
    expect(await revenueByRegion(db(), march)).toEqual([
      { region: "eu", orders: 2, revenueCents: 3150 },
      { region: "us", orders: 1, revenueCents: 900 },
      { region: "unknown", orders: 2, revenueCents: 650 },
    ]);
  });

  it("counts a NULL discount as no discount, not as a NULL line", async () => {
    // Order 1 alone: 2 × 500 - 100 + 1 × 250 (discount NULL) = 1150.
    const rows = await revenueByRegion(db(), { from: "2024-03-01", to: "2024-03-02", minRevenueCents: 0 });
    expect(rows).toEqual([{ region: "eu", orders: 1, revenueCents: 1150 }]);
  });

  it("includes orders placed on `from` and excludes those placed on `to`", async () => {
    const rows = await revenueByRegion(db(), { from: "2024-02-29", to: "2024-03-10", minRevenueCents: 0 });
    // 02-29 (Cy, 999) and 03-01 (Ada, 1150) and 03-05 (Dee, 350) are in; 03-10 (Cy, 900) is out.
    expect(rows).toEqual([
      { region: "eu", orders: 1, revenueCents: 1150 },
      { region: "us", orders: 1, revenueCents: 999 },
      { region: "unknown", orders: 1, revenueCents: 350 },
    ]);
    const april = await revenueByRegion(db(), { from: "2024-04-01", to: "2024-04-02", minRevenueCents: 0 });
    expect(april).toEqual([{ region: "eu", orders: 1, revenueCents: 700 }]);
  });

  it("keeps only groups whose revenue reaches minRevenueCents (inclusive)", async () => {
    expect(await revenueByRegion(db(), { ...march, minRevenueCents: 900 })).toEqual([
      { region: "eu", orders: 2, revenueCents: 3150 },
      { region: "us", orders: 1, revenueCents: 900 },
    ]);
    expect(await revenueByRegion(db(), { ...march, minRevenueCents: 901 })).toEqual([
      { region: "eu", orders: 2, revenueCents: 3150 },
    ]);
  });

  it("returns [] when no paid order falls in the range", async () => {
    expect(await revenueByRegion(db(), { from: "2025-01-01", to: "2025-02-01", minRevenueCents: 0 })).toEqual([]);
    expect(await revenueByRegion(db(), { ...march, minRevenueCents: 1_000_000 })).toEqual([]);
  });

  it("breaks ties in revenue by region name, ascending", async () => {
    await db().exec(`
      INSERT INTO customers VALUES (8, 'Hal', 'latam'), (9, 'Ivy', 'africa');
      INSERT INTO orders VALUES (11, 8, '2025-05-01', 'paid'), (12, 9, '2025-05-02', 'paid'), (13, 4, '2025-05-03', 'paid');
      INSERT INTO order_lines VALUES (11, 'A', 1, 500, NULL), (12, 'A', 5, 100, NULL), (13, 'B', 1, 600, 100);
    `);
    expect(await revenueByRegion(db(), { from: "2025-05-01", to: "2025-06-01", minRevenueCents: 0 })).toEqual([
      { region: "africa", orders: 1, revenueCents: 500 },
      { region: "latam", orders: 1, revenueCents: 500 },
      { region: "unknown", orders: 1, revenueCents: 500 },
    ]);
  });

  it("passes the range as parameters, never inside the SQL text", async () => {
    const sql = recordingSql(db());
    await revenueByRegion(sql, { from: "2024-03-01", to: "2024-04-01", minRevenueCents: 777 });
    expect(sql.statements.length).toBeGreaterThan(0);
    for (const { text } of sql.statements) {
      expect(text).not.toContain("2024-03-01");
      expect(text).not.toContain("2024-04-01");
      expect(text).not.toContain("777");
    }
    const params = sql.statements.flatMap((s) => s.params.map(String));
    expect(params).toEqual(expect.arrayContaining(["2024-03-01", "2024-04-01", "777"]));
  });

  it("summarises every customer's paid orders, including customers who never ordered", async () => {
    expect(await customerSummary(db())).toEqual([
      { id: 1, name: "Ada", paidOrders: 1, spentCents: 1150, lastPaidOn: "2024-03-01" },
      { id: 2, name: "Bob", paidOrders: 2, spentCents: 2700, lastPaidOn: "2024-04-01" },
      { id: 3, name: "Cy", paidOrders: 2, spentCents: 1899, lastPaidOn: "2024-03-10" },
      { id: 4, name: "Dee", paidOrders: 1, spentCents: 350, lastPaidOn: "2024-03-05" },
      { id: 5, name: "Eve", paidOrders: 1, spentCents: 300, lastPaidOn: "2024-03-20" },
      { id: 6, name: "Fay", paidOrders: 0, spentCents: 0, lastPaidOn: null },
      { id: 7, name: "Gus", paidOrders: 0, spentCents: 0, lastPaidOn: null },
    ]);
  });

  it("keeps a customer whose only orders are unpaid, with 0 and null rather than dropping them", async () => {
    const fay = (await customerSummary(db())).find((c) => c.id === 6);
    expect(fay).toEqual({ id: 6, name: "Fay", paidOrders: 0, spentCents: 0, lastPaidOn: null });
  });

  it("counts an order with several lines once in paidOrders", async () => {
    await db().exec(`
      INSERT INTO orders VALUES (20, 7, '2024-06-01', 'paid');
      INSERT INTO order_lines SELECT 20, 'S' || g, 1, 10, NULL FROM generate_series(1, 50) g;
    `);
    const gus = (await customerSummary(db())).find((c) => c.id === 7);
    expect(gus).toEqual({ id: 7, name: "Gus", paidOrders: 1, spentCents: 500, lastPaidOn: "2024-06-01" });
  });
});
