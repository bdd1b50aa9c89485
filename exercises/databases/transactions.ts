/**
 * Transactions: an all-or-nothing money transfer
 *
 * What you build
 *   `transfer(sql, { from, to, amountCents, memo })`: debit one account, credit another and record
 *   the transfer, so that either all three happen or none does.
 *
 * Why it matters
 *   Any write that spans several rows — an order and its stock, a payment and its ledger — can
 *   fail half way: a constraint, a bug, a crash. Without a transaction the money leaves one
 *   account and never arrives. With BEGIN … COMMIT, Postgres applies every statement or none, and
 *   a constraint (CHECK balance >= 0) becomes a rule no code path can break.
 *
 * The database (the suite creates it before each test)
 *   CREATE TABLE accounts (
 *     id            text PRIMARY KEY,
 *     balance_cents int  NOT NULL CONSTRAINT balance_not_negative CHECK (balance_cents >= 0)
 *   );
 *   CREATE TABLE transfers (
 *     id           serial PRIMARY KEY,
 *     from_id      text NOT NULL REFERENCES accounts (id),
 *     to_id        text NOT NULL REFERENCES accounts (id),
 *     amount_cents int  NOT NULL CHECK (amount_cents > 0),
 *     memo         text NOT NULL CONSTRAINT memo_length CHECK (length(memo) <= 140)
 *   );
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows, affectedRows }`
 *   (`affectedRows`: how many rows an UPDATE/INSERT/DELETE touched); pass inputs as parameters
 *   ($1, $2, …), never inside the SQL text. A failing statement rejects with the Postgres error,
 *   whose `code` is the SQLSTATE (23514: a CHECK constraint failed) and `constraint` the
 *   constraint's name.
 *   `sql` is ONE database session, like a single client checked out of a pool (PGlite, the
 *   Postgres the suite runs, has exactly one connection): after `BEGIN`, every statement on it
 *   belongs to the transaction until `COMMIT` or `ROLLBACK`. After an error inside a transaction,
 *   Postgres rejects every further statement until the transaction block ends (SQLSTATE 25P02),
 *   so a failure path must end with ROLLBACK.
 *
 *   `transfer(sql, { from, to, amountCents, memo })` resolves to `{ transferId }` (the new
 *   transfers row's id). It sends `BEGIN` first; then subtracts `amountCents` from `from`, adds it
 *   to `to`, inserts the transfers row; then `COMMIT`. On any failure it sends `ROLLBACK`, so
 *   nothing of the transfer remains and the session is usable again, and rejects:
 *   - with `TransferError` reason "unknown_account" when `from` or `to` does not exist (an UPDATE
 *     that touched 0 rows) — the debit already made is rolled back too;
 *   - with `TransferError` reason "insufficient_funds" when the debit breaks the
 *     balance_not_negative CHECK (let Postgres decide; a balance may reach exactly 0);
 *   - with the database's own error, unchanged, for anything else (e.g. a memo longer than 140
 *     characters breaks memo_length at the INSERT, after both updates; do not check it in JS).
 *   Before any statement, it rejects with `TransferError` reason "invalid_amount" unless
 *   `amountCents` is a positive integer, and reason "same_account" when `from === to`.
 *   Memos are stored exactly as given, quotes and all.
 *
 * Example
 *   // alice: 1000, bob: 0
 *   await transfer(sql, { from: "alice", to: "bob", amountCents: 250, memo: "lunch" }); // → { transferId: 1 }
 *   // alice: 750, bob: 250
 *   await transfer(sql, { from: "bob", to: "alice", amountCents: 999, memo: "" });
 *   // → rejects: TransferError, reason "insufficient_funds"; balances unchanged
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export type TransferFailure = "invalid_amount" | "same_account" | "unknown_account" | "insufficient_funds";

export class TransferError extends Error {
  constructor(
    readonly reason: TransferFailure,
    message: string,
  ) {
    super(message);
    this.name = "TransferError";
  }
}

export interface TransferRequest {
  from: string;
  to: string;
  amountCents: number;
  memo: string;
}

export async function transfer(sql: Sql, request: TransferRequest): Promise<{ transferId: number }> {
  void sql;
  void request;
  throw new Error("not implemented");
}
