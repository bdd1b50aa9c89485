/**
 * Optimistic concurrency — reference solution.
 *
 * No lock is held between load and save; the version check inside the UPDATE is the only
 * guard, and Postgres evaluates it against the row as it is when the UPDATE runs.
 */

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
  const { rows } = await sql.query<Document>("SELECT id, title, body, version FROM documents WHERE id = $1", [id]);
  return rows[0] ?? null;
}

export async function saveDocument(sql: Sql, doc: Document): Promise<number> {
  const { rows } = await sql.query<{ version: number }>(
    `UPDATE documents SET title = $2, body = $3, version = version + 1
      WHERE id = $1 AND version = $4
      RETURNING version`,
    [doc.id, doc.title, doc.body, doc.version],
  );
  const saved = rows[0];
  if (!saved) throw new StaleWriteError(doc.id, doc.version);
  return saved.version;
}

export async function editDocument(
  sql: Sql,
  id: number,
  edit: (doc: Document) => { title: string; body: string },
  maxAttempts = 3,
): Promise<Document | null> {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  let lastConflict: StaleWriteError | undefined;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const current = await loadDocument(sql, id);
    if (!current) return null;
    const next = { ...current, ...edit(current) };
    try {
      const version = await saveDocument(sql, next);
      return { ...next, version };
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      lastConflict = error;
    }
  }
  throw lastConflict!;
}
