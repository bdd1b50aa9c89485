import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.ts";
import type { Kata } from "../../src/catalog/catalog.ts";
import { writeChecksums } from "../../src/integrity/checksums.ts";
import { RunnerClient } from "../../src/runner/client/client.ts";
import { createMiniProject } from "../support/mini-project.ts";

// A database kata, added to the mini project: its suite runs on the worker's PGlite through
// grader/support/database.ts, and prints whether the database was already up when it started.
const SUITE = `import { describe, expect, it } from "vitest";
import { useDatabase } from "../support/database.ts";
import { count } from "../../exercises/basics/count.ts";
const warm = (globalThis as { [key: symbol]: unknown })[Symbol.for("backend-katas.database")] !== undefined;
const db = useDatabase({ schema: "CREATE TABLE item (id int PRIMARY KEY)", seed: "INSERT INTO item SELECT generate_series(1, 3)" });
describe("count", () => {
  it("counts the seeded rows", async () => {
    console.log(warm ? "database was warm" : "database was cold");
    expect(await count(db())).toBe(3);
  });
  it("starts every test from the seed", async () => {
    await db().query("INSERT INTO item VALUES (4)");
    expect(await count(db())).toBe(4);
  });
  it("still sees only the seed", async () => {
    expect(await count(db())).toBe(3);
  });
});
`;
const SOLUTION = `export interface Sql { query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> }
export async function count(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM item");
  return rows[0]!.n;
}
`;
const STARTER = `export interface Sql { query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> }
export async function count(sql: Sql): Promise<number> {
  throw new Error("not implemented");
}
`;

/** The mini project with a database kata added (basics/count). */
function databaseProject() {
  const project = createMiniProject();
  for (const [file, text] of [
    ["grader/basics/count.test.ts", SUITE],
    ["solutions/basics/count.ts", SOLUTION],
    ["exercises/basics/count.ts", STARTER],
    ["grader/starters/basics/count.ts", STARTER],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(project.root, file)), { recursive: true });
    fs.writeFileSync(path.join(project.root, file), text);
  }
  const catalogFile = path.join(project.root, "catalog.json");
  const catalogJson = JSON.parse(fs.readFileSync(catalogFile, "utf8")) as { katas: Array<Record<string, unknown>> };
  catalogJson.katas.push({ id: "basics/count", title: "Count rows", teaches: "a first query", hints: ["COUNT-HINT-ONE", "COUNT-HINT-TWO"] });
  fs.writeFileSync(catalogFile, JSON.stringify(catalogJson));
  writeChecksums(project.root, loadCatalog(project.root));
  return project;
}

describe("runner: database katas run on a real Postgres that the grader keeps warm", () => {
  const project = databaseProject();
  const kata = loadCatalog(project.root).katas.find((k) => k.id === "basics/count") as Kata;
  // A watchdog about as long as a database start (2–3 s): the database kata's first run passes
  // because the watchdog waits while the grader's database starts (test/integration/watchdog.test.ts
  // proves that part exactly), and learner code that hangs is still stopped.
  const runner = new RunnerClient({ root: project.root, timeoutMs: 3_000 });

  beforeAll(async () => {
    // The host's first run (cold allowance) is another kata's, so the database kata gets no allowance.
    await runner.grade(loadCatalog(project.root).katas.find((k) => k.id === "basics/add") as Kata);
  }, 60_000);
  afterAll(async () => {
    await runner.close();
    project.cleanup();
  });

  it("waits for the database to start without counting it against the learner's code", { timeout: 90_000 }, async () => {
    const result = await runner.grade(kata);
    expect(result.status).toBe("fail");
    expect(result.tests.map((t) => t.message)).toEqual(["not implemented", "not implemented", "not implemented"]);
  });

  it("gives each test the schema and seed, whatever the test before it wrote", { timeout: 30_000 }, async () => {
    project.write("exercises/basics/count.ts", SOLUTION);
    const result = await runner.grade(kata);
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ["counts the seeded rows", "pass"],
      ["starts every test from the seed", "pass"],
      ["still sees only the seed", "pass"],
    ]);
  });

  it("has the database already started in the fresh worker that confirms a pass", { timeout: 60_000 }, async () => {
    // The standby boots once the host has been idle a moment (host.ts), as it is while a learner types.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const result = await runner.grade(kata, { freshWorker: true });
    expect(result.status).toBe("pass");
    expect(result.tests[0]?.output).toContain("database was warm");
  });

  it("still times out learner code that hangs once the database is up", { timeout: 60_000 }, async () => {
    project.write("exercises/basics/count.ts", `${STARTER.replace('throw new Error("not implemented");', "for (;;) {}")}`);
    const result = await runner.grade(kata);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/timed out after 3 s in the test "counts the seeded rows"/);
    project.write("exercises/basics/count.ts", SOLUTION);
    expect((await runner.grade(kata)).status).toBe("pass");
  });
});

describe("runner: the database is started before the learner reaches the first database kata", () => {
  const project = databaseProject();
  const catalog = loadCatalog(project.root);
  const count = catalog.katas.find((k) => k.id === "basics/count") as Kata;
  const add = catalog.katas.find((k) => k.id === "basics/add") as Kata;
  const runner = new RunnerClient({ root: project.root });
  afterAll(async () => {
    await runner.close();
    project.cleanup();
  });

  it("warms the standby's database while the learner is on the kata before it", { timeout: 90_000 }, async () => {
    project.write("exercises/basics/count.ts", SOLUTION);
    await runner.grade(add, { next: count });
    // As a learner reads the kata: the standby starts Postgres meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const arrival = await runner.grade(count, { freshWorker: true });
    expect(arrival.status).toBe("pass");
    expect(arrival.tests[0]?.output).toContain("database was warm");
  });

  it("takes the standby's database for a database kata even when the warm worker was asked for", { timeout: 90_000 }, async () => {
    // After a pass confirmed in a fresh worker, watch mode opens the next kata in that worker
    // (src/watch/run-plan.ts); that worker has no Postgres when the next kata is the first that needs one.
    await runner.grade(add, { freshWorker: true, next: count });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const arrival = await runner.grade(count, { freshWorker: false });
    expect(arrival.status).toBe("pass");
    expect(arrival.tests[0]?.output).toContain("database was warm");
  });
});
