/**
 * Idempotent import — reference solution.
 *
 * Four statements whatever the batch size: BEGIN, claim the batch id, one set-based upsert, COMMIT.
 * Claiming the batch id with ON CONFLICT DO NOTHING inside the same transaction as the upsert is
 * what makes the import idempotent: the marker and the data commit together or not at all.
 */

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

// DISTINCT ON keeps the last occurrence of each SKU (highest ordinality), since one upsert may
// not touch a row twice. The main SELECT reads `products` as it was before this statement (every
// part of a WITH query shares one snapshot), so a written SKU missing from it was inserted.
const UPSERT = `
  WITH input AS (
    SELECT DISTINCT ON (sku) sku, name, price_cents
      FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(sku, name, price_cents, n)
     ORDER BY sku, n DESC
  ), written AS (
    INSERT INTO products (sku, name, price_cents, updated_by)
    SELECT sku, name, price_cents, $4 FROM input
    ON CONFLICT (sku) DO UPDATE
       SET name = EXCLUDED.name, price_cents = EXCLUDED.price_cents, updated_by = EXCLUDED.updated_by
     WHERE (products.name, products.price_cents) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.price_cents)
    RETURNING sku
  )
  SELECT (SELECT count(*) FROM input)::int AS total,
         (SELECT count(*) FROM written)::int AS written,
         (SELECT count(*) FROM written w WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.sku = w.sku))::int AS inserted`;

export async function importProducts(sql: Sql, batchId: string, rows: ProductRow[]): Promise<ImportResult> {
  await sql.query("BEGIN");
  try {
    const claimed = await sql.query(
      "INSERT INTO imports (batch_id, row_count) VALUES ($1, $2) ON CONFLICT (batch_id) DO NOTHING RETURNING batch_id",
      [batchId, rows.length],
    );
    if (claimed.rows.length === 0) {
      await sql.query("ROLLBACK");
      return { status: "duplicate" };
    }
    const { rows: counts } = await sql.query<{ total: number; written: number; inserted: number }>(UPSERT, [
      rows.map((r) => r.sku),
      rows.map((r) => r.name),
      rows.map((r) => r.priceCents),
      batchId,
    ]);
    await sql.query("COMMIT");
    const { total, written, inserted } = counts[0]!;
    return { status: "imported", inserted, updated: written - inserted, unchanged: total - written };
  } catch (error) {
    await sql.query("ROLLBACK");
    throw error;
  }
}
