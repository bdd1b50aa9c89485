/**
 * Event sourcing: rebuild state from events, snapshots, optimistic appends
 *
 * What you build
 *   A bank account stored as its history — opened, deposited, withdrawn — in an append-only event
 *   store, with state rebuilt by replaying the events, snapshots to make that cheap, and an
 *   expected-version check so two concurrent writers cannot both act on the same old state.
 *
 * Why it matters
 *   Ledgers, order histories and audit trails need to know not just the balance but how it came
 *   to be. Event sourcing keeps the events as the source of truth: any state (or a new read model)
 *   can be recomputed from them, and the same events feed the topics of katas 4–5. Without locks,
 *   concurrency is optimistic: a write names the version it was decided on and is refused if the
 *   stream moved on, and the loser reloads and decides again.
 *
 * Your task
 *   Given (do not change): `ConcurrencyError`, `initialAccount`, and the types.
 *   1. `class EventStore<E>` — streams of events by id, versions counted from 1 per stream.
 *      - `version(stream)` — the number of events in the stream (0 for a stream never written).
 *      - `append(stream, events, expectedVersion): number` — if `expectedVersion` equals the
 *        stream's current version, appends the events with versions `current + 1, current + 2, …`
 *        and returns the new version. Otherwise throws `new ConcurrencyError(stream,
 *        expectedVersion, current)` and appends nothing. A new stream expects version 0. Throws a
 *        `RangeError` for an empty `events` array.
 *      - `read(stream, afterVersion = 0): StoredEvent<E>[]` — the events with a version greater
 *        than `afterVersion`, oldest first, as `{ stream, version, event }` (`[]` for an unknown
 *        stream).
 *   2. `evolve(state, event): AccountState` — pure (returns a new object, never changes `state`):
 *      `opened` → `{ open: true, owner, balance: 0 }`; `deposited` adds `amount` to the balance;
 *      `withdrawn` subtracts it.
 *   3. `class AccountService` — `constructor(store, { snapshots?, snapshotEvery = 50 })`, where
 *      `snapshots` has `get(id)` / `set(id, snapshot)` (a `Map` works). `RangeError` unless
 *      `snapshotEvery` is a positive integer.
 *      - `load(id): { state, version }` — start from the snapshot if there is one (its `state` and
 *        `version`), else from `initialAccount` at version 0; then fold (`evolve`) the events read
 *        AFTER that version. The snapshot's events must not be read again.
 *      - Commands, each returning the stream's new version: `open(id, owner)` (throws an `Error`
 *        containing "already open" if it is), `deposit(id, amount)`, `withdraw(id, amount)`.
 *        `deposit`/`withdraw` throw a `RangeError` unless `amount` is a positive integer, an `Error`
 *        containing "not open" for an account that is not open, and `withdraw` an `Error`
 *        containing "insufficient funds" when `amount` exceeds the balance. A refused command
 *        appends nothing.
 *      - Each command: load, decide one event, `append` it with `expectedVersion` = the loaded
 *        version. On a `ConcurrencyError`, load again and decide again (the new state may now
 *        refuse the command), up to 3 attempts in all; the third conflict is rethrown.
 *      - After a successful append, if `snapshots` was given and the new version is at least
 *        `snapshotEvery` past the last snapshot's version (or past 0 if none), save
 *        `{ version, state }` for the new version.
 *
 * Example
 *   const store = new EventStore<AccountEvent>();
 *   const accounts = new AccountService(store);
 *   accounts.open("acc-1", "Ada");        // 1
 *   accounts.deposit("acc-1", 100);       // 2
 *   accounts.withdraw("acc-1", 30);       // 3
 *   accounts.load("acc-1");               // { state: { open: true, owner: "Ada", balance: 70 }, version: 3 }
 *   accounts.withdraw("acc-1", 500);      // throws Error("insufficient funds: …")
 *   store.append("acc-1", [{ type: "deposited", amount: 1 }], 2);   // throws ConcurrencyError (it is at 3)
 */

export interface StoredEvent<E> {
  stream: string;
  version: number;
  event: E;
}

/** Given: thrown by `append` when the stream is not at the expected version. */
export class ConcurrencyError extends Error {
  constructor(
    readonly stream: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`stream "${stream}" is at version ${actualVersion}, not the expected ${expectedVersion}`);
    this.name = "ConcurrencyError";
  }
}

export class EventStore<E> {
  version(stream: string): number {
    void stream;
    throw new Error("not implemented");
  }

  append(stream: string, events: E[], expectedVersion: number): number {
    void stream;
    void events;
    void expectedVersion;
    throw new Error("not implemented");
  }

  read(stream: string, afterVersion = 0): StoredEvent<E>[] {
    void stream;
    void afterVersion;
    throw new Error("not implemented");
  }
}

export type AccountEvent =
  | { type: "opened"; owner: string }
  | { type: "deposited"; amount: number }
  | { type: "withdrawn"; amount: number };

export interface AccountState {
  open: boolean;
  owner: string;
  balance: number;
}

/** Given: the state of an account before any event. */
export const initialAccount: AccountState = Object.freeze({ open: false, owner: "", balance: 0 });

export function evolve(state: AccountState, event: AccountEvent): AccountState {
  void state;
  void event;
  throw new Error("not implemented");
}

export interface Snapshot {
  version: number;
  state: AccountState;
}

export interface SnapshotStore {
  get(id: string): Snapshot | undefined;
  set(id: string, snapshot: Snapshot): unknown;
}

export interface AccountServiceOptions {
  snapshots?: SnapshotStore;
  snapshotEvery?: number;
}

export class AccountService {
  constructor(store: EventStore<AccountEvent>, options: AccountServiceOptions = {}) {
    // TODO: validate the options and keep what you need.
    void store;
    void options;
  }

  load(id: string): { state: AccountState; version: number } {
    void id;
    throw new Error("not implemented");
  }

  open(id: string, owner: string): number {
    void id;
    void owner;
    throw new Error("not implemented");
  }

  deposit(id: string, amount: number): number {
    void id;
    void amount;
    throw new Error("not implemented");
  }

  withdraw(id: string, amount: number): number {
    void id;
    void amount;
    throw new Error("not implemented");
  }
}
