import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WriteBehindCache, WriteThroughCache, type BackingStore } from "../../exercises/system-design/write-behind-cache.ts";

type Entry = [string, string];

/** An in-memory store that records every call; `failNext` makes the next writes reject. */
function fakeStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const batches: Entry[][] = [];
  const state = { reads: 0, failNext: 0 };
  const store: BackingStore = {
    async read(key) {
      state.reads++;
      return data.get(key);
    },
    async writeBatch(entries) {
      batches.push(entries.map(([k, v]) => [k, v] as Entry));
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error("store unavailable");
      }
      for (const [k, v] of entries) data.set(k, v);
    },
  };
  return { store, data, batches, state };
}

/** A store whose writes wait until the test lets them finish. */
function gatedStore() {
  const data = new Map<string, string>();
  const batches: Entry[][] = [];
  const gates: { entries: Entry[]; resolve: () => void; reject: (e: Error) => void }[] = [];
  const store: BackingStore = {
    async read(key) {
      return data.get(key);
    },
    writeBatch(entries) {
      batches.push(entries.map(([k, v]) => [k, v] as Entry));
      return new Promise<void>((resolve, reject) => {
        gates.push({
          entries,
          resolve: () => {
            for (const [k, v] of entries) data.set(k, v);
            resolve();
          },
          reject,
        });
      });
    },
  };
  return { store, data, batches, gates };
}

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("WriteThroughCache", () => {
  it("writes to the store before set resolves, then serves the value from memory", async () => {
    const { store, data, batches, state } = fakeStore();
    const cache = new WriteThroughCache(store);
    await cache.set("user:1", "ada");
    expect(data.get("user:1")).toBe("ada");
    expect(batches).toEqual([[["user:1", "ada"]]]);
    expect(await cache.get("user:1")).toBe("ada");
    expect(state.reads).toBe(0);
  });

  it("reads a miss from the store once and caches it; undefined is not cached", async () => {
    const { store, state } = fakeStore({ "user:2": "grace" });
    const cache = new WriteThroughCache(store);
    expect(await cache.get("user:2")).toBe("grace");
    expect(await cache.get("user:2")).toBe("grace");
    expect(state.reads).toBe(1);
    expect(await cache.get("nobody")).toBeUndefined();
    expect(await cache.get("nobody")).toBeUndefined();
    expect(state.reads).toBe(3);
  });

  it("rejects when the store rejects, and leaves the cache unchanged", async () => {
    const { store, state } = fakeStore({ k: "old" });
    const cache = new WriteThroughCache(store);
    expect(await cache.get("k")).toBe("old");
    state.failNext = 1;
    await expect(cache.set("k", "new")).rejects.toThrow("store unavailable");
    expect(await cache.get("k")).toBe("old");
  });
});

