/**
 * Optimistic concurrency with a version column
 *
 * What you build
 *   A document store where every save says which version it was based on, a save based on an
 *   old version loses, and an edit that loses is retried on the fresh copy.
 *
 * Why it matters
 *   Two people open the same record, both edit, both save: without a check the second save
 *   silently erases the first ("lost update"). Holding a lock while a human types is not an
 *   option, so web apps, REST APIs (ETag + If-Match) and ORMs (Rails'
 *   lock_version) let writes race and reject the stale one: `UPDATE … WHERE id = $1 AND version
 *   = $2`. The check and the write are one statement, so nothing can slip in between.
 *
 * The database (the suite creates it before each test)
 *   CREATE TABLE documents (
 *     id      int  PRIMARY KEY,
 *     title   text NOT NULL,
 *     body    text NOT NULL,
 *     version int  NOT NULL DEFAULT 1
 *   );
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows, affectedRows }`; pass
 *   inputs as parameters ($1, $2, …), never inside the SQL text. PGlite, the Postgres the suite
 *   runs, has a single connection, so the suite plays "another request" by running its own
 *   UPDATE on it between your statements, exactly where a concurrent request could commit.
 *
 *   1. `loadDocument(sql, id)` → `{ id, title, body, version }`, or `null` when there is none.
 *   2. `saveDocument(sql, { id, title, body, version })` — write title and body only if the row
 *      still has `version`, and set its version to `version + 1`, in ONE statement (an UPDATE
 *      whose WHERE checks the version). Resolves to the new version. If no row matched (someone
 *      saved first, or the document is gone) → reject with `StaleWriteError` and change nothing.
 *      A separate SELECT of the version before the UPDATE is not enough: the suite saves a
 *      competing change right before your UPDATE runs.
 *   3. `editDocument(sql, id, edit, maxAttempts = 3)` — load, call `edit(doc)` for the new
 *      `{ title, body }`, save with the loaded version. On `StaleWriteError`, load again and call
 *      `edit` again on the fresh document, up to `maxAttempts` attempts in all; then reject with
 *      the last `StaleWriteError`. Resolves to the saved document (with its new version), or
 *      `null` if the document does not exist (without calling `edit`). `maxAttempts` must be a
 *      positive integer, else `RangeError` (before any query). Other errors — thrown by `edit`, or by
 *      the database refusing the save — are not retried: they reject at once.
 *
 * Example
 *   // document 1: { title: "Draft", body: "Hello", version: 1 }
 *   await saveDocument(sql, { id: 1, title: "Draft", body: "Hello!", version: 1 });  // → 2
 *   await saveDocument(sql, { id: 1, title: "Old", body: "Stale", version: 1 });     // rejects: StaleWriteError
 *   await editDocument(sql, 1, (doc) => ({ title: doc.title, body: doc.body + " Bye." }));
 *   // → { id: 1, title: "Draft", body: "Hello! Bye.", version: 3 }
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface Document {
  id: number;
  title: string;
  body: string;
  version: number;
}

export class StaleWriteError extends Error {
  constructor(
    readonly id: number,
    readonly version: number,
  ) {
    super(`document ${id} is no longer at version ${version}`);
    this.name = "StaleWriteError";
  }
}

export async function loadDocument(sql: Sql, id: number): Promise<Document | null> {
  void sql;
  void id;
  throw new Error("not implemented");
}

export async function saveDocument(sql: Sql, doc: Document): Promise<number> {
  void sql;
  void doc;
  throw new Error("not implemented");
}

export async function editDocument(
  sql: Sql,
  id: number,
  edit: (doc: Document) => { title: string; body: string },
  maxAttempts = 3,
): Promise<Document | null> {
  void sql;
  void id;
  void edit;
  void maxAttempts;
  throw new Error("not implemented");
}
