/**
 * The N+1 query — reference solution.
 *
 * Two round trips, always: the orders, then the items of all of them at once, stitched together
 * in a Map. (One query with `json_agg(... ORDER BY ...)` and a LEFT JOIN works too; two flat
 * queries are what most ORMs' eager loading issues, and they keep the rows simple.)
 */

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface OrderWithItems {
  id: number;
  placedOn: string;
  items: Array<{ sku: string; quantity: number }>;
}

export async function ordersWithItems(sql: Sql, customerId: number): Promise<OrderWithItems[]> {
  const orders = await sql.query<{ id: number; placedOn: string }>(
    `SELECT id, to_char(placed_on, 'YYYY-MM-DD') AS "placedOn" FROM orders WHERE customer_id = $1 ORDER BY id`,
    [customerId],
  );
  if (orders.rows.length === 0) return [];

  const byId = new Map<number, OrderWithItems>();
  for (const order of orders.rows) byId.set(order.id, { ...order, items: [] });

  const items = await sql.query<{ orderId: number; sku: string; quantity: number }>(
    `SELECT order_id AS "orderId", sku, quantity FROM order_items WHERE order_id = ANY($1::int[]) ORDER BY id`,
    [[...byId.keys()]],
  );
  for (const { orderId, sku, quantity } of items.rows) byId.get(orderId)?.items.push({ sku, quantity });
  return [...byId.values()];
}
