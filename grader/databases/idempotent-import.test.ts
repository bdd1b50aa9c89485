import { describe, expect, it } from "vitest";
import { importProducts } from "../../exercises/databases/idempotent-import.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE products (
    sku text PRIMARY KEY, name text NOT NULL,
    price_cents int NOT NULL CONSTRAINT price_not_negative CHECK (price_cents >= 0),
    updated_by text NOT NULL
  );
  CREATE TABLE imports (batch_id text PRIMARY KEY, row_count int NOT NULL);
`;
const seed = `
  INSERT INTO products VALUES ('MUG', 'Mug', 900, 'seed'), ('TEA', 'Tea', 450, 'seed'), ('POT', 'Pot', 2500, 'seed');
  INSERT INTO imports VALUES ('seed', 3);
`;

describe("importProducts", () => {
  const db = useDatabase({ schema, seed });

  async function products() {
    return (await db().query("SELECT sku, name, price_cents, updated_by FROM products ORDER BY sku")).rows;
  }
  async function batches() {
    return (await db().query("SELECT batch_id, row_count FROM imports ORDER BY batch_id")).rows;
  }

  it("inserts new SKUs, updates changed ones and leaves equal ones unwritten", async () => {
    const result = await importProducts(db(), "feed-1", [
      { sku: "MUG", name: "Mug", priceCents: 950 }, // price changed
      { sku: "TEA", name: "Tea", priceCents: 450 }, // unchanged
      { sku: "CUP", name: "Cup", priceCents: 300 }, // new
      { sku: "POT", name: "Teapot", priceCents: 2500 }, // name changed
    ]);
    expect(result).toEqual({ status: "imported", inserted: 1, updated: 2, unchanged: 1 });
    expect(await products()).toEqual([
      { sku: "CUP", name: "Cup", price_cents: 300, updated_by: "feed-1" },
      { sku: "MUG", name: "Mug", price_cents: 950, updated_by: "feed-1" },
      { sku: "POT", name: "Teapot", price_cents: 2500, updated_by: "feed-1" },
      { sku: "TEA", name: "Tea", price_cents: 450, updated_by: "seed" },
    ]);
    expect(await batches()).toEqual([
      { batch_id: "feed-1", row_count: 4 },
      { batch_id: "seed", row_count: 3 },
    ]);
  });

  it("applies a batch delivered twice only once, answering duplicate", async () => {
    const rows = [{ sku: "CUP", name: "Cup", priceCents: 300 }];
    expect(await importProducts(db(), "feed-1", rows)).toEqual({ status: "imported", inserted: 1, updated: 0, unchanged: 0 });
    await db().query("UPDATE products SET price_cents = 333 WHERE sku = 'CUP'"); // changed since, by hand
    expect(await importProducts(db(), "feed-1", rows)).toEqual({ status: "duplicate" });
    expect(await importProducts(db(), "feed-1", [{ sku: "NEW", name: "New", priceCents: 1 }])).toEqual({ status: "duplicate" });
    expect(await products()).toContainEqual({ sku: "CUP", name: "Cup", price_cents: 333, updated_by: "feed-1" });
    expect(await products()).toHaveLength(4);
    expect(db().isInTransaction(), "a transaction was left open").toBe(false);
  });

  it("counts a SKU listed twice once, and keeps its last occurrence", async () => {
    const result = await importProducts(db(), "feed-2", [
      { sku: "CUP", name: "Cup v1", priceCents: 100 },
      { sku: "MUG", name: "Mug", priceCents: 1 },
      { sku: "CUP", name: "Cup v2", priceCents: 200 },
      { sku: "MUG", name: "Mug", priceCents: 900 },
    ]);
    expect(result).toEqual({ status: "imported", inserted: 1, updated: 0, unchanged: 1 });
    expect(await products()).toContainEqual({ sku: "CUP", name: "Cup v2", price_cents: 200, updated_by: "feed-2" });
    expect(await products()).toContainEqual({ sku: "MUG", name: "Mug", price_cents: 900, updated_by: "seed" });
  });

  it("records an empty batch with all counts 0", async () => {
    expect(await importProducts(db(), "empty", [])).toEqual({ status: "imported", inserted: 0, updated: 0, unchanged: 0 });
    expect(await batches()).toContainEqual({ batch_id: "empty", row_count: 0 });
    expect(await importProducts(db(), "empty", [])).toEqual({ status: "duplicate" });
  });

  it("rolls back the whole batch on a bad row, so a fixed retry of the same batch succeeds", async () => {
    const bad = [
      { sku: "CUP", name: "Cup", priceCents: 300 },
      { sku: "MUG", name: "Mug", priceCents: -1 },
    ];
    await expect(importProducts(db(), "feed-3", bad)).rejects.toMatchObject({ code: "23514", constraint: "price_not_negative" });
    expect(db().isInTransaction(), "a transaction was left open: ROLLBACK on failure").toBe(false);
    expect(await products()).toHaveLength(3);
    expect(await batches()).toEqual([{ batch_id: "seed", row_count: 3 }]);
    const fixed = [bad[0]!, { sku: "MUG", name: "Mug", priceCents: 901 }];
    expect(await importProducts(db(), "feed-3", fixed)).toEqual({ status: "imported", inserted: 1, updated: 1, unchanged: 0 });
  });

  it("stores hostile names and batch ids as data", async () => {
    const name = "Robert'); DROP TABLE products; --";
    const batchId = "b'; DELETE FROM imports; --";
    expect(await importProducts(db(), batchId, [{ sku: "X", name, priceCents: 1 }])).toMatchObject({ inserted: 1 });
    expect(await products()).toContainEqual({ sku: "X", name, price_cents: 1, updated_by: batchId });
    expect(await batches()).toContainEqual({ batch_id: batchId, row_count: 1 });
    expect(await importProducts(db(), batchId, [])).toEqual({ status: "duplicate" });
  });

  it("imports 2 000 rows in at most 5 statements", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ sku: `SKU-${i}`, name: `Item ${i}`, priceCents: i }));
    rows.push({ sku: "TEA", name: "Tea", priceCents: 450 }, { sku: "POT", name: "Pot", priceCents: 2600 });
    const sql = recordingSql(db());
    expect(await importProducts(sql, "big", rows)).toEqual({ status: "imported", inserted: 2000, updated: 1, unchanged: 1 });
    expect(sql.statements.length, "statements sent for 2 002 rows").toBeLessThanOrEqual(5);
    const count = await db().query<{ n: number }>("SELECT count(*)::int AS n FROM products WHERE updated_by = 'big'");
    expect(count.rows[0]?.n).toBe(2001);
  });
});
