import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hedged, LatencyWindow } from "../../exercises/resilience/hedged-requests.ts";

/** A replica per attempt that the test answers by hand; records when each attempt started. */
function replicas<T>() {
  const started: { index: number; at: number; signal: AbortSignal; resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  const attempt = (signal: AbortSignal, index: number) =>
    new Promise<T>((resolve, reject) => {
      started.push({ index, at: Date.now(), signal, resolve, reject });
    });
  return { attempt, started };
}

function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("LatencyWindow", () => {
  it("returns the nearest-rank percentile of the samples", () => {
    const window = new LatencyWindow(100);
    for (let ms = 20; ms >= 1; ms--) window.record(ms);
    expect(window.size).toBe(20);
    expect(window.percentile(95)).toBe(19);
    expect(window.percentile(50)).toBe(10);
    expect(window.percentile(100)).toBe(20);
    expect(window.percentile(1)).toBe(1);
    const three = new LatencyWindow(10);
    [30, 10, 20].forEach((ms) => three.record(ms));
    expect(three.percentile(50)).toBe(20);
  });

  it("returns undefined before any sample is recorded", () => {
    expect(new LatencyWindow(5).percentile(95)).toBeUndefined();
  });

  it("keeps only the most recent capacity samples", () => {
    const window = new LatencyWindow(3);
    [1_000, 1_000, 1_000, 5, 6, 7].forEach((ms) => window.record(ms));
    expect(window.size).toBe(3);
    expect(window.percentile(100)).toBe(7);
  });

  it("rejects an invalid capacity or percentile with RangeError", () => {
    expect(() => new LatencyWindow(0)).toThrow(RangeError);
    expect(() => new LatencyWindow(2.5)).toThrow(RangeError);
    expect(new LatencyWindow(1).size).toBe(0);
    const window = new LatencyWindow(3);
    window.record(1);
    expect(() => window.percentile(0)).toThrow(RangeError);
    expect(() => window.percentile(101)).toThrow(RangeError);
  });
});

describe("hedged", () => {
  it("sends only the original when it succeeds before delayMs, and leaves no timer", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 100, maxHedges: 2 });
    await vi.advanceTimersByTimeAsync(99);
    r.started[0].resolve("fast");
    await expect(result).resolves.toBe("fast");
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.started).toHaveLength(1);
    expect(r.started[0].signal.aborted).toBe(false);
  });

  it("sends a hedge after delayMs, not before, and takes the hedge's answer if it comes first", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 100, maxHedges: 1 });
    await vi.advanceTimersByTimeAsync(99);
    expect(r.started.map((s) => s.index)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.started.map((s) => [s.index, s.at])).toEqual([
      [0, 0],
      [1, 100],
    ]);
    r.started[1].resolve("from the hedge");
    await expect(result).resolves.toBe("from the hedge");
    expect(r.started[0].signal.aborted).toBe(true);
    expect(r.started[1].signal.aborted).toBe(false);
  });

  it("aborts the hedge when the original wins after all", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 50, maxHedges: 1 });
    await vi.advanceTimersByTimeAsync(60);
    r.started[0].resolve("original");
    await expect(result).resolves.toBe("original");
    expect(r.started[1].signal.aborted).toBe(true);
    expect(r.started[0].signal.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    r.started[1].resolve("the hedge, too late"); // ignored: the winner is not aborted after the fact
    await vi.advanceTimersByTimeAsync(0);
    expect(r.started[0].signal.aborted).toBe(false);
  });

  it("sends at most maxHedges hedges, delayMs apart", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 100, maxHedges: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.started.map((s) => [s.index, s.at])).toEqual([
      [0, 0],
      [1, 100],
      [2, 200],
    ]);
    expect(vi.getTimerCount()).toBe(0);
    r.started[2].resolve("third");
    await expect(result).resolves.toBe("third");
    expect(r.started.map((s) => s.signal.aborted)).toEqual([true, true, false]);
  });

  it("with delayMs 0, hedges on the next timer tick", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 0, maxHedges: 1 });
    expect(r.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.started).toHaveLength(2);
    r.started[0].resolve("done");
    await expect(result).resolves.toBe("done");
  });

  it("never hedges when maxHedges is 0", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 10, maxHedges: 0 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.started).toHaveLength(1);
    r.started[0].resolve("only");
    await expect(result).resolves.toBe("only");
  });

  it("keeps waiting for a running attempt when another one fails", async () => {
    const r = replicas<string>();
    const state = track(hedged(r.attempt, { delayMs: 100, maxHedges: 1 }));
    await vi.advanceTimersByTimeAsync(100);
    r.started[1].reject(new Error("hedge failed"));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(false);
    r.started[0].resolve("slow but fine");
    await vi.advanceTimersByTimeAsync(0);
    expect(state.value).toBe("slow but fine");
  });

  it("starts the next attempt at once when the only running one fails", async () => {
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: 100, maxHedges: 2 });
    await vi.advanceTimersByTimeAsync(30);
    r.started[0].reject(new Error("connection reset"));
    await vi.advanceTimersByTimeAsync(0);
    expect(r.started.map((s) => [s.index, s.at])).toEqual([
      [0, 0],
      [1, 30],
    ]);
    await vi.advanceTimersByTimeAsync(100); // the next hedge is delayMs after the latest start
    expect(r.started.map((s) => [s.index, s.at])).toEqual([
      [0, 0],
      [1, 30],
      [2, 130],
    ]);
    r.started[2].resolve("third time");
    await expect(result).resolves.toBe("third time");
  });

  it("rejects with the last error once every allowed attempt has failed, leaving no timer", async () => {
    const r = replicas<string>();
    const state = track(hedged(r.attempt, { delayMs: 100, maxHedges: 1 }));
    await vi.advanceTimersByTimeAsync(100);
    r.started[0].reject(new Error("first failure"));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(false);
    const last = new Error("second failure");
    r.started[1].reject(last);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.error).toBe(last);
    expect(vi.getTimerCount()).toBe(0);
    expect(r.started).toHaveLength(2);
  });

  it("counts a rejecting or synchronously throwing attempt as a failed one", async () => {
    const calls: number[] = [];
    const result = hedged(
      async (_signal, index) => {
        calls.push(index);
        if (index === 0) throw new Error("sync-ish failure");
        return "recovered";
      },
      { delayMs: 100, maxHedges: 1 },
    );
    await expect(result).resolves.toBe("recovered");
    const boom = new TypeError("bad");
    await expect(
      hedged(() => {
        throw boom;
      }, { delayMs: 100, maxHedges: 0 }),
    ).rejects.toBe(boom);
    expect(calls).toEqual([0, 1]);
  });

  it("rejects invalid options with RangeError", async () => {
    const never = () => new Promise<string>(() => {});
    await expect(hedged(never, { delayMs: -1, maxHedges: 1 })).rejects.toBeInstanceOf(RangeError);
    await expect(hedged(never, { delayMs: Infinity, maxHedges: 1 })).rejects.toBeInstanceOf(RangeError);
    await expect(hedged(never, { delayMs: 10, maxHedges: -1 })).rejects.toBeInstanceOf(RangeError);
    await expect(hedged(never, { delayMs: 10, maxHedges: 1.5 })).rejects.toBeInstanceOf(RangeError);
  });

  it("hedges with the p95 of a latency window as its delay", async () => {
    const latencies = new LatencyWindow(100);
    for (let i = 1; i <= 100; i++) latencies.record(i); // p95 = 95 ms
    const r = replicas<string>();
    const result = hedged(r.attempt, { delayMs: latencies.percentile(95)!, maxHedges: 1 });
    await vi.advanceTimersByTimeAsync(200);
    expect(r.started.map((s) => s.at)).toEqual([0, 95]);
    r.started[0].resolve("ok");
    await expect(result).resolves.toBe("ok");
  });
});
