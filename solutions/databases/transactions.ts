/**
 * Transactions — reference solution.
 *
 * With a pool (node-postgres), check out one client and run BEGIN … COMMIT on it: statements sent
 * through pool.query() may each go to a different connection, outside the transaction. With many
 * concurrent transfers, lock the two accounts in a fixed order (e.g. SELECT … FOR UPDATE ordered
 * by id) so two opposite transfers cannot deadlock.
 */

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

function isCheckViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === "23514" && e.constraint === constraint;
}

export async function transfer(sql: Sql, request: TransferRequest): Promise<{ transferId: number }> {
  const { from, to, amountCents, memo } = request;
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new TransferError("invalid_amount", `amountCents must be a positive integer, got ${amountCents}`);
  }
  if (from === to) throw new TransferError("same_account", "cannot transfer to the same account");

  await sql.query("BEGIN");
  try {
    const debit = await sql.query("UPDATE accounts SET balance_cents = balance_cents - $2 WHERE id = $1", [from, amountCents]);
    if (debit.affectedRows !== 1) throw new TransferError("unknown_account", `no account ${from}`);
    const credit = await sql.query("UPDATE accounts SET balance_cents = balance_cents + $2 WHERE id = $1", [to, amountCents]);
    if (credit.affectedRows !== 1) throw new TransferError("unknown_account", `no account ${to}`);
    const { rows } = await sql.query<{ id: number }>(
      "INSERT INTO transfers (from_id, to_id, amount_cents, memo) VALUES ($1, $2, $3, $4) RETURNING id",
      [from, to, amountCents, memo],
    );
    await sql.query("COMMIT");
    return { transferId: rows[0]!.id };
  } catch (error) {
    await sql.query("ROLLBACK");
    if (isCheckViolation(error, "balance_not_negative")) {
      throw new TransferError("insufficient_funds", `${from} cannot cover ${amountCents}`);
    }
    throw error;
  }
}
