/**
 * Upserts and idempotent imports
 *
 * What you build
 *   `importProducts(sql, batchId, rows)`: load a batch of products from a supplier feed,
 *   inserting new SKUs and updating changed ones with `INSERT … ON CONFLICT`, so that the same
 *   batch delivered twice is applied once.
 *
 * Why it matters
 *   Feeds, webhooks and queue consumers deliver at least once: a timeout and a retry, and the
 *   same file arrives again. An import must be idempotent (running it twice has the effect of
 *   running it once) and atomic (a bad row leaves nothing half-applied, so the retry starts
 *   clean). Postgres's upsert does the insert-or-update in one statement, without the race of
 *   "SELECT, then INSERT or UPDATE".
 *
 * The database (the suite creates it before each test)
 *   CREATE TABLE products (
 *     sku         text PRIMARY KEY,
 *     name        text NOT NULL,
 *     price_cents int  NOT NULL CONSTRAINT price_not_negative CHECK (price_cents >= 0),
 *     updated_by  text NOT NULL            -- the batch that last wrote the row
 *   );
 *   CREATE TABLE imports (
 *     batch_id  text PRIMARY KEY,          -- batches already applied
 *     row_count int  NOT NULL
 *   );
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows, affectedRows }`; pass
 *   inputs as parameters ($1, $2, …), never inside the SQL text. Array parameters work
 *   (`unnest($1::text[], $2::int[])` turns arrays into rows). `sql` is one session: BEGIN …
 *   COMMIT / ROLLBACK on it, as in the transactions kata.
 *
 *   `importProducts(sql, batchId, rows)`, `rows` being `{ sku, name, priceCents }[]`, in ONE
 *   transaction:
 *   - records the batch in `imports` (`row_count` = rows.length). If `batchId` is already there,
 *     it changes nothing and resolves to `{ status: "duplicate" }`.
 *   - otherwise upserts every row and resolves to `{ status: "imported", inserted, updated,
 *     unchanged }`, counting distinct SKUs:
 *     - a new SKU is inserted with `updated_by = batchId`;
 *     - a known SKU whose name or price differs is updated (name, price, `updated_by = batchId`);
 *     - a known SKU whose name and price are already equal is NOT written at all: its
 *       `updated_by` keeps the batch that last changed it (`ON CONFLICT … DO UPDATE … WHERE`).
 *     A SKU listed twice in one batch counts once, and its LAST occurrence wins. (Postgres
 *     rejects an `INSERT … ON CONFLICT DO UPDATE` that would update the same row twice.)
 *   - issues at most 5 statements in all, whatever the number of rows (BEGIN and COMMIT
 *     included): no statement per row.
 *   - if any statement fails (e.g. a negative price breaks price_not_negative), it sends
 *     `ROLLBACK` and rejects with the database's error: no product changes, and the batch is not
 *     recorded, so importing it again (fixed) works.
 *   An empty `rows` is a valid batch: recorded, all counts 0.
 *
 * Example
 *   await importProducts(sql, "feed-1", [{ sku: "MUG", name: "Mug", priceCents: 900 }]);
 *   // → { status: "imported", inserted: 1, updated: 0, unchanged: 0 }
 *   await importProducts(sql, "feed-1", [{ sku: "MUG", name: "Mug", priceCents: 900 }]);
 *   // → { status: "duplicate" }
 *   await importProducts(sql, "feed-2", [
 *     { sku: "MUG", name: "Mug", priceCents: 900 }, { sku: "TEA", name: "Tea", priceCents: 450 },
 *   ]);
 *   // → { status: "imported", inserted: 1, updated: 0, unchanged: 1 }
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface ProductRow {
  sku: string;
  name: string;
  priceCents: number;
}

export type ImportResult =
  | { status: "imported"; inserted: number; updated: number; unchanged: number }
  | { status: "duplicate" };

export async function importProducts(sql: Sql, batchId: string, rows: ProductRow[]): Promise<ImportResult> {
  void sql;
  void batchId;
  void rows;
  throw new Error("not implemented");
}
