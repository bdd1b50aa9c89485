import { describe, expect, it } from "vitest";
import { createIndexes, findUserByEmail, recentOrders } from "../../exercises/databases/indexes.ts";
import { explain, planNodes, recordingSql, useDatabase, type PlanNode } from "../support/database.ts";

const schema = `
  CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text NOT NULL);
  CREATE TABLE orders (
    id int PRIMARY KEY, customer_id int NOT NULL, created_at timestamptz NOT NULL, total_cents int NOT NULL
  );
`;

// Enough rows that a sequential scan costs far more than an index lookup, and fresh statistics.
const seed = `
  INSERT INTO users VALUES (1, 'Ada@Example.com', 'Ada');
  INSERT INTO users SELECT g, 'User' || g || '@Example.com', 'User ' || g FROM generate_series(2, 3000) g;
  INSERT INTO orders SELECT g, g % 20, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute', g % 1000
    FROM generate_series(1, 3000) g;
  ANALYZE users, orders;
`;

function describePlan(plan: PlanNode): string {
  return planNodes(plan)
    .map((n) => `${n["Node Type"]}${n["Index Name"] ? ` using ${n["Index Name"]}` : ""}${n["Relation Name"] ? ` on ${n["Relation Name"]}` : ""}`)
    .join(" → ");
}

describe("indexes", () => {
  const db = useDatabase({ schema, seed });

  it("finds a user by email whatever the case, and null for an unknown email", async () => {
    await createIndexes(db());
    expect(await findUserByEmail(db(), "ADA@example.COM")).toEqual({ id: 1, email: "Ada@Example.com", name: "Ada" });
    expect(await findUserByEmail(db(), "user42@example.com")).toEqual({ id: 42, email: "User42@Example.com", name: "User 42" });
    expect(await findUserByEmail(db(), "nobody@example.com")).toBeNull();
  });

  it("returns a customer's newest orders first, at most `limit`", async () => {
    await createIndexes(db());
    expect(await recentOrders(db(), 7, 3)).toEqual([
      { id: 2987, createdAt: "2024-01-03T01:47:00.000Z", totalCents: 987 },
      { id: 2967, createdAt: "2024-01-03T01:27:00.000Z", totalCents: 967 },
      { id: 2947, createdAt: "2024-01-03T01:07:00.000Z", totalCents: 947 },
    ]);
    expect(await recentOrders(db(), 7, 500)).toHaveLength(150);
    expect(await recentOrders(db(), 4242, 5)).toEqual([]);
  });

  it("treats a hostile email as data", async () => {
    await createIndexes(db());
    expect(await findUserByEmail(db(), "x' OR '1'='1")).toBeNull();
    expect(await findUserByEmail(db(), "'; DROP TABLE users; --")).toBeNull();
    const count = await db().query<{ n: number }>("SELECT count(*)::int AS n FROM users");
    expect(count.rows[0]?.n).toBe(3000);
  });

  it("can run createIndexes twice", async () => {
    await createIndexes(db());
    const before = await db().query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
    await expect(createIndexes(db())).resolves.toBeUndefined();
    const after = await db().query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
    expect(after.rows).toEqual(before.rows);
  });

  it("rejects a second account whose email differs only in case (a unique index on lower(email))", async () => {
    await createIndexes(db());
    await expect(db().query("INSERT INTO users VALUES (3001, 'ada@EXAMPLE.com', 'Imposter')")).rejects.toMatchObject({
      code: "23505",
    });
  });

  it("looks the email up through an index, not a sequential scan of users", async () => {
    await createIndexes(db());
    await db().exec("ANALYZE users, orders");
    const sql = recordingSql(db());
    await findUserByEmail(sql, "User777@example.com");
    const [statement] = sql.statements;
    expect(statement, "findUserByEmail sent no statement").toBeDefined();
    const nodes = planNodes(await explain(db(), statement!.text, statement!.params));
    const plan = describePlan(nodes[0]!);
    expect(nodes.filter((n) => n["Node Type"] === "Seq Scan").map(describePlan), plan).toEqual([]);
    expect(nodes.some((n) => n["Node Type"].includes("Index") && n["Index Name"] !== "users_pkey"), plan).toBe(true);
  });

  it("reads recent orders through an index on customer_id, already sorted (no Sort step)", async () => {
    await createIndexes(db());
    await db().exec("ANALYZE users, orders");
    const sql = recordingSql(db());
    await recentOrders(sql, 12, 10);
    const [statement] = sql.statements;
    expect(statement, "recentOrders sent no statement").toBeDefined();
    const nodes = planNodes(await explain(db(), statement!.text, statement!.params));
    const plan = describePlan(nodes[0]!);
    expect(nodes.some((n) => n["Node Type"] === "Seq Scan"), `a Seq Scan: ${plan}`).toBe(false);
    expect(nodes.some((n) => n["Node Type"].startsWith("Sort") || n["Node Type"].includes("Sort")), `a Sort: ${plan}`).toBe(false);
    const scan = nodes.find((n) => n["Relation Name"] === "orders");
    expect(scan?.["Index Cond"] ?? "", plan).toContain("customer_id");
  });

  it("orders the composite index's columns (customer_id, created_at): the equality column first", async () => {
    await createIndexes(db());
    const { rows } = await db().query<{ columns: string[] }>(`
      SELECT array_agg(a.attname ORDER BY k.ord) AS columns
        FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
       WHERE i.indrelid = 'orders'::regclass
       GROUP BY i.indexrelid
    `);
    const leading = rows.map((r) => r.columns.slice(0, 2).join(", "));
    expect(leading, "indexes on orders, by their first two columns").toContain("customer_id, created_at");
  });
});
