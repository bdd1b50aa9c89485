/**
 * Window functions — reference solution.
 *
 * Aggregate first (GROUP BY), then window over the aggregated rows: window functions run after
 * GROUP BY, so `sum(amount_cents)` can sit inside the window's ORDER BY.
 */

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface RankedRep {
  region: string;
  rep: string;
  totalCents: number;
  place: number;
}

export interface DayTotal {
  day: string;
  dayCents: number;
  runningCents: number;
}

export async function topRepsPerRegion(sql: Sql, n: number): Promise<RankedRep[]> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  // row_number, not rank: ties take distinct places, so no region returns more than n reps.
  const { rows } = await sql.query<RankedRep>(
    `SELECT region, rep, "totalCents", place
       FROM (SELECT region, rep, sum(amount_cents)::int AS "totalCents",
                    row_number() OVER (PARTITION BY region ORDER BY sum(amount_cents) DESC, rep)::int AS place
               FROM sales
              GROUP BY region, rep) ranked
      WHERE place <= $1
      ORDER BY region, place`,
    [n],
  );
  return rows;
}

export async function runningTotals(sql: Sql, rep: string): Promise<DayTotal[]> {
  // One row per day first: with several rows per day, ORDER BY sold_on's default frame (RANGE …
  // CURRENT ROW) would give every row of a day the same, whole-day running total.
  const { rows } = await sql.query<DayTotal>(
    `SELECT to_char(sold_on, 'YYYY-MM-DD') AS day,
            sum(amount_cents)::int AS "dayCents",
            (sum(sum(amount_cents)) OVER (ORDER BY sold_on))::int AS "runningCents"
       FROM sales
      WHERE rep = $1
      GROUP BY sold_on
      ORDER BY sold_on`,
    [rep],
  );
  return rows;
}