describe("WriteBehindCache", () => {
  it("acknowledges writes at once and serves them back before any flush (read-your-writes)", async () => {
    const { store, batches, state } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("a", "1");
    cache.set("b", "2");
    expect(await cache.get("a")).toBe("1");
    expect(await cache.get("b")).toBe("2");
    expect(cache.pending).toBe(2);
    expect(batches).toEqual([]);
    expect(state.reads).toBe(0);
  });

  it("flushes flushIntervalMs after the first dirty write, coalescing repeated keys into one batch", async () => {
    const { store, data, batches } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("views", "1");
    await vi.advanceTimersByTimeAsync(400);
    cache.set("likes", "7");
    cache.set("views", "2");
    cache.set("views", "3");
    expect(vi.getTimerCount(), "one flush timer, not one per set").toBe(1);
    await vi.advanceTimersByTimeAsync(599);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([
      [
        ["views", "3"],
        ["likes", "7"],
      ],
    ]);
    expect(data.get("views")).toBe("3");
    expect(cache.pending).toBe(0);
    // Nothing dirty: no more writes, however long we wait.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(batches).toHaveLength(1);
  });

  it("starts a new interval for writes made after a flush", async () => {
    const { store, batches } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("a", "1");
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(500);
    cache.set("b", "2");
    await vi.advanceTimersByTimeAsync(999);
    expect(batches).toEqual([[["a", "1"]]]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([[["a", "1"]], [["b", "2"]]]);
  });

  it("flushes at once when pending reaches maxPending", async () => {
    const { store, batches } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 60_000, maxPending: 3 });
    cache.set("a", "1");
    cache.set("b", "1");
    cache.set("a", "2"); // coalesced: still 2 pending
    await settle();
    expect(batches).toEqual([]);
    cache.set("c", "1");
    await settle();
    expect(batches).toEqual([
      [
        ["a", "2"],
        ["b", "1"],
        ["c", "1"],
      ],
    ]);
    expect(cache.pending).toBe(0);
  });

  it("flush() writes everything dirty in one call and resolves once the store has it", async () => {
    const { store, data, batches } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 60_000, maxPending: 100 });
    await cache.flush();
    expect(batches).toEqual([]);
    cache.set("x", "1");
    cache.set("y", "2");
    await cache.flush();
    expect(batches).toEqual([
      [
        ["x", "1"],
        ["y", "2"],
      ],
    ]);
    expect(data.get("y")).toBe("2");
  });

  it("keeps one batch in flight; keys set meanwhile go in the next batch", async () => {
    const { store, data, batches, gates } = gatedStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 60_000, maxPending: 100 });
    cache.set("a", "1");
    const first = cache.flush();
    await settle();
    expect(batches).toHaveLength(1);
    cache.set("a", "2");
    cache.set("b", "1");
    expect(cache.pending).toBe(2);
    const second = cache.flush();
    await settle();
    expect(batches, "a second batch started while the first was in flight").toHaveLength(1);
    gates[0].resolve();
    await first;
    await settle();
    expect(batches).toEqual([
      [["a", "1"]],
      [
        ["a", "2"],
        ["b", "1"],
      ],
    ]);
    gates[1].resolve();
    await second;
    expect(data.get("a")).toBe("2");
  });

  it("keeps a failed batch, retries it flushIntervalMs later, and loses nothing", async () => {
    const { store, data, batches, state } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    state.failNext = 1;
    cache.set("a", "1");
    cache.set("b", "1");
    await expect(cache.flush()).rejects.toThrow("store unavailable");
    expect(cache.pending).toBe(2);
    expect(await cache.get("a")).toBe("1");
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toHaveLength(2);
    expect(batches[1]).toEqual([
      ["a", "1"],
      ["b", "1"],
    ]);
    expect(data.get("b")).toBe("1");
    expect(cache.pending).toBe(0);
  });

  it("never lets a retried old value overwrite a newer set made during the failed write", async () => {
    const { store, data, gates } = gatedStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("price", "10");
    const failing = cache.flush();
    await settle();
    cache.set("price", "12");
    gates[0].reject(new Error("timeout"));
    await expect(failing).rejects.toThrow("timeout");
    expect(cache.pending).toBe(1);
    expect(await cache.get("price")).toBe("12");
    const retry = cache.flush();
    await settle();
    expect(gates[1].entries).toEqual([["price", "12"]]);
    gates[1].resolve();
    await retry;
    expect(data.get("price")).toBe("12");
  });

  it("does not cause an unhandled rejection when a timer-driven flush fails", async () => {
    const { store, data, state } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 2 });
    state.failNext = 2;
    cache.set("a", "1");
    cache.set("b", "1"); // size-triggered flush: fails
    await settle();
    await vi.advanceTimersByTimeAsync(1000); // retry: fails again
    expect(cache.pending).toBe(2);
    await vi.advanceTimersByTimeAsync(1000); // retry: succeeds
    expect(data.get("a")).toBe("1");
    expect(cache.pending).toBe(0);
  });

  it("does not overwrite a value set while a read from the store was in progress", async () => {
    let finishRead!: (v: string) => void;
    const store: BackingStore = {
      read: () => new Promise((resolve) => (finishRead = resolve)),
      writeBatch: async () => {},
    };
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    const reading = cache.get("k");
    await settle();
    cache.set("k", "new");
    finishRead("old-from-store");
    expect(await reading).toBe("new");
    expect(await cache.get("k")).toBe("new");
  });

  it("close() flushes everything, waits for a batch in flight, and leaves no timer", async () => {
    const { store, data, gates } = gatedStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("a", "1");
    void cache.flush();
    await settle();
    cache.set("b", "2");
    let closed = false;
    const closing = cache.close().then(() => {
      closed = true;
    });
    await settle();
    expect(closed).toBe(false);
    gates[0].resolve();
    await settle();
    expect(closed).toBe(false);
    expect(gates[1].entries).toEqual([["b", "2"]]);
    gates[1].resolve();
    await closing;
    expect(data.get("a")).toBe("1");
    expect(data.get("b")).toBe("2");
    expect(vi.getTimerCount()).toBe(0);
    expect(() => cache.set("c", "3")).toThrow(Error);
  });

  it("close() rejects if the final flush fails, keeps the writes, and can be retried", async () => {
    const { store, data, state } = fakeStore();
    const cache = new WriteBehindCache(store, { flushIntervalMs: 1000, maxPending: 100 });
    cache.set("a", "1");
    state.failNext = 1;
    await expect(cache.close()).rejects.toThrow("store unavailable");
    expect(cache.pending).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    await cache.close();
    expect(data.get("a")).toBe("1");
    expect(cache.pending).toBe(0);
  });

  it("rejects a flushIntervalMs or maxPending that is not a positive integer", () => {
    const { store } = fakeStore();
    expect(() => new WriteBehindCache(store, { flushIntervalMs: 0, maxPending: 1 })).toThrow(RangeError);
    expect(() => new WriteBehindCache(store, { flushIntervalMs: 1.5, maxPending: 1 })).toThrow(RangeError);
    expect(() => new WriteBehindCache(store, { flushIntervalMs: 100, maxPending: 0 })).toThrow(RangeError);
    expect(() => new WriteBehindCache(store, { flushIntervalMs: 100, maxPending: -3 })).toThrow(RangeError);
  });
});
