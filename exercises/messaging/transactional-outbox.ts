/**
 * Transactional outbox
 *
 * What you build
 *   An order service that saves an order AND the event announcing it in one Postgres transaction,
 *   plus the relay that later publishes the saved events to the broker and marks them as sent.
 *
 * Why it matters
 *   "Save to the database, then publish to the broker" breaks the first time the process dies in
 *   between: the order exists and nobody hears about it (or, publishing first, the event announces
 *   an order that rolled back). There is no transaction spanning Postgres and Kafka. The outbox
 *   pattern writes the event as a row in the same transaction as the business change, so both or
 *   neither exist; a relay then publishes outbox rows and marks them. A crash between publishing
 *   and marking publishes a row twice, never zero times — at-least-once again, which the
 *   idempotent consumer of kata 2 absorbs by the message id.
 *
 * Your task
 *   The tests run on a real Postgres (PGlite) with these tables:
 *     orders (id text PRIMARY KEY, customer text NOT NULL,
 *             total_cents integer NOT NULL CHECK (total_cents >= 0))
 *     outbox (id bigserial PRIMARY KEY, topic text NOT NULL, payload jsonb NOT NULL,
 *             published_at timestamptz)            -- NULL until the relay has published the row
 *   You get an `Sql` with one method, `query(text, params)`: one statement per call, values only
 *   through `$1, $2, …` parameters (never build SQL from values: a customer may be called O'Brien).
 *   The database has a single connection, so `BEGIN` … `COMMIT` issued through `query` form one
 *   transaction.
 *   - `placeOrder(sql, order): Promise<void>` — in ONE transaction: insert the order row, and
 *     insert an outbox row with topic `"order.placed"` and payload
 *     `{ "orderId": …, "customer": …, "totalCents": … }`. If any statement fails (a duplicate
 *     order id, a negative total, anything), roll back so that neither row exists, and reject with
 *     that same error. After it settles, no transaction is left open.
 *   - `relayOutbox(sql, publish, batchSize = 100): Promise<number>` — reads up to `batchSize`
 *     unpublished outbox rows (`published_at IS NULL`), lowest id first, and for each in turn:
 *     `await publish({ id, topic, payload })` — `id` is the outbox row's id as a string ("1"),
 *     `payload` the parsed JSON — then sets that row's `published_at` to `now()`. The next row is
 *     published only after the previous one is marked. Resolves with the number of rows published
 *     and marked. If `publish` or the marking fails, it stops there and rejects with that error:
 *     that row and the rest stay unpublished, so the next run sends them (again). Throws a
 *     `RangeError` unless `batchSize` is a positive integer.
 *
 * Example
 *   await placeOrder(sql, { id: "o-1", customer: "Ada", totalCents: 1250 });
 *   // orders: o-1 · outbox: (1, "order.placed", {"orderId":"o-1","customer":"Ada","totalCents":1250}, NULL)
 *   await relayOutbox(sql, async (m) => broker.send(m));   // 1 — and row 1 now has published_at
 *   await relayOutbox(sql, async (m) => broker.send(m));   // 0 — nothing left to send
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
  void sql;
  void order;
  throw new Error("not implemented");
}

export async function relayOutbox(
  sql: Sql,
  publish: (message: OutboxMessage) => Promise<void>,
  batchSize = 100,
): Promise<number> {
  void sql;
  void publish;
  void batchSize;
  throw new Error("not implemented");
}
