import { describe, expect, it } from "vitest";
import { TransferError, transfer } from "../../exercises/databases/transactions.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE accounts (
    id text PRIMARY KEY,
    balance_cents int NOT NULL CONSTRAINT balance_not_negative CHECK (balance_cents >= 0)
  );
  CREATE TABLE transfers (
    id serial PRIMARY KEY,
    from_id text NOT NULL REFERENCES accounts (id),
    to_id text NOT NULL REFERENCES accounts (id),
    amount_cents int NOT NULL CHECK (amount_cents > 0),
    memo text NOT NULL CONSTRAINT memo_length CHECK (length(memo) <= 140)
  );
`;
const seed = `INSERT INTO accounts VALUES ('alice', 1000), ('bob', 0), ('carol', 500);`;

describe("transfer", () => {
  const db = useDatabase({ schema, seed });

  async function balances(): Promise<Record<string, number>> {
    const { rows } = await db().query<{ id: string; balance_cents: number }>("SELECT id, balance_cents FROM accounts ORDER BY id");
    return Object.fromEntries(rows.map((r) => [r.id, r.balance_cents]));
  }
  async function transfers(): Promise<unknown[]> {
    return (await db().query("SELECT id, from_id, to_id, amount_cents, memo FROM transfers ORDER BY id")).rows;
  }
  async function reasonOf(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "expected the transfer to reject").toBeInstanceOf(TransferError);
    return (error as TransferError).reason;
  }

  it("moves the money and records the transfer", async () => {
    expect(await transfer(db(), { from: "alice", to: "bob", amountCents: 250, memo: "lunch" })).toEqual({ transferId: 1 });
    expect(await transfer(db(), { from: "bob", to: "carol", amountCents: 50, memo: "coffee" })).toEqual({ transferId: 2 });
    expect(await balances()).toEqual({ alice: 750, bob: 200, carol: 550 });
    expect(await transfers()).toEqual([
      { id: 1, from_id: "alice", to_id: "bob", amount_cents: 250, memo: "lunch" },
      { id: 2, from_id: "bob", to_id: "carol", amount_cents: 50, memo: "coffee" },
    ]);
  });

  it("wraps the statements in BEGIN … COMMIT and leaves no transaction open", async () => {
    const sql = recordingSql(db());
    await transfer(sql, { from: "alice", to: "bob", amountCents: 1, memo: "" });
    expect(sql.statements[0]?.text.trim().toUpperCase()).toMatch(/^BEGIN/);
    expect(sql.statements.at(-1)?.text.trim().toUpperCase()).toMatch(/^COMMIT/);
    expect(db().isInTransaction()).toBe(false);
  });

  it("may spend a balance down to exactly 0", async () => {
    await transfer(db(), { from: "carol", to: "bob", amountCents: 500, memo: "all of it" });
    expect(await balances()).toEqual({ alice: 1000, bob: 500, carol: 0 });
  });

  it("rejects insufficient funds with reason insufficient_funds and changes nothing", async () => {
    expect(await reasonOf(transfer(db(), { from: "carol", to: "bob", amountCents: 501, memo: "too much" }))).toBe("insufficient_funds");
    expect(await balances()).toEqual({ alice: 1000, bob: 0, carol: 500 });
    expect(await transfers()).toEqual([]);
    expect(db().isInTransaction(), "a transaction was left open: ROLLBACK on failure").toBe(false);
  });

  it("rolls the debit back when the destination account does not exist", async () => {
    expect(await reasonOf(transfer(db(), { from: "alice", to: "mallory", amountCents: 100, memo: "" }))).toBe("unknown_account");
    expect(db().isInTransaction(), "a transaction was left open: ROLLBACK on failure").toBe(false);
    expect(await balances()).toEqual({ alice: 1000, bob: 0, carol: 500 });
    expect(await reasonOf(transfer(db(), { from: "mallory", to: "alice", amountCents: 100, memo: "" }))).toBe("unknown_account");
    expect(await balances()).toEqual({ alice: 1000, bob: 0, carol: 500 });
    expect(await transfers()).toEqual([]);
  });

  it("rolls back both updates when the last statement fails, rethrowing the database's error", async () => {
    const error = await transfer(db(), { from: "alice", to: "bob", amountCents: 100, memo: "x".repeat(141) }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TransferError);
    expect(error).toMatchObject({ code: "23514", constraint: "memo_length" });
    expect(await balances()).toEqual({ alice: 1000, bob: 0, carol: 500 });
    expect(db().isInTransaction(), "a transaction was left open: ROLLBACK on failure").toBe(false);
  });

  it("leaves the session usable after a failure: the next transfer commits", async () => {
    await transfer(db(), { from: "carol", to: "bob", amountCents: 9999, memo: "" }).catch(() => undefined);
    await transfer(db(), { from: "alice", to: "bob", amountCents: 1, memo: "x".repeat(500) }).catch(() => undefined);
    await transfer(db(), { from: "alice", to: "carol", amountCents: 300, memo: "rent" });
    await db().exec("ROLLBACK"); // would undo the transfer if it were still in an open transaction
    expect(await balances()).toEqual({ alice: 700, bob: 0, carol: 800 });
  });

  it("refuses an invalid amount or a transfer to the same account before touching the database", async () => {
    const sql = recordingSql(db());
    for (const amountCents of [0, -5, 1.5, Number.NaN]) {
      expect(await reasonOf(transfer(sql, { from: "alice", to: "bob", amountCents, memo: "" })), `amount ${amountCents}`).toBe("invalid_amount");
    }
    expect(await reasonOf(transfer(sql, { from: "alice", to: "alice", amountCents: 10, memo: "" }))).toBe("same_account");
    expect(sql.statements).toEqual([]);
  });

  it("stores a hostile memo as data", async () => {
    const memo = "'); DROP TABLE accounts; --";
    await transfer(db(), { from: "alice", to: "bob", amountCents: 5, memo });
    expect(await transfers()).toEqual([{ id: 1, from_id: "alice", to_id: "bob", amount_cents: 5, memo }]);
    expect(await balances()).toEqual({ alice: 995, bob: 5, carol: 500 });
  });
});
