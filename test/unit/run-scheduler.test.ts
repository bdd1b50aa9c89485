import { describe, expect, it } from "vitest";
import type { Kata } from "../../src/catalog/catalog.ts";
import type { KataResult } from "../../src/results/result.ts";
import { RunChannel } from "../../src/runner/client/run-stream.ts";
import { RunScheduler } from "../../src/watch/run-scheduler.ts";
import { deferred, flushMicrotasks, kataResult, makeCatalog } from "./fixtures.ts";

const catalog = makeCatalog(["a/one", "a/two"]);
const [ONE, TWO] = catalog.katas as [Kata, Kata];

/** A fake runner and file system the test drives step by step. */
function harness() {
  const files = new Map<string, string | undefined>([
    [ONE.id, "v1"],
    [TWO.id, "two"],
  ]);
  const runs: Array<{ kata: Kata; content: string | null; freshWorker: boolean; channel: RunChannel }> = [];
  const delivered: Array<{ result: KataResult; source: string | undefined; final: boolean; runId: number }> = [];
  const started: number[] = [];
  let current: Kata = ONE;
  let nextRunId = 1;
  const scheduler = new RunScheduler({
    currentKata: () => current,
    readExercise: (kata) => files.get(kata.id),
    run: (kata, { content, freshWorker }) => {
      const channel = new RunChannel(nextRunId++);
      runs.push({ kata, content, freshWorker, channel });
      return channel;
    },
    onStart: (runId) => {
      started.push(runId);
    },
    onUpdate: (update, source) => {
      delivered.push({ result: update.result, source, final: update.final, runId: update.runId });
    },
  });
  /** Sends run number `n` an update (final unless said otherwise). */
  const finish = async (n: number, status: KataResult["status"] = "fail", final = true): Promise<void> => {
    const run = runs[n];
    if (!run) throw new Error(`run ${n} was never started (${runs.length} started)`);
    run.channel.push({ runId: run.channel.runId, result: kataResult(run.kata.id, status), final, freshWorker: run.freshWorker });
    await flushMicrotasks();
  };
  return {
    scheduler,
    files,
    runs,
    delivered,
    finish,
    starts: () => started.length,
    started,
    setCurrent: (kata: Kata) => {
      current = kata;
    },
  };
}

