/**
 * Indexes — reference solution.
 *
 * In production, build indexes on a live table with CREATE INDEX CONCURRENTLY, which does not
 * block writes while it runs (and cannot run inside a transaction block).
 */

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface User {
  id: number;
  email: string;
  name: string;
}

export interface RecentOrder {
  id: number;
  createdAt: string;
  totalCents: number;
}

export async function createIndexes(sql: Sql): Promise<void> {
  await sql.query("CREATE UNIQUE INDEX IF NOT EXISTS users_email_lower_key ON users (lower(email))");
  // Equality column first, sort column second: one customer's rows are contiguous and in order,
  // so `ORDER BY created_at DESC LIMIT n` reads n index entries backwards and stops.
  await sql.query("CREATE INDEX IF NOT EXISTS orders_customer_created_idx ON orders (customer_id, created_at)");
}

export async function findUserByEmail(sql: Sql, email: string): Promise<User | null> {
  const { rows } = await sql.query<User>("SELECT id, email, name FROM users WHERE lower(email) = lower($1)", [email]);
  return rows[0] ?? null;
}

export async function recentOrders(sql: Sql, customerId: number, limit: number): Promise<RecentOrder[]> {
  const { rows } = await sql.query<{ id: number; createdAt: Date; totalCents: number }>(
    `SELECT id, created_at AS "createdAt", total_cents AS "totalCents"
       FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2`,
    [customerId, limit],
  );
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
