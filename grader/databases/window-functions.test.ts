import { describe, expect, it } from "vitest";
import { runningTotals, topRepsPerRegion } from "../../exercises/databases/window-functions.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE sales (
    id int PRIMARY KEY, rep text NOT NULL, region text NOT NULL,
    sold_on date NOT NULL, amount_cents int NOT NULL
  );
`;

// north: ann 1000 (in three sales), bo 1000 (one sale; ties with ann), cy 900, dan 100
// south: fox 60, eve 50 · west: gil 10
const seed = `
  INSERT INTO sales VALUES
    (1, 'ann', 'north', '2024-01-01', 500),
    (2, 'ann', 'north', '2024-01-01', 300),
    (3, 'ann', 'north', '2024-01-03', 200),
    (4, 'bo',  'north', '2024-01-02', 1000),
    (5, 'cy',  'north', '2024-01-02', 900),
    (6, 'dan', 'north', '2024-01-05', 100),
    (7, 'eve', 'south', '2024-01-01', 50),
    (8, 'fox', 'south', '2024-01-04', 60),
    (9, 'gil', 'west',  '2024-01-09', 10);
`;

describe("window functions", () => {
  const db = useDatabase({ schema, seed });

  it("returns the top n reps of every region by total sales, with their places", async () => {
    expect(await topRepsPerRegion(db(), 3)).toEqual([
      { region: "north", rep: "ann", totalCents: 1000, place: 1 },
      { region: "north", rep: "bo", totalCents: 1000, place: 2 },
      { region: "north", rep: "cy", totalCents: 900, place: 3 },
      { region: "south", rep: "fox", totalCents: 60, place: 1 },
      { region: "south", rep: "eve", totalCents: 50, place: 2 },
      { region: "west", rep: "gil", totalCents: 10, place: 1 },
    ]);
  });

  it("gives tied reps distinct places by name, so a region never returns more than n", async () => {
    expect(await topRepsPerRegion(db(), 1)).toEqual([
      { region: "north", rep: "ann", totalCents: 1000, place: 1 },
      { region: "south", rep: "fox", totalCents: 60, place: 1 },
      { region: "west", rep: "gil", totalCents: 10, place: 1 },
    ]);
    const top2 = await topRepsPerRegion(db(), 2);
    expect(top2.filter((r) => r.region === "north").map((r) => r.rep)).toEqual(["ann", "bo"]);
  });

  it("returns every rep of a region that has fewer than n", async () => {
    const rows = await topRepsPerRegion(db(), 10);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.region === "north").map((r) => [r.rep, r.place])).toEqual([
      ["ann", 1],
      ["bo", 2],
      ["cy", 3],
      ["dan", 4],
    ]);
  });

  it("throws a RangeError for an n that is not a positive integer, before querying", async () => {
    const sql = recordingSql(db());
    for (const n of [0, -1, 1.5, Number.NaN]) {
      await expect(topRepsPerRegion(sql, n), `n = ${n}`).rejects.toThrow(RangeError);
    }
    expect(sql.statements).toEqual([]);
  });

  it("keeps a running total per day, summing several sales on one day into one row", async () => {
    expect(await runningTotals(db(), "ann")).toEqual([
      { day: "2024-01-01", dayCents: 800, runningCents: 800 },
      { day: "2024-01-03", dayCents: 200, runningCents: 1000 },
    ]);
    expect(await runningTotals(db(), "bo")).toEqual([{ day: "2024-01-02", dayCents: 1000, runningCents: 1000 }]);
  });

  it("returns [] for a rep with no sales", async () => {
    expect(await runningTotals(db(), "nobody")).toEqual([]);
  });

  it("treats a hostile rep name as data", async () => {
    const rep = "o'brien'; DROP TABLE sales; --";
    await db().query("INSERT INTO sales VALUES (10, $1, 'east', '2024-02-01', 5), (11, $1, 'east', '2024-02-03', 7)", [rep]);
    expect(await runningTotals(db(), rep)).toEqual([
      { day: "2024-02-01", dayCents: 5, runningCents: 5 },
      { day: "2024-02-03", dayCents: 7, runningCents: 12 },
    ]);
    const left = await db().query<{ n: number }>("SELECT count(*)::int AS n FROM sales");
    expect(left.rows[0]?.n).toBe(11);
  });

  it("answers each report in one statement, however many regions there are", async () => {
    // 200 more regions with 3 reps each, one sale per rep.
    await db().exec(`
      INSERT INTO sales
      SELECT 100 + g, 'rep' || g, 'r' || lpad((g / 3)::text, 3, '0'), date '2024-03-01' + (g % 28), g
        FROM generate_series(0, 599) g;
    `);
    const sql = recordingSql(db());
    const rows = await topRepsPerRegion(sql, 2);
    expect(sql.statements).toHaveLength(1);
    expect(rows).toHaveLength(2 + 2 + 1 + 200 * 2);
    expect(rows.find((r) => r.region === "r007" && r.place === 1)).toEqual({
      region: "r007",
      rep: "rep23",
      totalCents: 23,
      place: 1,
    });
    sql.clear();
    await runningTotals(sql, "ann");
    expect(sql.statements).toHaveLength(1);
  });
});
