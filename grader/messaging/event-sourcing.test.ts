import { describe, expect, it, vi } from "vitest";
import {
  AccountService,
  ConcurrencyError,
  EventStore,
  evolve,
  initialAccount,
  type AccountEvent,
  type Snapshot,
} from "../../exercises/messaging/event-sourcing.ts";

/** A store where another writer sneaks one event in just before each of the next `races` appends. */
function racingStore(races: number, sneaked: AccountEvent) {
  const store = new EventStore<AccountEvent>();
  const append = store.append.bind(store);
  let left = 0;
  store.append = (stream, events, expectedVersion) => {
    if (left > 0) {
      left--;
      append(stream, [sneaked], store.version(stream));
    }
    return append(stream, events, expectedVersion);
  };
  return { store, race: () => void (left = races) };
}

describe("EventStore", () => {
  it("appends events with versions from 1 and reads them back, oldest first", () => {
    const store = new EventStore<string>();
    expect(store.version("s")).toBe(0);
    expect(store.append("s", ["a", "b"], 0)).toBe(2);
    expect(store.append("s", ["c"], 2)).toBe(3);
    expect(store.version("s")).toBe(3);
    expect(store.read("s")).toEqual([
      { stream: "s", version: 1, event: "a" },
      { stream: "s", version: 2, event: "b" },
      { stream: "s", version: 3, event: "c" },
    ]);
    expect(store.read("s", 2)).toEqual([{ stream: "s", version: 3, event: "c" }]);
    expect(store.read("s", 3)).toEqual([]);
    expect(store.read("unknown")).toEqual([]);
  });

  it("keeps streams apart", () => {
    const store = new EventStore<string>();
    store.append("a", ["a1"], 0);
    store.append("b", ["b1", "b2"], 0);
    expect(store.read("a").map((stored) => stored.event)).toEqual(["a1"]);
    expect(store.version("b")).toBe(2);
  });

  it("refuses an append at the wrong expected version with a ConcurrencyError, appending nothing", () => {
    const store = new EventStore<string>();
    store.append("s", ["a"], 0);
    let caught: unknown;
    try {
      store.append("s", ["stale"], 0);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConcurrencyError);
    expect(caught).toMatchObject({ stream: "s", expectedVersion: 0, actualVersion: 1 });
    expect(() => store.append("s", ["ahead"], 2)).toThrow(ConcurrencyError);
    expect(() => store.append("new", ["x"], 1)).toThrow(ConcurrencyError);
    expect(store.read("s").map((stored) => stored.event)).toEqual(["a"]);
    expect(() => store.append("s", [], 1)).toThrow(RangeError);
    expect(store.version("s")).toBe(1);
  });
});

describe("evolve", () => {
  it("folds opened, deposited and withdrawn events into a new state without changing the old one", () => {
    const opened = evolve(initialAccount, { type: "opened", owner: "Ada" });
    expect(opened).toEqual({ open: true, owner: "Ada", balance: 0 });
    const funded = evolve(opened, { type: "deposited", amount: 100 });
    const spent = evolve(funded, { type: "withdrawn", amount: 30 });
    expect(spent).toEqual({ open: true, owner: "Ada", balance: 70 });
    expect(funded).toEqual({ open: true, owner: "Ada", balance: 100 });
    expect(opened.balance).toBe(0);
  });
});

