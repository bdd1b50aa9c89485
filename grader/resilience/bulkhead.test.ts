import { describe, expect, it } from "vitest";
import { BulkheadFullError, Bulkheads } from "../../exercises/resilience/bulkhead.ts";

/** A task the test finishes by hand. */
function task<T>(value: T) {
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const state = { started: false };
  const done = new Promise<void>((res, rej) => ((finish = res), (fail = rej)));
  const fn = async () => {
    state.started = true;
    await done;
    return value;
  };
  return { fn, state, finish, fail };
}

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

function make() {
  return new Bulkheads({
    payments: { maxConcurrent: 2, maxQueue: 1 },
    search: { maxConcurrent: 3, maxQueue: 5 },
  });
}

describe("Bulkheads", () => {
  it("runs a task in its pool and resolves with its result", async () => {
    const bulkheads = make();
    await expect(bulkheads.run("search", async () => "results")).resolves.toBe("results");
    await expect(bulkheads.run("search", () => 7)).resolves.toBe(7);
    expect(bulkheads.stats("search")).toEqual({ active: 0, queued: 0 });
  });

  it("runs at most maxConcurrent tasks per pool and queues the next in FIFO order", async () => {
    const bulkheads = new Bulkheads({ db: { maxConcurrent: 1, maxQueue: 5 } });
    const first = task("first");
    const order: string[] = [];
    const results = [bulkheads.run("db", first.fn)];
    for (const name of ["w1", "w2", "w3"]) results.push(bulkheads.run("db", async () => (order.push(name), name)));
    await settle();
    expect(bulkheads.stats("db")).toEqual({ active: 1, queued: 3 });
    first.finish();
    await expect(Promise.all(results)).resolves.toEqual(["first", "w1", "w2", "w3"]);
    expect(order).toEqual(["w1", "w2", "w3"]);
    expect(bulkheads.stats("db")).toEqual({ active: 0, queued: 0 });
  });

  it("rejects with a BulkheadFullError naming the pool once its slots and queue are full", async () => {
    const bulkheads = make();
    const hung = [task(1), task(2), task(3)];
    const running = hung.map((t) => bulkheads.run("payments", t.fn));
    await settle();
    let ran = false;
    const rejected = bulkheads.run("payments", async () => (ran = true));
    await expect(rejected).rejects.toBeInstanceOf(BulkheadFullError);
    await expect(rejected).rejects.toMatchObject({ pool: "payments", name: "BulkheadFullError" });
    expect(ran).toBe(false);
    expect(bulkheads.stats("payments")).toEqual({ active: 2, queued: 1 });
    hung.forEach((t) => t.finish());
    await expect(Promise.all(running)).resolves.toEqual([1, 2, 3]);
    expect(ran).toBe(false);
  });

  it("keeps serving other pools while one pool is saturated by a hung dependency", async () => {
    const bulkheads = make();
    const hung = [task("p1"), task("p2"), task("p3")];
    hung.forEach((t) => bulkheads.run("payments", t.fn).catch(() => {}));
    await settle();
    await expect(bulkheads.run("payments", async () => "x")).rejects.toBeInstanceOf(BulkheadFullError);

    const searches = [task("s1"), task("s2"), task("s3")];
    const results = searches.map((t) => bulkheads.run("search", t.fn));
    await settle();
    expect(searches.map((t) => t.state.started)).toEqual([true, true, true]);
    expect(bulkheads.stats("search")).toEqual({ active: 3, queued: 0 });
    searches.forEach((t) => t.finish());
    await expect(Promise.all(results)).resolves.toEqual(["s1", "s2", "s3"]);
    expect(bulkheads.stats("payments")).toEqual({ active: 2, queued: 1 });
  });

  it("hands a released slot only to a waiter of the same pool", async () => {
    const bulkheads = new Bulkheads({ a: { maxConcurrent: 1, maxQueue: 1 }, b: { maxConcurrent: 1, maxQueue: 1 } });
    const a1 = task("a1");
    const b1 = task("b1");
    const a2 = task("a2");
    bulkheads.run("a", a1.fn);
    bulkheads.run("b", b1.fn);
    bulkheads.run("a", a2.fn);
    await settle();
    b1.finish(); // frees a slot in b: a's waiter must not take it
    await settle();
    expect(a2.state.started).toBe(false);
    expect(bulkheads.stats("a")).toEqual({ active: 1, queued: 1 });
    expect(bulkheads.stats("b")).toEqual({ active: 0, queued: 0 });
    a1.finish();
    await settle();
    expect(a2.state.started).toBe(true);
    a2.finish();
  });

  it("releases the slot when a task rejects or throws, and passes the error on", async () => {
    const bulkheads = new Bulkheads({ db: { maxConcurrent: 1, maxQueue: 1 } });
    const failing = task("never");
    const failed = bulkheads.run("db", failing.fn);
    const next = bulkheads.run("db", () => "next ran");
    failing.fail(new Error("boom"));
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next ran");
    const syncBoom = new TypeError("sync boom");
    await expect(
      bulkheads.run("db", () => {
        throw syncBoom;
      }),
    ).rejects.toBe(syncBoom);
    expect(bulkheads.stats("db")).toEqual({ active: 0, queued: 0 });
  });

  it("never queues in a pool whose maxQueue is 0", async () => {
    const bulkheads = new Bulkheads({ db: { maxConcurrent: 1, maxQueue: 0 } });
    const busy = task(1);
    bulkheads.run("db", busy.fn);
    await expect(bulkheads.run("db", async () => 2)).rejects.toBeInstanceOf(BulkheadFullError);
    expect(bulkheads.stats("db")).toEqual({ active: 1, queued: 0 });
    busy.finish();
  });

  it("rejects an unknown pool with RangeError", async () => {
    const bulkheads = make();
    await expect(bulkheads.run("inventory", async () => 1)).rejects.toBeInstanceOf(RangeError);
    expect(() => bulkheads.stats("inventory")).toThrow(RangeError);
  });

  it("rejects invalid pool limits with RangeError", () => {
    expect(() => new Bulkheads({ a: { maxConcurrent: 0, maxQueue: 1 } })).toThrow(RangeError);
    expect(() => new Bulkheads({ a: { maxConcurrent: 1.5, maxQueue: 1 } })).toThrow(RangeError);
    expect(() => new Bulkheads({ a: { maxConcurrent: 1, maxQueue: -1 } })).toThrow(RangeError);
    expect(() => new Bulkheads({ a: { maxConcurrent: 1, maxQueue: 0.5 } })).toThrow(RangeError);
    expect(new Bulkheads({ a: { maxConcurrent: 1, maxQueue: 0 } }).stats("a")).toEqual({ active: 0, queued: 0 });
  });

  it("never exceeds any pool's limit across 3 000 tasks in three pools", async () => {
    const limits = { a: 2, b: 5, c: 1 };
    const bulkheads = new Bulkheads({
      a: { maxConcurrent: limits.a, maxQueue: 1_000 },
      b: { maxConcurrent: limits.b, maxQueue: 1_000 },
      c: { maxConcurrent: limits.c, maxQueue: 1_000 },
    });
    const inFlight = { a: 0, b: 0, c: 0 };
    const peak = { a: 0, b: 0, c: 0 };
    const names = ["a", "b", "c"] as const;
    const all = Array.from({ length: 3_000 }, (_, i) => {
      const pool = names[i % 3];
      return bulkheads.run(pool, async () => {
        inFlight[pool]++;
        peak[pool] = Math.max(peak[pool], inFlight[pool]);
        await Promise.resolve();
        inFlight[pool]--;
        return i;
      });
    });
    const results = await Promise.all(all);
    expect(results[2_999]).toBe(2_999);
    expect(peak).toEqual(limits);
  });
});
