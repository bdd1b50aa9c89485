import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import {
  bindContext,
  createLogger,
  getRequestId,
  runWithContext,
} from "../../exercises/node-internals/async-local-storage.ts";

/** Yields to the event loop once (a real macrotask turn, not a sleep). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe("request context", () => {
  it("exposes the request id inside runWithContext and returns fn's result", () => {
    const result = runWithContext({ requestId: "req-1" }, () => `seen ${getRequestId()}`);
    expect(result).toBe("seen req-1");
  });

  it("has no request id outside a request, before and after a run", () => {
    expect(getRequestId()).toBeUndefined();
    runWithContext({ requestId: "req-1" }, () => getRequestId());
    expect(getRequestId()).toBeUndefined();
  });

  it("keeps the context after awaits and in promise callbacks", async () => {
    const seen: Array<string | undefined> = [];
    const pending = runWithContext({ requestId: "req-1" }, async () => {
      await Promise.resolve();
      seen.push(getRequestId());
      await nextTurn();
      seen.push(getRequestId());
      await new Promise((resolve) => setTimeout(resolve, 0));
      seen.push(getRequestId());
      seen.push(await Promise.resolve().then(() => getRequestId()));
      return "done";
    });
    expect(getRequestId()).toBeUndefined();
    expect(await pending).toBe("done");
    expect(seen).toEqual(["req-1", "req-1", "req-1", "req-1"]);
  });

  it("keeps the context in setTimeout and setImmediate callbacks scheduled during the request", async () => {
    const seen: Record<string, string | undefined> = {};
    let timeoutDone!: () => void;
    let immediateDone!: () => void;
    const fired = Promise.all([
      new Promise<void>((resolve) => (timeoutDone = resolve)),
      new Promise<void>((resolve) => (immediateDone = resolve)),
    ]);
    runWithContext({ requestId: "req-2" }, () => {
      setTimeout(() => {
        seen.timeout = getRequestId();
        timeoutDone();
      }, 0);
      setImmediate(() => {
        seen.immediate = getRequestId();
        immediateDone();
      });
    });
    await fired;
    expect(seen).toEqual({ timeout: "req-2", immediate: "req-2" });
  });

  it("keeps concurrent requests apart while their steps interleave", async () => {
    const seen: Array<[expected: string, actual: string | undefined]> = [];
    const requests = Array.from({ length: 50 }, (_, i) =>
      runWithContext({ requestId: `req-${i}` }, async () => {
        // Different numbers of turns make the requests' steps interleave.
        for (let step = 0; step <= i % 4; step++) {
          await nextTurn();
          seen.push([`req-${i}`, getRequestId()]);
        }
      }),
    );
    await Promise.all(requests);
    expect(seen).toHaveLength(123); // 1 to 4 steps per request
    for (const [expected, actual] of seen) expect(actual).toBe(expected);
  });

  it("restores the outer context after a nested run", () => {
    const seen = runWithContext({ requestId: "outer" }, () => {
      const before = getRequestId();
      const inner = runWithContext({ requestId: "inner" }, () => getRequestId());
      return [before, inner, getRequestId()];
    });
    expect(seen).toEqual(["outer", "inner", "outer"]);
  });

  it("propagates an error thrown by fn and leaves no context behind", async () => {
    const failure = new Error("handler failed");
    expect(() =>
      runWithContext({ requestId: "req-1" }, () => {
        throw failure;
      }),
    ).toThrow(failure);
    expect(getRequestId()).toBeUndefined();

    await expect(
      runWithContext({ requestId: "req-2" }, async () => {
        await nextTurn();
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(getRequestId()).toBeUndefined();
  });
});

describe("createLogger", () => {
  it("prefixes each line with the request id current when info is called", async () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line));
    log.info("booting");
    await Promise.all(
      ["a", "b"].map((id) =>
        runWithContext({ requestId: id }, async () => {
          log.info("start");
          await nextTurn();
          log.info("end");
        }),
      ),
    );
    log.info("idle");
    expect(lines).toEqual(["[-] booting", "[a] start", "[b] start", "[a] end", "[b] end", "[-] idle"]);
  });
});

describe("event emitters", () => {
  it("runs a plain listener in the context of the code that calls emit", () => {
    const emitter = new EventEmitter();
    const seen: Array<string | undefined> = [];
    runWithContext({ requestId: "registered" }, () => {
      emitter.on("job", () => seen.push(getRequestId()));
    });
    runWithContext({ requestId: "emitted" }, () => emitter.emit("job"));
    emitter.emit("job");
    expect(seen).toEqual(["emitted", undefined]);
  });

  it("bindContext keeps a listener in the context that was current when it was bound", () => {
    const emitter = new EventEmitter();
    const seen: string[] = [];
    runWithContext({ requestId: "registered" }, () => {
      emitter.on(
        "job",
        bindContext((name: string) => seen.push(`${name}@${getRequestId()}`)),
      );
    });
    runWithContext({ requestId: "emitted" }, () => emitter.emit("job", "first"));
    emitter.emit("job", "second");
    expect(seen).toEqual(["first@registered", "second@registered"]);
  });

  it("bindContext passes arguments through and returns fn's result", () => {
    const add = runWithContext({ requestId: "req-9" }, () =>
      bindContext((a: number, b: number) => `${a + b} in ${getRequestId()}`),
    );
    expect(add(2, 3)).toBe("5 in req-9");
  });
});
