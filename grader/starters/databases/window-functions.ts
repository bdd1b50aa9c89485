/**
 * Window functions: top-N per group and running totals
 *
 * What you build
 *   Two leaderboard queries: the top N sales reps in every region, and one rep's day-by-day
 *   running total, each in a single SQL statement.
 *
 * Why it matters
 *   "Top 3 products per category", "latest order per customer", "balance after each payment" are
 *   everyday product questions. GROUP BY collapses rows; a window function (`row_number()`,
 *   `sum() OVER (...)`) computes across related rows while keeping each one, so the database
 *   answers in one pass instead of one query per group.
 *
 * The database (the suite creates it before each test)
 *   CREATE TABLE sales (
 *     id           int  PRIMARY KEY,
 *     rep          text NOT NULL,
 *     region       text NOT NULL,
 *     sold_on      date NOT NULL,
 *     amount_cents int  NOT NULL
 *   );
 *   A rep sells in one region.
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows }`; pass inputs as
 *   parameters ($1, $2, …), never inside the SQL text. Each function issues exactly ONE statement
 *   (the suite counts them): no query per region, no post-processing of all rows in Node.
 *
 *   1. `topRepsPerRegion(sql, n)` — for every region, its `n` reps with the highest total
 *      `amount_cents`. Returns `{ region, rep, totalCents, place }[]`, `place` being 1…n within
 *      the region. Reps with equal totals are ordered by name (ascending) and still take distinct
 *      places, so a region never returns more than `n` reps (fewer if it has fewer). Sorted by
 *      region ascending, then place. `n` must be a positive integer, else throw a `RangeError`
 *      (before any query).
 *   2. `runningTotals(sql, rep)` — one row per day on which `rep` sold, sorted by day:
 *      `{ day, dayCents, runningCents }`, `day` as 'YYYY-MM-DD', `dayCents` the total of that
 *      day's sales (several sales on one day make one row), `runningCents` the total of all their
 *      sales up to and including that day. An unknown rep gives `[]`.
 *
 * Example
 *   // north: ann 500 + 300, bo 700, cy 100;   south: dee 50
 *   await topRepsPerRegion(sql, 2);
 *   // → [{ region: "north", rep: "ann", totalCents: 800, place: 1 },
 *   //    { region: "north", rep: "bo",  totalCents: 700, place: 2 },
 *   //    { region: "south", rep: "dee", totalCents: 50,  place: 1 }]
 *   // ann sold 500 and 300 on 2024-01-01, 200 on 2024-01-03
 *   await runningTotals(sql, "ann");
 *   // → [{ day: "2024-01-01", dayCents: 800, runningCents: 800 },
 *   //    { day: "2024-01-03", dayCents: 200, runningCents: 1000 }]
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
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
  void sql;
  void n;
  throw new Error("not implemented");
}

export async function runningTotals(sql: Sql, rep: string): Promise<DayTotal[]> {
  void sql;
  void rep;
  throw new Error("not implemented");
}
