/**
 * Indexes: make the lookups use them
 *
 * What you build
 *   The indexes behind two hot queries — a case-insensitive login lookup and a customer's latest
 *   orders — and the two queries themselves, written so Postgres can use those indexes.
 *
 * Why it matters
 *   A query that scans a whole table is fast with 100 rows and times out with 10 million. An
 *   index turns the scan into a few page reads, but only if it matches the query: an index on
 *   `email` does not help `WHERE lower(email) = …`, and a two-column index helps only when its
 *   columns come in the right order. `EXPLAIN` shows which plan Postgres chose; that is how you
 *   check, and how the suite checks.
 *
 * The database (the suite creates it and fills it with 3 000 users and 3 000 orders)
 *   CREATE TABLE users (
 *     id    int  PRIMARY KEY,
 *     email text NOT NULL,          -- stored as the user typed it: 'Ada@Example.com'
 *     name  text NOT NULL
 *   );
 *   CREATE TABLE orders (
 *     id          int         PRIMARY KEY,
 *     customer_id int         NOT NULL,
 *     created_at  timestamptz NOT NULL,   -- distinct for every order
 *     total_cents int         NOT NULL
 *   );
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows }`; pass inputs as
 *   parameters ($1, $2, …), never inside the SQL text.
 *
 *   1. `createIndexes(sql)` — create the indexes the two queries below need:
 *      - a UNIQUE index on `lower(email)` (an expression index), so lookups ignoring case use it
 *        and a second account whose email differs only in case is rejected by Postgres
 *        (unique_violation, SQLSTATE 23505);
 *      - an index on `orders (customer_id, created_at)`: the column compared with `=` first, the
 *        column you sort by second, so Postgres reads one customer's orders already in order.
 *      Running it a second time must succeed and change nothing (`CREATE INDEX IF NOT EXISTS`).
 *   2. `findUserByEmail(sql, email)` — the user whose email equals `email` ignoring case, as
 *      `{ id, email, name }` (email as stored), or `null`. Compare `lower(email)` with
 *      `lower($1)`, so the expression matches the index.
 *   3. `recentOrders(sql, customerId, limit)` — that customer's `limit` newest orders, newest
 *      first (created_at descending), as `{ id, createdAt, totalCents }` with `createdAt` an ISO
 *      string (`Date#toISOString()`). Use `ORDER BY created_at DESC LIMIT $2`.
 *
 *   After `createIndexes` (and an `ANALYZE`), the suite runs `EXPLAIN (FORMAT JSON)` on the very
 *   statements your functions sent and expects: the email lookup to read `users` through an index
 *   (no Seq Scan), and the orders query to use an index whose condition is on `customer_id`, with
 *   no Sort step (the index already returns rows in created_at order).
 *
 * Example
 *   await createIndexes(sql);
 *   await findUserByEmail(sql, "ADA@example.COM");  // → { id: 1, email: "Ada@Example.com", name: "Ada" }
 *   await recentOrders(sql, 7, 2);
 *   // → [{ id: 2987, createdAt: "2024-01-03T01:47:00.000Z", totalCents: 987 }, { id: 2967, … }]
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
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
  void sql;
  throw new Error("not implemented");
}

export async function findUserByEmail(sql: Sql, email: string): Promise<User | null> {
  void sql;
  void email;
  throw new Error("not implemented");
}

export async function recentOrders(sql: Sql, customerId: number, limit: number): Promise<RecentOrder[]> {
  void sql;
  void customerId;
  void limit;
  throw new Error("not implemented");
}