describe("RunScheduler", () => {
  it("runs the current kata on the content it read, and delivers the result with that content", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    expect(h.runs.map((r) => [r.kata.id, r.content])).toEqual([["a/one", "v1"]]);
    expect(h.started).toEqual([h.runs[0]?.channel.runId]);
    await h.finish(0, "pass");
    await done;
    expect(h.delivered).toEqual([{ result: expect.objectContaining({ kataId: "a/one", status: "pass" }), source: "v1", final: true, runId: 1 }]);
  });

  it("coalesces any number of requests during a run into exactly one more run", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    h.files.set(ONE.id, "v2");
    void h.scheduler.request();
    void h.scheduler.request();
    void h.scheduler.request();
    await h.finish(0, "fail");
    expect(h.runs).toHaveLength(2);
    await h.finish(1, "pass");
    await done;
    expect(h.runs).toHaveLength(2);
    expect(h.delivered).toHaveLength(1);
    expect(h.delivered[0]?.source).toBe("v2");
    expect(h.delivered[0]?.result.status).toBe("pass");
  });

  it("drops a result when the file changed during the run, and grades the new content", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    h.files.set(ONE.id, "v2"); // saved mid-run, no request (the watcher event is still debouncing)
    await h.finish(0, "fail");
    expect(h.delivered).toEqual([]);
    expect(h.runs.map((r) => r.content)).toEqual(["v1", "v2"]);
    await h.finish(1, "pass");
    await done;
    expect(h.delivered.map((d) => d.source)).toEqual(["v2"]);
  });

  it("coalesces a request during a run into one more run even when the file is unchanged", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    void h.scheduler.request();
    await h.finish(0, "fail");
    expect(h.delivered).toEqual([]);
    expect(h.runs).toHaveLength(2);
    await h.finish(1, "pass");
    await done;
    expect(h.runs).toHaveLength(2);
    expect(h.delivered.map((d) => d.result.status)).toEqual(["pass"]);
  });

  it("asks for a fresh worker when any request it coalesced did", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    void h.scheduler.request(true);
    void h.scheduler.request(false);
    await h.finish(0);
    await h.finish(1);
    await done;
    expect(h.runs.map((r) => r.freshWorker)).toEqual([false, true]);
    const after = h.scheduler.request();
    await flushMicrotasks();
    await h.finish(2);
    await after;
    expect(h.runs[2]?.freshWorker).toBe(false);
  });

  it("frees the runner at a run's first update and still passes on its final one", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    await h.finish(0, "fail", false); // the tests fail; the type errors are still being checked
    await done;
    h.files.set(ONE.id, "v2");
    const next = h.scheduler.request();
    await flushMicrotasks();
    expect(h.runs).toHaveLength(2);
    await h.finish(0, "fail", true);
    await h.finish(1, "pass");
    await next;
    expect(h.delivered.map((d) => [d.runId, d.final, d.source])).toEqual([
      [1, false, "v1"],
      [1, true, "v1"],
      [2, true, "v2"],
    ]);
  });

  it("delivers a result for a missing file", async () => {
    const h = harness();
    h.files.set(ONE.id, undefined);
    const done = h.scheduler.request();
    await flushMicrotasks();
    expect(h.runs[0]?.content).toBeNull();
    await h.finish(0, "error");
    await done;
    expect(h.delivered).toEqual([{ result: expect.objectContaining({ status: "error" }), source: undefined, final: true, runId: 1 }]);
  });

  it("drops a result for a kata that is no longer current, and runs the current one", async () => {
    const h = harness();
    const done = h.scheduler.request();
    await flushMicrotasks();
    h.setCurrent(TWO);
    await h.finish(0, "pass");
    expect(h.delivered).toEqual([]);
    expect(h.runs.map((r) => r.kata.id)).toEqual(["a/one", "a/two"]);
    await h.finish(1, "fail");
    await done;
    expect(h.delivered.map((d) => d.result.kataId)).toEqual(["a/two"]);
  });

  it("runs again when a request is made from the result callback", async () => {
    const h = harness();
    let asked = false;
    const scheduler = new RunScheduler({
      currentKata: () => ONE,
      readExercise: () => "v1",
      run: (kata, { content, freshWorker }) => {
        const channel = new RunChannel(h.runs.length + 1);
        h.runs.push({ kata, content, freshWorker, channel });
        return channel;
      },
      onStart: () => {},
      onUpdate: (update) => {
        h.delivered.push({ result: update.result, source: "v1", final: update.final, runId: update.runId });
        if (!asked) {
          asked = true;
          void scheduler.request(true);
        }
      },
    });
    const done = scheduler.request();
    await flushMicrotasks();
    await h.finish(0, "pass");
    expect(h.runs).toHaveLength(2);
    expect(h.runs[1]?.freshWorker).toBe(true);
    await h.finish(1, "pass");
    await done;
    expect(h.delivered).toHaveLength(2);
  });

  it("starts a fresh run for a request after the previous one finished", async () => {
    const h = harness();
    const first = h.scheduler.request();
    await flushMicrotasks();
    await h.finish(0);
    await first;
    const second = h.scheduler.request();
    await flushMicrotasks();
    expect(h.runs).toHaveLength(2);
    await h.finish(1);
    await second;
    expect(h.delivered).toHaveLength(2);
  });

  it("does not start a run while an exclusive task holds the runner", async () => {
    const h = harness();
    const gate = deferred<string>();
    const task = h.scheduler.exclusive(() => gate.promise);
    const run = h.scheduler.request();
    await flushMicrotasks();
    expect(h.runs).toHaveLength(0);
    expect(h.starts()).toBe(0);
    gate.resolve("checked");
    await expect(task).resolves.toBe("checked");
    await flushMicrotasks();
    expect(h.runs).toHaveLength(1);
    await h.finish(0);
    await run;
  });

  it("runs exclusive tasks one at a time, in order, even after one fails", async () => {
    const h = harness();
    const order: string[] = [];
    const first = deferred<void>();
    const second = deferred<void>();
    const a = h.scheduler.exclusive(async () => {
      order.push("a start");
      await first.promise;
      order.push("a end");
    });
    const b = h.scheduler.exclusive(async () => {
      order.push("b start");
      await second.promise;
      throw new Error("b failed");
    });
    const c = h.scheduler.exclusive(async () => {
      order.push("c");
      return 3;
    });
    await flushMicrotasks();
    expect(order).toEqual(["a start"]);
    first.resolve();
    await a;
    await flushMicrotasks();
    expect(order).toEqual(["a start", "a end", "b start"]);
    second.resolve();
    await expect(b).rejects.toThrow("b failed");
    await expect(c).resolves.toBe(3);
    expect(order).toEqual(["a start", "a end", "b start", "c"]);
  });
});
