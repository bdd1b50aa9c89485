import { describe, expect, it } from "vitest";
import { ordersWithItems } from "../../exercises/databases/n-plus-one.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), placed_on date NOT NULL);
  CREATE TABLE order_items (
    id int PRIMARY KEY, order_id int NOT NULL REFERENCES orders (id), sku text NOT NULL, quantity int NOT NULL
  );
`;

// Item ids are deliberately not in insertion or sku order, so "sorted by item id" is observable.
const seed = `
  INSERT INTO customers VALUES (1, 'ada@example.com'), (2, 'bob@example.com'), (3, 'cy@example.com');
  INSERT INTO orders VALUES
    (11, 1, '2024-05-03'), (10, 1, '2024-05-01'), (12, 1, '2024-05-09'),
    (20, 2, '2024-06-01');
  INSERT INTO order_items VALUES
    (103, 10, 'TEA', 1), (101, 10, 'MUG', 2),
    (102, 12, 'POT', 1), (104, 12, 'TEA', 4), (100, 12, 'CUP', 6),
    (105, 20, 'MUG', 9);
`;

describe("ordersWithItems", () => {
  const db = useDatabase({ schema, seed });

  it("loads a customer's orders sorted by id, each with its items sorted by item id", async () => {
    expect(await ordersWithItems(db(), 1)).toEqual([
      {
        id: 10,
        placedOn: "2024-05-01",
        items: [
          { sku: "MUG", quantity: 2 },
          { sku: "TEA", quantity: 1 },
        ],
      },
      { id: 11, placedOn: "2024-05-03", items: [] },
      {
        id: 12,
        placedOn: "2024-05-09",
        items: [
          { sku: "CUP", quantity: 6 },
          { sku: "POT", quantity: 1 },
          { sku: "TEA", quantity: 4 },
        ],
      },
    ]);
  });

  it("keeps only the customer's own orders and items", async () => {
    expect(await ordersWithItems(db(), 2)).toEqual([{ id: 20, placedOn: "2024-06-01", items: [{ sku: "MUG", quantity: 9 }] }]);
  });

  it("lists an order with no items with items: []", async () => {
    const orders = await ordersWithItems(db(), 1);
    expect(orders.find((o) => o.id === 11)).toEqual({ id: 11, placedOn: "2024-05-03", items: [] });
  });

  it("returns [] for a customer with no orders and for an unknown customer", async () => {
    expect(await ordersWithItems(db(), 3)).toEqual([]);
    expect(await ordersWithItems(db(), 999)).toEqual([]);
  });

  it("passes the customer id as a parameter, not inside the SQL text", async () => {
    await db().exec("INSERT INTO customers VALUES (4711, 'dee@example.com'); INSERT INTO orders VALUES (30, 4711, '2024-07-01')");
    const sql = recordingSql(db());
    expect(await ordersWithItems(sql, 4711)).toEqual([{ id: 30, placedOn: "2024-07-01", items: [] }]);
    expect(sql.statements[0]?.params).toContain(4711);
    for (const { text } of sql.statements) expect(text).not.toContain("4711");
  });

  it("issues at most 2 statements for 3 orders", async () => {
    const sql = recordingSql(db());
    await ordersWithItems(sql, 1);
    expect(sql.statements.length).toBeLessThanOrEqual(2);
  });

  it("still issues at most 2 statements for 300 orders with 900 items, and loads them all", async () => {
    await db().exec(`
      INSERT INTO orders SELECT 1000 + g, 3, date '2024-01-01' + g FROM generate_series(0, 299) g;
      INSERT INTO order_items SELECT 5000 + g, 1000 + g / 3, 'SKU' || g, g % 5 + 1 FROM generate_series(0, 899) g;
    `);
    const sql = recordingSql(db());
    const orders = await ordersWithItems(sql, 3);
    expect(sql.statements.length, "one query per order is the N+1 problem").toBeLessThanOrEqual(2);
    expect(orders).toHaveLength(300);
    expect(orders.every((o) => o.items.length === 3)).toBe(true);
    expect(orders[299]).toEqual({
      id: 1299,
      placedOn: "2024-10-26",
      items: [
        { sku: "SKU897", quantity: 3 },
        { sku: "SKU898", quantity: 4 },
        { sku: "SKU899", quantity: 5 },
      ],
    });
  });
});
