import { describe, expect, it, vi } from "vitest";
import { SingleFlight } from "../../exercises/caching/single-flight.ts";

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SingleFlight", () => {
  it("shares one in-flight load between concurrent callers of the same key", async () => {
    const flights = new SingleFlight<string, { id: string }>();
    const row = deferred<{ id: string }>();
    const firstLoad = vi.fn(() => row.promise);
    const otherLoad = vi.fn(() => row.promise);

    const first = flights.run("user:1", firstLoad);
    const second = flights.run("user:1", otherLoad);
    const third = flights.run("user:1", otherLoad);
    expect(firstLoad).toHaveBeenCalledTimes(1);
    expect(otherLoad).not.toHaveBeenCalled();

    const user = { id: "user:1" };
    row.resolve(user);
    expect(await first).toBe(user);
    expect(await second).toBe(user);
    expect(await third).toBe(user);
    expect(otherLoad).not.toHaveBeenCalled();
  });

  it("loads different keys independently", async () => {
    const flights = new SingleFlight<string, string>();
    const a = deferred<string>();
    const b = deferred<string>();
    const loadA = vi.fn(() => a.promise);
    const loadB = vi.fn(() => b.promise);

    const pendingA = flights.run("a", loadA);
    const pendingB = flights.run("b", loadB);
    expect(loadA).toHaveBeenCalledTimes(1);
    expect(loadB).toHaveBeenCalledTimes(1);

    let aSettled = false;
    void pendingA.then(() => (aSettled = true));
    b.resolve("B");
    await expect(pendingB).resolves.toBe("B");
    expect(aSettled).toBe(false);

    a.resolve("A");
    await expect(pendingA).resolves.toBe("A");
  });

  it("starts a fresh load for a call made after the previous load settled", async () => {
    const flights = new SingleFlight<string, number>();
    const load = vi.fn(async () => load.mock.calls.length);

    await expect(flights.run("counter", load)).resolves.toBe(1);
    await expect(flights.run("counter", load)).resolves.toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("forgets the key before any caller sees the outcome", async () => {
    const flights = new SingleFlight<string, string>();
    const first = deferred<string>();
    const load = vi.fn(() => first.promise);
    const reload = vi.fn(async () => "fresh");

    const pending = flights.run("config", load);
    const retried = pending.then(() => flights.run("config", reload));
    first.resolve("stale");

    await expect(retried).resolves.toBe("fresh");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("shares a rejection with every waiter and does not remember it", async () => {
    const flights = new SingleFlight<string, string>();
    const failing = deferred<string>();
    const failure = new Error("db timeout");
    const load = vi.fn(() => failing.promise);

    const first = flights.run("user:1", load);
    const second = flights.run("user:1", load);
    failing.reject(failure);
    await expect(first).rejects.toBe(failure);
    await expect(second).rejects.toBe(failure);
    expect(load).toHaveBeenCalledTimes(1);

    const retry = vi.fn(async () => "loaded");
    await expect(flights.run("user:1", retry)).resolves.toBe("loaded");
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("returns a rejected promise, not a throw, when load throws synchronously, and frees the key", async () => {
    const flights = new SingleFlight<string, string>();
    const failure = new Error("bad key");
    const throwing = () => {
      throw failure;
    };

    let pending: Promise<string> | undefined;
    expect(() => (pending = flights.run("k", throwing))).not.toThrow();
    await expect(pending).rejects.toBe(failure);

    const load = vi.fn(async () => "ok");
    await expect(flights.run("k", load)).resolves.toBe("ok");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("collapses a stampede of 10 000 concurrent calls over 100 keys into 100 loads", async () => {
    const flights = new SingleFlight<number, string>();
    const rows = new Map<number, ReturnType<typeof deferred<string>>>();
    let loads = 0;

    const results: Promise<string>[] = [];
    for (let i = 0; i < 10_000; i++) {
      const key = i % 100;
      results.push(
        flights.run(key, () => {
          loads++;
          const row = deferred<string>();
          rows.set(key, row);
          return row.promise;
        }),
      );
    }
    expect(loads).toBe(100);

    for (const [key, row] of rows) row.resolve(`row ${key}`);
    const values = await Promise.all(results);
    expect(values[0]).toBe("row 0");
    expect(values[9_999]).toBe("row 99");
    expect(new Set(values).size).toBe(100);
  });
});