describe("AccountService", () => {
  it("runs commands as appended events and rebuilds the state from them", () => {
    const store = new EventStore<AccountEvent>();
    const accounts = new AccountService(store);
    expect(accounts.open("acc-1", "Ada")).toBe(1);
    expect(accounts.deposit("acc-1", 100)).toBe(2);
    expect(accounts.withdraw("acc-1", 30)).toBe(3);
    expect(accounts.load("acc-1")).toEqual({ state: { open: true, owner: "Ada", balance: 70 }, version: 3 });
    expect(store.read("acc-1").map((stored) => stored.event)).toEqual([
      { type: "opened", owner: "Ada" },
      { type: "deposited", amount: 100 },
      { type: "withdrawn", amount: 30 },
    ]);
    expect(new AccountService(store).load("acc-1").state.balance).toBe(70); // nothing but the events
    expect(accounts.load("acc-2")).toEqual({ state: { open: false, owner: "", balance: 0 }, version: 0 });
  });

  it("refuses invalid commands and appends nothing for them", () => {
    const store = new EventStore<AccountEvent>();
    const accounts = new AccountService(store);
    expect(() => accounts.deposit("acc-1", 10)).toThrow(/not open/);
    expect(() => accounts.withdraw("acc-1", 10)).toThrow(/not open/);
    accounts.open("acc-1", "Ada");
    expect(() => accounts.open("acc-1", "Eve")).toThrow(/already open/);
    accounts.deposit("acc-1", 50);
    expect(() => accounts.withdraw("acc-1", 51)).toThrow(/insufficient funds/);
    expect(() => accounts.deposit("acc-1", 0)).toThrow(RangeError);
    expect(() => accounts.deposit("acc-1", -5)).toThrow(RangeError);
    expect(() => accounts.withdraw("acc-1", 1.5)).toThrow(RangeError);
    expect(store.version("acc-1")).toBe(2);
    expect(accounts.withdraw("acc-1", 50)).toBe(3);
  });

  it("retries on a concurrent append, deciding again on the fresh state", () => {
    const { store, race } = racingStore(1, { type: "deposited", amount: 5 });
    const accounts = new AccountService(store);
    accounts.open("acc-1", "Ada");
    race();
    expect(accounts.deposit("acc-1", 100)).toBe(3); // open = 1, the racing deposit = 2, ours = 3
    expect(accounts.load("acc-1").state.balance).toBe(105); // both deposits count
  });

  it("re-checks the rules after a conflict: a racing withdrawal can make ours fail", () => {
    const { store, race } = racingStore(1, { type: "withdrawn", amount: 80 });
    const accounts = new AccountService(store);
    accounts.open("acc-1", "Ada");
    accounts.deposit("acc-1", 100);
    race();
    expect(() => accounts.withdraw("acc-1", 50)).toThrow(/insufficient funds/);
    expect(accounts.load("acc-1")).toEqual({ state: { open: true, owner: "Ada", balance: 20 }, version: 3 });
  });

  it("gives up with the ConcurrencyError after three conflicting attempts", () => {
    const { store, race } = racingStore(3, { type: "deposited", amount: 1 });
    const accounts = new AccountService(store);
    accounts.open("acc-1", "Ada");
    race();
    expect(() => accounts.deposit("acc-1", 100)).toThrow(ConcurrencyError);
    expect(accounts.load("acc-1").state.balance).toBe(3); // only the three racing deposits
    const { store: store2, race: race2 } = racingStore(2, { type: "deposited", amount: 1 });
    const accounts2 = new AccountService(store2);
    accounts2.open("acc-1", "Ada");
    race2();
    expect(accounts2.deposit("acc-1", 100)).toBe(4); // the third attempt succeeds
  });

  it("saves a snapshot every snapshotEvery events and loads from it, reading only later events", () => {
    const store = new EventStore<AccountEvent>();
    const snapshots = new Map<string, Snapshot>();
    const accounts = new AccountService(store, { snapshots, snapshotEvery: 5 });
    accounts.open("acc-1", "Ada");
    for (let i = 0; i < 3; i++) accounts.deposit("acc-1", 10);
    expect(snapshots.get("acc-1")).toBeUndefined();
    accounts.deposit("acc-1", 10); // version 5
    expect(snapshots.get("acc-1")).toEqual({ version: 5, state: { open: true, owner: "Ada", balance: 40 } });
    for (let i = 0; i < 6; i++) accounts.deposit("acc-1", 1); // versions 6–11
    expect(snapshots.get("acc-1")?.version).toBe(10);

    const read = vi.spyOn(store, "read");
    expect(accounts.load("acc-1")).toEqual({ state: { open: true, owner: "Ada", balance: 46 }, version: 11 });
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0].slice(0, 2)).toEqual(["acc-1", 10]);
  });

  it("starts from a snapshot's state as is, without replaying the events before it", () => {
    const store = new EventStore<AccountEvent>();
    store.append("acc-1", [{ type: "opened", owner: "Ada" }, { type: "deposited", amount: 10 }], 0);
    // A snapshot that disagrees with the events proves which one load used.
    const snapshots = new Map<string, Snapshot>([["acc-1", { version: 1, state: { open: true, owner: "Ada", balance: 1000 } }]]);
    const accounts = new AccountService(store, { snapshots });
    expect(accounts.load("acc-1")).toEqual({ state: { open: true, owner: "Ada", balance: 1010 }, version: 2 });
  });

  it("rejects a snapshotEvery that is not a positive integer", () => {
    const store = new EventStore<AccountEvent>();
    expect(() => new AccountService(store, { snapshotEvery: 0 })).toThrow(RangeError);
    expect(() => new AccountService(store, { snapshotEvery: 2.5 })).toThrow(RangeError);
  });
});
