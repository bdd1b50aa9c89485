/**
 * Transactional outbox — reference solution.
 *
 * The order and its event commit or roll back together, because they are one transaction in one
 * database; the broker is only touched later, by the relay. The relay marks a row AFTER the
 * broker accepted it, so a crash in between publishes it twice, never zero times: consumers
 * deduplicate by the message id (kata 2). Several relays in production would claim rows with
 * `SELECT … FOR UPDATE SKIP LOCKED` inside a transaction; PGlite has a single connection, so
 * one relay at a time is all this kata needs.
 */

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface Order {
  id: string;
  customer: string;
  totalCents: number;
}

export interface OutboxMessage {
  id: string;
  topic: string;
  payload: unknown;
}

export async function placeOrder(sql: Sql, order: Order): Promise<void> {
  await sql.query("BEGIN");
  try {
    await sql.query("INSERT INTO orders (id, customer, total_cents) VALUES ($1, $2, $3)", [
      order.id,
      order.customer,
      order.totalCents,
    ]);
    const payload = { orderId: order.id, customer: order.customer, totalCents: order.totalCents };
    await sql.query("INSERT INTO outbox (topic, payload) VALUES ($1, $2::jsonb)", ["order.placed", JSON.stringify(payload)]);
    await sql.query("COMMIT");
  } catch (error) {
    await sql.query("ROLLBACK");
    throw error;
  }
}

export async function relayOutbox(
  sql: Sql,
  publish: (message: OutboxMessage) => Promise<void>,
  batchSize = 100,
): Promise<number> {
  if (!Number.isInteger(batchSize) || batchSize <= 0) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const { rows } = await sql.query<OutboxMessage>(
    // Order by the bigint column, not the text alias: as text, "10" sorts before "2".
    "SELECT id::text AS id, topic, payload FROM outbox WHERE published_at IS NULL ORDER BY outbox.id LIMIT $1",
    [batchSize],
  );
  let published = 0;
  for (const row of rows) {
    // Publish first, mark second: a crash between the two republishes, it never loses.
    await publish({ id: row.id, topic: row.topic, payload: row.payload });
    await sql.query("UPDATE outbox SET published_at = now() WHERE id = $1", [row.id]);
    published++;
  }
  return published;
}
