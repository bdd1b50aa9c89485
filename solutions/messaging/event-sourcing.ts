/**
 * Event sourcing with snapshots and optimistic concurrency — reference solution.
 *
 * The events are the only truth; the account's state is a left fold over them. Concurrency is
 * handled without locks: a writer says which version it decided on, and the store refuses the
 * append if someone else got there first. The loser reloads and decides again, on the state that
 * actually exists — which may now refuse the command (the money was already withdrawn).
 */

export interface StoredEvent<E> {
  stream: string;
  version: number;
  event: E;
}

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
  readonly #streams = new Map<string, StoredEvent<E>[]>();

  version(stream: string): number {
    return this.#streams.get(stream)?.length ?? 0;
  }

  append(stream: string, events: E[], expectedVersion: number): number {
    if (events.length === 0) throw new RangeError("append needs at least one event");
    const current = this.version(stream);
    if (expectedVersion !== current) throw new ConcurrencyError(stream, expectedVersion, current);
    const log = this.#streams.get(stream) ?? [];
    for (const event of events) log.push({ stream, version: log.length + 1, event });
    this.#streams.set(stream, log);
    return log.length;
  }

  read(stream: string, afterVersion = 0): StoredEvent<E>[] {
    // Versions are 1-based and dense, so "after version v" starts at index v.
    return (this.#streams.get(stream) ?? []).slice(afterVersion);
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

export const initialAccount: AccountState = Object.freeze({ open: false, owner: "", balance: 0 });

export function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case "opened":
      return { open: true, owner: event.owner, balance: 0 };
    case "deposited":
      return { ...state, balance: state.balance + event.amount };
    case "withdrawn":
      return { ...state, balance: state.balance - event.amount };
  }
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

const MAX_ATTEMPTS = 3;

export class AccountService {
  readonly #store: EventStore<AccountEvent>;
  readonly #snapshots: SnapshotStore | undefined;
  readonly #snapshotEvery: number;

  constructor(store: EventStore<AccountEvent>, { snapshots, snapshotEvery = 50 }: AccountServiceOptions = {}) {
    if (!Number.isInteger(snapshotEvery) || snapshotEvery <= 0) {
      throw new RangeError(`snapshotEvery must be a positive integer, got ${snapshotEvery}`);
    }
    this.#store = store;
    this.#snapshots = snapshots;
    this.#snapshotEvery = snapshotEvery;
  }

  load(id: string): { state: AccountState; version: number } {
    const snapshot = this.#snapshots?.get(id);
    let state = snapshot?.state ?? initialAccount;
    let version = snapshot?.version ?? 0;
    for (const stored of this.#store.read(id, version)) {
      state = evolve(state, stored.event);
      version = stored.version;
    }
    return { state, version };
  }

  open(id: string, owner: string): number {
    return this.#execute(id, (state) => {
      if (state.open) throw new Error(`account ${id} is already open`);
      return { type: "opened", owner };
    });
  }

  deposit(id: string, amount: number): number {
    assertAmount(amount);
    return this.#execute(id, (state) => {
      if (!state.open) throw new Error(`account ${id} is not open`);
      return { type: "deposited", amount };
    });
  }

  withdraw(id: string, amount: number): number {
    assertAmount(amount);
    return this.#execute(id, (state) => {
      if (!state.open) throw new Error(`account ${id} is not open`);
      if (amount > state.balance) throw new Error(`insufficient funds: balance ${state.balance}, asked for ${amount}`);
      return { type: "withdrawn", amount };
    });
  }

  /** Load, decide, append at the loaded version; on a conflict, start over from a fresh load. */
  #execute(id: string, decide: (state: AccountState) => AccountEvent): number {
    for (let attempt = 1; ; attempt++) {
      const { state, version } = this.load(id);
      const event = decide(state);
      try {
        const newVersion = this.#store.append(id, [event], version);
        this.#maybeSnapshot(id, evolve(state, event), newVersion);
        return newVersion;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  #maybeSnapshot(id: string, state: AccountState, version: number): void {
    if (!this.#snapshots) return;
    const last = this.#snapshots.get(id)?.version ?? 0;
    if (version - last >= this.#snapshotEvery) this.#snapshots.set(id, { version, state });
  }
}

function assertAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount <= 0) throw new RangeError(`amount must be a positive integer, got ${amount}`);
}
