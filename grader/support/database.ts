/**
 * The real Postgres the database katas run on: PGlite (Postgres compiled to WASM), one instance per
 * test worker. Creating one costs 2–3 s and ≈ 740 MB, a schema reset ≈ 4 ms (see
 * ../shared/RUNNER-FACTS.md), so the instance is created once and kept on globalThis: the test
 * worker outlives a suite (isolate: false), and a module-level variable would be lost when vitest
 * re-evaluates this file on the next run. The runner starts it early, in a standby test worker,
 * when a database kata is the current one (src/runner/test-worker/entry.mjs uses the same key).
 *
 * Shared by the hidden suites; not part of any kata.
 */
import { PGlite } from "@electric-sql/pglite";
import { beforeAll, beforeEach } from "vitest";

const INSTANCE = Symbol.for("backend-katas.database");
type Holder = { [INSTANCE]?: Promise<PGlite> };

/** Creating the instance is the slow part; a first save on a cold worker waits for it once. */
const CREATE_TIMEOUT_MS = 60_000;

/** The worker's one Postgres, created on first use and reused by every later suite. */
export async function workerDatabase(): Promise<PGlite> {
  const holder = globalThis as Holder;
  // Waiting for a start (ours or the runner's warm-up) is not the learner's code running: the
  // runner's watchdog pauses until the database is up.
  announce({ preparing: "database" });
  try {
    const existing = holder[INSTANCE];
    if (existing) {
      const warmed = await existing.catch(() => undefined);
      if (warmed) return warmed;
    }
    const created = PGlite.create();
    holder[INSTANCE] = created;
    // A failed start must not be kept: the next run tries again.
    return await created.catch((error: unknown) => {
      if (holder[INSTANCE] === created) delete holder[INSTANCE];
      throw error;
    });
  } finally {
    announce({ prepared: "database" });
  }
}

/** Posts on the channel grader/support/announce-tests.ts opened, when a runner is listening. */
function announce(message: { preparing: string } | { prepared: string }): void {
  const name = process.env.KATA_CURRENT_TEST_CHANNEL;
  if (!name) return;
  const channel = (globalThis as { [key: symbol]: { postMessage(message: unknown): void } | undefined })[Symbol.for(name)];
  channel?.postMessage(message);
}

/** What a kata hands the learner: parameterised queries only (PGlite's extended protocol runs one statement per call). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

/** An Sql that records every statement it was given, so a suite can count round trips (N+1) or see the text. */
export interface RecordingSql extends Sql {
  readonly statements: ReadonlyArray<{ text: string; params: readonly unknown[] }>;
  clear(): void;
}

export function recordingSql(db: PGlite): RecordingSql {
  const statements: Array<{ text: string; params: readonly unknown[] }> = [];
  return {
    statements,
    clear: () => void statements.splice(0),
    async query<Row>(text: string, params: unknown[] = []) {
      statements.push({ text, params: [...params] });
      const result = await db.query<Row>(text, params);
      return { rows: result.rows, affectedRows: result.affectedRows };
    },
  };
}

/**
 * Gives every test of the suite the same starting point: a session with no open transaction and
 * default settings, an empty `public` schema, then `schema` and `seed` applied (plain SQL, may hold
 * several statements). Returns a getter for the instance, valid inside tests and hooks.
 */
export function useDatabase(setup: { schema: string; seed?: string }): () => PGlite {
  let db: PGlite | undefined;
  beforeAll(async () => {
    db = await workerDatabase();
  }, CREATE_TIMEOUT_MS);
  beforeEach(async () => {
    if (!db) throw new Error("the test database did not start");
    await resetDatabase(db);
    await db.exec(setup.schema);
    if (setup.seed) await db.exec(setup.seed);
  });
  return () => {
    if (!db) throw new Error("the test database is only available inside tests and hooks");
    return db;
  };
}

/** Leaves nothing of an earlier test (or an earlier kata in the same worker) behind. */
export async function resetDatabase(db: PGlite): Promise<void> {
  // A learner's BEGIN without COMMIT would otherwise swallow the reset into their transaction.
  // ROLLBACK outside a transaction is only a warning; DISCARD ALL drops prepared statements,
  // temp tables, advisory locks and SET values.
  await db.exec("ROLLBACK");
  await db.exec("DISCARD ALL");
  const schemas = await db.query<{ nspname: string }>(
    "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public')",
  );
  for (const { nspname } of schemas.rows) await db.exec(`DROP SCHEMA "${nspname.replaceAll('"', '""')}" CASCADE`);
  await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
}

/** One node of a plan from `EXPLAIN (FORMAT JSON)`, with the fields the suites read; the rest pass through. */
export interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  "Actual Rows"?: number;
  Plans?: PlanNode[];
  [field: string]: unknown;
}

/**
 * The plan Postgres picks for a statement, e.g. one a learner's code ran (its text and params from
 * recordingSql). `analyze: true` also runs it (EXPLAIN ANALYZE), adding each node's "Actual Rows".
 */
export async function explain(db: PGlite, text: string, params: readonly unknown[] = [], options: { analyze?: boolean } = {}): Promise<PlanNode> {
  const verb = options.analyze ? "EXPLAIN (ANALYZE, FORMAT JSON)" : "EXPLAIN (FORMAT JSON)";
  const result = await db.query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>(`${verb} ${text}`, [...params]);
  const plan = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
  if (!plan) throw new Error(`EXPLAIN returned no plan for: ${text}`);
  return plan;
}

/** Every node of a plan, root first (depth-first), so a suite can ask "is there a Seq Scan on orders?". */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}
