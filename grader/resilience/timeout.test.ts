import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TimeoutError, withTimeout } from "../../exercises/resilience/timeout.ts";

/** Work the test finishes by hand; it records the signal withTimeout handed it. */
function manualWork<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const seen: { signal?: AbortSignal; calls: number } = { calls: 0 };
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const fn = (signal: AbortSignal) => {
    seen.calls++;
    seen.signal = signal;
    return promise;
  };
  return { fn, promise, seen, resolve, reject };
}

/** Tracks whether a promise has settled yet, without letting a rejection go unhandled. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("withTimeout", () => {
  it("resolves with the work's value when it finishes in time, and leaves no timer behind", async () => {
    const work = manualWork<string>();
    const result = withTimeout(work.fn, 1_000);
    expect(work.seen.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(400);
    work.resolve("done");
    await expect(result).resolves.toBe("done");
    expect(vi.getTimerCount()).toBe(0);
    expect(work.seen.signal?.aborted).toBe(false);
  });

  it("rejects with a TimeoutError once ms have passed, not a millisecond before", async () => {
    const work = manualWork<string>();
    const state = track(withTimeout(work.fn, 1_000));
    await vi.advanceTimersByTimeAsync(999);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toBeInstanceOf(TimeoutError);
    expect((state.error as TimeoutError).ms).toBe(1_000);
    expect((state.error as TimeoutError).name).toBe("TimeoutError");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("aborts the work's signal with the same TimeoutError it rejects with", async () => {
    const work = manualWork<string>();
    const state = track(withTimeout(work.fn, 50));
    await vi.advanceTimersByTimeAsync(50);
    expect(work.seen.signal?.aborted).toBe(true);
    expect(work.seen.signal?.reason).toBe(state.error);
    expect(state.error).toBeInstanceOf(TimeoutError);
  });

  it("ignores a result that arrives after the timeout", async () => {
    const work = manualWork<string>();
    const state = track(withTimeout(work.fn, 50));
    await vi.advanceTimersByTimeAsync(50);
    work.resolve("too late");
    await vi.advanceTimersByTimeAsync(0);
    expect(state.error).toBeInstanceOf(TimeoutError);
    expect(state.value).toBeUndefined();
  });

  it("rejects with the work's own error object and clears the timer", async () => {
    const work = manualWork<string>();
    const result = withTimeout(work.fn, 1_000);
    const boom = new Error("connection reset");
    work.reject(boom);
    await expect(result).rejects.toBe(boom);
    expect(vi.getTimerCount()).toBe(0);
    expect(work.seen.signal?.aborted).toBe(false);
  });

  it("turns a work function's synchronous throw into a rejection without leaving a timer", async () => {
    const boom = new TypeError("bad input");
    const result = withTimeout(() => {
      throw boom;
    }, 1_000);
    await expect(result).rejects.toBe(boom);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("races a plain promise: resolves with it in time, or times out without waiting for it", async () => {
    await expect(withTimeout(Promise.resolve(42), 100)).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);

    const never = new Promise<number>(() => {});
    const state = track(withTimeout(never, 100));
    await vi.advanceTimersByTimeAsync(100);
    expect(state.error).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the caller's reason when the caller's signal aborts first, and aborts the work with it", async () => {
    const caller = new AbortController();
    const work = manualWork<string>();
    const state = track(withTimeout(work.fn, 1_000, caller.signal));
    await vi.advanceTimersByTimeAsync(10);
    const reason = new Error("client went away");
    caller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.error).toBe(reason);
    expect(work.seen.signal?.aborted).toBe(true);
    expect(work.seen.signal?.reason).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once with the reason of an already-aborted signal, without calling the work or starting a timer", async () => {
    const caller = new AbortController();
    const reason = new Error("already cancelled");
    caller.abort(reason);
    const work = manualWork<string>();
    await expect(withTimeout(work.fn, 1_000, caller.signal)).rejects.toBe(reason);
    expect(work.seen.calls).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("removes its abort listener from the caller's signal however the call ends", async () => {
    const caller = new AbortController();
    const ok = manualWork<string>();
    const okResult = withTimeout(ok.fn, 1_000, caller.signal);
    expect(getEventListeners(caller.signal, "abort").length).toBe(1);
    ok.resolve("fine");
    await okResult;
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);

    const failing = manualWork<string>();
    const failed = track(withTimeout(failing.fn, 1_000, caller.signal));
    failing.reject(new Error("nope"));
    await vi.advanceTimersByTimeAsync(0);
    expect(failed.settled).toBe(true);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);

    const slow = track(withTimeout(manualWork<string>().fn, 10, caller.signal));
    await vi.advanceTimersByTimeAsync(10);
    expect(slow.error).toBeInstanceOf(TimeoutError);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("rejects with a RangeError for a negative, NaN or infinite timeout", async () => {
    await expect(withTimeout(Promise.resolve(1), -1)).rejects.toBeInstanceOf(RangeError);
    await expect(withTimeout(Promise.resolve(1), Number.NaN)).rejects.toBeInstanceOf(RangeError);
    await expect(withTimeout(Promise.resolve(1), Infinity)).rejects.toBeInstanceOf(RangeError);
    await expect(withTimeout(Promise.resolve(1), 0)).resolves.toBe(1);
  });

  it("leaves no listener and no timer after 2 000 calls that share one long-lived signal", async () => {
    const shutdown = new AbortController();
    const results = Array.from({ length: 2_000 }, (_, i) =>
      withTimeout(async () => i, 5_000, shutdown.signal),
    );
    await expect(Promise.all(results)).resolves.toHaveLength(2_000);
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
