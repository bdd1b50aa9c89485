/**
 * The N+1 query
 *
 * What you build
 *   `ordersWithItems(sql, customerId)`: a customer's orders, each with its line items, loaded in
 *   a constant number of queries however many orders there are.
 *
 * Why it matters
 *   The most common performance bug in ORM-backed APIs: one query for the list, then one more per
 *   row for its children. It is invisible with 3 rows in development and costs 1 001 round trips
 *   for 1 000 orders in production. The fix is to fetch the children of ALL the parents at once
 *   (`WHERE order_id = ANY($1)`) or to join and aggregate in SQL — what ORMs call eager loading.
 *
 * The database (the suite creates it before each test)
 *   CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE);
 *   CREATE TABLE orders (
 *     id          int  PRIMARY KEY,
 *     customer_id int  NOT NULL REFERENCES customers (id),
 *     placed_on   date NOT NULL
 *   );
 *   CREATE TABLE order_items (
 *     id       int  PRIMARY KEY,
 *     order_id int  NOT NULL REFERENCES orders (id),
 *     sku      text NOT NULL,
 *     quantity int  NOT NULL
 *   );
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows }`; pass inputs as
 *   parameters ($1, $2, …), never inside the SQL text. An array parameter works too:
 *   `sql.query("SELECT … WHERE order_id = ANY($1::int[])", [[1, 2, 3]])`.
 *
 *   `ordersWithItems(sql, customerId)` resolves to `{ id, placedOn, items }[]`:
 *   - the customer's orders sorted by id, `placedOn` as 'YYYY-MM-DD';
 *   - `items`: that order's items as `{ sku, quantity }`, sorted by item id; `[]` for an order
 *     with no items (it is still listed);
 *   - `[]` for a customer with no orders, or an unknown customer.
 *   It issues AT MOST 2 statements, whatever the number of orders and items: the suite counts
 *   them for 3 orders and for 300. (Two queries, or one that aggregates, both pass.)
 *
 * Example
 *   await ordersWithItems(sql, 1);
 *   // → [{ id: 10, placedOn: "2024-05-01", items: [{ sku: "MUG", quantity: 2 }, { sku: "TEA", quantity: 1 }] },
 *   //    { id: 11, placedOn: "2024-05-03", items: [] }]
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface OrderWithItems {
  id: number;
  placedOn: string;
  items: Array<{ sku: string; quantity: number }>;
}

export async function ordersWithItems(sql: Sql, customerId: number): Promise<OrderWithItems[]> {
  void sql;
  void customerId;
  throw new Error("not implemented");
}
