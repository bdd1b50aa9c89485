import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { delay, runAll, withTimeout } from "../../exercises/node-internals/abort-controller.ts";

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

function abortListeners(signal: AbortSignal): number {
  return getEventListeners(signal, "abort").length;
}

/** A promise that never settles: a task that ignores its signal. */
function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("delay", () => {
  it("resolves after the given number of milliseconds", async () => {
    const result = track(delay(1_000));
    await vi.advanceTimersByTimeAsync(999);
    expect(result.current.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(result.current).toEqual({ status: "fulfilled", value: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with signal.reason when the signal aborts, clearing its timer and listener", async () => {
    const controller = new AbortController();
    const result = track(delay(1_000, controller.signal));
    const reason = new Error("client went away");
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toEqual({ status: "rejected", reason });
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it("rejects with the default AbortError when aborted without a reason", async () => {
    const controller = new AbortController();
    const result = track(delay(1_000, controller.signal));
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current.status).toBe("rejected");
    const { reason } = result.current as { reason: unknown };
    expect(reason).toBe(controller.signal.reason);
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe("AbortError");
  });

  it("rejects at once, without starting a timer, when the signal is already aborted", async () => {
    const reason = new Error("already cancelled");
    const result = delay(1_000, AbortSignal.abort(reason));
    expect(vi.getTimerCount()).toBe(0);
    await expect(result).rejects.toBe(reason);
  });

  it("removes its abort listener once it resolves", async () => {
    const controller = new AbortController();
    const result = track(delay(100, controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    expect(result.current.status).toBe("fulfilled");
    expect(abortListeners(controller.signal)).toBe(0);
  });
});

describe("withTimeout", () => {
  it("resolves with the factory's value when it finishes before the deadline", async () => {
    const controller = new AbortController();
    let innerSignal: AbortSignal | undefined;
    const result = track(
      withTimeout(
        async (signal) => {
          innerSignal = signal;
          await delay(50, signal);
          return "done";
        },
        1_000,
        controller.signal,
      ),
    );
    await vi.advanceTimersByTimeAsync(50);
    expect(result.current).toEqual({ status: "fulfilled", value: "done" });
    expect(innerSignal).toBeInstanceOf(AbortSignal);
    expect(innerSignal?.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it("rejects with a TimeoutError and aborts the factory's signal when time runs out", async () => {
    let innerSignal: AbortSignal | undefined;
    const result = track(
      withTimeout((signal) => {
        innerSignal = signal;
        return delay(5_000, signal);
      }, 1_000),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(result.current.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(result.current.status).toBe("rejected");
    const { reason } = result.current as { reason: unknown };
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe("TimeoutError");
    expect(innerSignal?.aborted).toBe(true);
    expect(innerSignal?.reason).toBe(reason);
    // The inner delay saw the abort and cleared its own 5 s timer.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the factory's own error when the factory fails in time", async () => {
    const failure = new Error("db down");
    const result = track(withTimeout(() => Promise.reject(failure), 1_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toEqual({ status: "rejected", reason: failure });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the caller's reason and aborts the factory's signal when the caller aborts", async () => {
    const controller = new AbortController();
    let innerSignal: AbortSignal | undefined;
    const result = track(
      withTimeout(
        (signal) => {
          innerSignal = signal;
          return never<string>();
        },
        1_000,
        controller.signal,
      ),
    );
    const reason = new Error("request cancelled");
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toEqual({ status: "rejected", reason });
    expect(innerSignal?.reason).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it("never calls the factory when the caller's signal is already aborted", async () => {
    const factory = vi.fn(async () => "unreachable");
    const reason = new Error("already cancelled");
    await expect(withTimeout(factory, 1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(factory).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("runAll", () => {
  it("resolves with every result in task order", async () => {
    const result = track(
      runAll<string>([
        (signal) => delay(30, signal).then(() => "a"),
        (signal) => delay(10, signal).then(() => "b"),
        (signal) => delay(20, signal).then(() => "c"),
      ]),
    );
    await vi.advanceTimersByTimeAsync(30);
    expect(result.current).toEqual({ status: "fulfilled", value: ["a", "b", "c"] });
    await expect(runAll([])).resolves.toEqual([]);
  });

  it("aborts the other tasks with the first error and rejects with it", async () => {
    const boom = new Error("boom");
    const seen: AbortSignal[] = [];
    const result = track(
      runAll<unknown>([
        (signal) => {
          seen.push(signal);
          return delay(1_000, signal);
        },
        async (signal) => {
          seen.push(signal);
          await delay(10, signal);
          throw boom;
        },
      ]),
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    await vi.advanceTimersByTimeAsync(10);
    expect(result.current).toEqual({ status: "rejected", reason: boom });
    expect(seen[0].aborted).toBe(true);
    expect(seen[0].reason).toBe(boom);
    // The 1 s task was cancelled, so its timer is gone.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("removes its listener from the caller's signal when a task fails, too", async () => {
    const controller = new AbortController();
    const boom = new Error("boom");
    const result = track(
      runAll<unknown>([(signal) => delay(1_000, signal), () => Promise.reject(boom)], controller.signal),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toEqual({ status: "rejected", reason: boom });
    expect(abortListeners(controller.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("stops every task with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const task = (signal: AbortSignal) => {
      seen.push(signal);
      return delay(1_000, signal);
    };
    const result = track(runAll([task, task, task], controller.signal));
    const reason = new Error("shutting down");
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(result.current).toEqual({ status: "rejected", reason });
    expect(seen.map((signal) => signal.reason)).toEqual([reason, reason, reason]);
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it("starts no task when the caller's signal is already aborted", async () => {
    const task = vi.fn(async () => 1);
    const reason = new Error("already cancelled");
    await expect(runAll([task, task], AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(task).not.toHaveBeenCalled();
  });

  it("leaves no listener or timer behind on a long-lived signal after 100 calls of each helper", async () => {
    // One signal for the whole life of a server, as with a shutdown signal: every call must clean up
    // after itself, or listeners pile up (Node warns with MaxListenersExceededWarning).
    const controller = new AbortController();
    const { signal } = controller;
    for (let i = 0; i < 100; i++) {
      const calls = [
        delay(1, signal),
        withTimeout((inner) => delay(1, inner), 10, signal),
        runAll([(inner) => delay(1, inner)], signal),
        withTimeout(() => Promise.reject(new Error("fails fast")), 10, signal).catch(() => "caught"),
      ];
      vi.advanceTimersByTime(1);
      await Promise.all(calls);
    }
    expect(abortListeners(signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
