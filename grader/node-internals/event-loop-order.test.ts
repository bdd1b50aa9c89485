import { readFile } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { predictions } from "../../exercises/node-internals/event-loop-order.ts";

type Log = (label: string) => void;

const someFile = fileURLToPath(import.meta.url);

// Runs a scenario from a fresh macrotask and resolves with its log once it has logged
// `count` labels (every scenario logs a known, fixed number of labels).
function run(count: number, scenario: (log: Log) => void): Promise<string[]> {
  return new Promise((resolve) => {
    const logged: string[] = [];
    setImmediate(() =>
      scenario((label) => {
        logged.push(label);
        if (logged.length === count) resolve(logged);
      }),
    );
  });
}

// Says what is wrong without giving away the real order.
function verdict(predicted: readonly string[], actual: readonly string[]): string {
  const sortedPrediction = JSON.stringify([...predicted].sort());
  const sortedActual = JSON.stringify([...actual].sort());
  if (sortedPrediction !== sortedActual) {
    return `list each of these labels exactly once: ${sortedActual}; you listed ${JSON.stringify(predicted)}`;
  }
  const wrong = predicted.findIndex((label, i) => label !== actual[i]);
  if (wrong === -1) return "correct";
  return `your first ${wrong} entries are right, but "${predicted[wrong]}" is not logged next`;
}

describe("event loop order", () => {
  it("syncFirst: synchronous code against a promise callback and a timer", async () => {
    const actual = await run(4, (log) => {
      log("sync 1");
      setTimeout(() => log("timeout"), 0);
      Promise.resolve().then(() => log("promise"));
      log("sync 2");
    });
    expect(verdict(predictions.syncFirst, actual)).toBe("correct");
  });

  it("nextTickVsPromise: process.nextTick against a promise callback", async () => {
    const actual = await run(3, (log) => {
      Promise.resolve().then(() => log("promise"));
      process.nextTick(() => log("nextTick"));
      log("sync");
    });
    expect(verdict(predictions.nextTickVsPromise, actual)).toBe("correct");
  });

  it("microtaskQueue: queueMicrotask, promises, nextTick and setImmediate together", async () => {
    const actual = await run(5, (log) => {
      setImmediate(() => log("immediate"));
      queueMicrotask(() => log("queueMicrotask"));
      Promise.resolve().then(() => log("promise"));
      process.nextTick(() => log("nextTick"));
      log("sync");
    });
    expect(verdict(predictions.microtaskQueue, actual)).toBe("correct");
  });

  it("asyncAwait: where an async function pauses at await and when its promise resolves", async () => {
    const actual = await run(6, (log) => {
      async function work(): Promise<void> {
        log("work start");
        await null;
        log("work after await");
      }
      log("before");
      void work().then(() => log("work done"));
      Promise.resolve().then(() => log("promise"));
      log("after");
    });
    expect(verdict(predictions.asyncAwait, actual)).toBe("correct");
  });

  it("nestedQueues: ticks and promises scheduled from inside ticks and promises", async () => {
    const actual = await run(6, (log) => {
      process.nextTick(() => {
        log("tick 1");
        Promise.resolve().then(() => log("promise from tick 1"));
        process.nextTick(() => log("tick 2"));
      });
      Promise.resolve().then(() => {
        log("promise 1");
        process.nextTick(() => log("tick from promise 1"));
        Promise.resolve().then(() => log("promise 2"));
      });
    });
    expect(verdict(predictions.nestedQueues, actual)).toBe("correct");
  });

  it("betweenTimers: microtasks scheduled by one timer against the next timer", async () => {
    const actual = await run(4, (log) => {
      setTimeout(() => {
        log("timeout 1");
        Promise.resolve().then(() => log("promise in timeout 1"));
        process.nextTick(() => log("tick in timeout 1"));
      }, 0);
      setTimeout(() => log("timeout 2"), 0);
    });
    expect(verdict(predictions.betweenTimers, actual)).toBe("correct");
  });

  it("immediates: an immediate scheduled from inside an immediate", async () => {
    const actual = await run(4, (log) => {
      setImmediate(() => {
        log("immediate 1");
        setImmediate(() => log("immediate 3"));
        process.nextTick(() => log("tick in immediate 1"));
      });
      setImmediate(() => log("immediate 2"));
    });
    expect(verdict(predictions.immediates, actual)).toBe("correct");
  });

  it("insideIo: setTimeout 0 against setImmediate inside an I/O callback", async () => {
    const actual = await run(4, (log) => {
      readFile(someFile, () => {
        setTimeout(() => log("timeout"), 0);
        setImmediate(() => log("immediate"));
        process.nextTick(() => log("nextTick"));
        log("io callback");
      });
    });
    expect(verdict(predictions.insideIo, actual)).toBe("correct");
  });
});
