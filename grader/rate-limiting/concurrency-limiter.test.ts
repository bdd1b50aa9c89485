import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QueueFullError, QueueTimeoutError, Semaphore } from "../../exercises/rate-limiting/concurrency-limiter.ts";

/** A task the test finishes by hand: `started` flips when the semaphore runs it. */
function task<T>(value?: T) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const state = { started: false };
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const fn = async () => {
    state.started = true;
    await done;
    return value as T;
  };
  return { fn, state, finish, fail };
}

type Outcome<T> = { status: "pending" } | { status: "fulfilled"; value: T } | { status: "rejected"; reason: unknown };

/** Records how a promise settles, so a test can look at it between timer advances. */
function track<T>(promise: Promise<T>): { readonly current: Outcome<T> } {
  const box: { current: Outcome<T> } = { current: { status: "pending" } };
  promise.then(
    (value) => (box.current = { status: "fulfilled", value }),
    (reason: unknown) => (box.current = { status: "rejected", reason }),
  );
  return box;
}

/** Lets pending promise callbacks run (fake timers do not fake microtasks). */
async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("Semaphore", () => {
  it("runs a task and resolves with its result", async () => {
    const sem = new Semaphore(2);
    await expect(sem.run(async () => 42)).resolves.toBe(42);
    await expect(sem.run(() => "sync value")).resolves.toBe("sync value");
    expect(sem.active).toBe(0);
  });

  it("runs at most maxConcurrent tasks at once and queues the rest", async () => {
    const sem = new Semaphore(2);
    const a = task("a");
    const b = task("b");
    const c = task("c");
    const results = [sem.run(a.fn), sem.run(b.fn), sem.run(c.fn)];
    await settle();
    expect(a.state.started).toBe(true);
    expect(b.state.started).toBe(true);
    expect(c.state.started).toBe(false);
    expect(sem.active).toBe(2);
    expect(sem.pending).toBe(1);

    a.finish();
    await settle();
    expect(c.state.started).toBe(true);
    expect(sem.active).toBe(2);
    expect(sem.pending).toBe(0);

    b.finish();
    c.finish();
    await expect(Promise.all(results)).resolves.toEqual(["a", "b", "c"]);
    expect(sem.active).toBe(0);
  });

  it("starts waiting calls in FIFO order", async () => {
    const sem = new Semaphore(1);
    const order: string[] = [];
    const first = task();
    const running = [sem.run(first.fn)];
    for (const name of ["w1", "w2", "w3"]) {
      running.push(sem.run(async () => void order.push(name)));
    }
    expect(sem.pending).toBe(3);
    first.finish();
    await Promise.all(running);
    expect(order).toEqual(["w1", "w2", "w3"]);
  });

  it("releases the slot when a task throws or rejects, and passes the error on", async () => {
    const sem = new Semaphore(1);
    const failing = task();
    const failed = sem.run(failing.fn);
    const next = sem.run(() => "next ran");
    failing.fail(new Error("boom"));
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next ran");

    await expect(
      sem.run(() => {
        throw new TypeError("sync boom");
      }),
    ).rejects.toThrow(TypeError);
    expect(sem.active).toBe(0);
    await expect(sem.run(() => "still usable")).resolves.toBe("still usable");
  });

  it("rejects at once with QueueFullError when maxQueue calls are waiting", async () => {
    const sem = new Semaphore(1, { maxQueue: 1 });
    const busy = task();
    sem.run(busy.fn);
    const waiting = sem.run(() => "waited");
    let ranOverflow = false;
    await expect(sem.run(() => (ranOverflow = true))).rejects.toBeInstanceOf(QueueFullError);
    expect(sem.pending).toBe(1);

    busy.finish();
    await expect(waiting).resolves.toBe("waited");
    expect(ranOverflow).toBe(false);
  });

  it("never queues when maxQueue is 0", async () => {
    const sem = new Semaphore(1, { maxQueue: 0 });
    const busy = task();
    sem.run(busy.fn);
    await expect(sem.run(() => "no room")).rejects.toBeInstanceOf(QueueFullError);
    expect(sem.pending).toBe(0);
    busy.finish();
  });

  it("rejects a call with QueueTimeoutError after queueTimeoutMs without running it", async () => {
    const sem = new Semaphore(1, { queueTimeoutMs: 1_000 });
    const busy = task();
    sem.run(busy.fn);
    let ran = false;
    const waiting = sem.run(() => (ran = true));
    const outcome = expect(waiting).rejects.toBeInstanceOf(QueueTimeoutError);

    await vi.advanceTimersByTimeAsync(999);
    expect(sem.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(sem.pending).toBe(0);

    busy.finish();
    await settle();
    expect(ran).toBe(false);
    expect(sem.active).toBe(0);
  });

  it("does not time out a call that got a slot in time", async () => {
    const sem = new Semaphore(1, { queueTimeoutMs: 1_000 });
    const busy = task();
    sem.run(busy.fn);
    const slow = task("slow result");
    const waiting = sem.run(slow.fn);

    await vi.advanceTimersByTimeAsync(500);
    busy.finish();
    await settle();
    expect(slow.state.started).toBe(true);

    await vi.advanceTimersByTimeAsync(5_000); // long past the queue timeout, still running
    slow.finish();
    await expect(waiting).resolves.toBe("slow result");
  });

  it("without queueTimeoutMs, keeps a waiter queued however long it waits", async () => {
    const sem = new Semaphore(1);
    const busy = task();
    sem.run(busy.fn);
    const waiting = track(sem.run(() => "finally ran"));

    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1_000); // a day
    expect(waiting.current).toEqual({ status: "pending" });
    expect(sem.pending).toBe(1);

    busy.finish();
    await settle();
    expect(waiting.current).toEqual({ status: "fulfilled", value: "finally ran" });
  });

  it("rejects invalid constructor arguments with RangeError", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
    expect(() => new Semaphore(1.5)).toThrow(RangeError);
    expect(() => new Semaphore(1, { maxQueue: -1 })).toThrow(RangeError);
    expect(() => new Semaphore(1, { maxQueue: 2.5 })).toThrow(RangeError);
    expect(() => new Semaphore(1, { queueTimeoutMs: 0 })).toThrow(RangeError);
    expect(() => new Semaphore(1, { queueTimeoutMs: Infinity })).toThrow(RangeError);
    expect(() => new Semaphore(1, { maxQueue: Infinity, queueTimeoutMs: 10 })).not.toThrow();
  });

  it("never exceeds maxConcurrent across 2 000 queued tasks", async () => {
    const sem = new Semaphore(5);
    let inFlight = 0;
    let peak = 0;
    const work = async (i: number) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await Promise.resolve();
      inFlight--;
      return i;
    };
    const results = await Promise.all(Array.from({ length: 2_000 }, (_, i) => sem.run(() => work(i))));
    expect(peak).toBe(5);
    expect(results[1_999]).toBe(1_999);
    expect(sem.active).toBe(0);
    expect(sem.pending).toBe(0);
  });
});
