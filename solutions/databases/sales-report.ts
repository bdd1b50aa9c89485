/**
 * Sales report — reference solution.
 *
 * Both reports are one query each: Postgres joins, filters and sums where the data is, and Node
 * only renames columns.
 */

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface RegionRevenue {
  region: string;
  orders: number;
  revenueCents: number;
}

export interface CustomerSummary {
  id: number;
  name: string;
  paidOrders: number;
  spentCents: number;
  lastPaidOn: string | null;
}

export async function revenueByRegion(
  sql: Sql,
  range: { from: string; to: string; minRevenueCents: number },
): Promise<RegionRevenue[]> {
  const { rows } = await sql.query<RegionRevenue>(
    `SELECT coalesce(c.region, 'unknown') AS region,
            count(DISTINCT o.id)::int AS orders,
            sum(l.quantity * l.unit_price_cents - coalesce(l.discount_cents, 0))::int AS "revenueCents"
       FROM orders o
       JOIN customers c ON c.id = o.customer_id
       JOIN order_lines l ON l.order_id = o.id
      WHERE o.status = 'paid' AND o.placed_on >= $1::date AND o.placed_on < $2::date
      GROUP BY coalesce(c.region, 'unknown')
     HAVING sum(l.quantity * l.unit_price_cents - coalesce(l.discount_cents, 0)) >= $3
      ORDER BY "revenueCents" DESC, region`,
    [range.from, range.to, range.minRevenueCents],
  );
  return rows;
}

export async function customerSummary(sql: Sql): Promise<CustomerSummary[]> {
  // The status filter belongs in the ON clause: in WHERE it would drop customers with no paid
  // order, turning the LEFT JOIN back into an inner join. Lines are summed per order first, so
  // joining lines cannot multiply the order count.
  const { rows } = await sql.query<CustomerSummary>(
    `SELECT c.id, c.name,
            count(o.id)::int AS "paidOrders",
            coalesce(sum(o.worth), 0)::int AS "spentCents",
            to_char(max(o.placed_on), 'YYYY-MM-DD') AS "lastPaidOn"
       FROM customers c
       LEFT JOIN (
         SELECT o.id, o.customer_id, o.placed_on,
                coalesce(sum(l.quantity * l.unit_price_cents - coalesce(l.discount_cents, 0)), 0) AS worth
           FROM orders o
           LEFT JOIN order_lines l ON l.order_id = o.id
          WHERE o.status = 'paid'
          GROUP BY o.id
       ) o ON o.customer_id = c.id
      GROUP BY c.id
      ORDER BY c.id`,
  );
  return rows;
}
