import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { Emitter, type Listener } from "../../exercises/node-internals/event-emitter.ts";

// The part of the API both emitters share, so one scenario can run against each.
interface EmitterLike {
  on(event: string, listener: Listener): this;
  once(event: string, listener: Listener): this;
  off(event: string, listener: Listener): this;
  emit(event: string, ...args: unknown[]): boolean;
  listenerCount(event: string): number;
}
type Scenario = (emitter: EmitterLike, log: (entry: string) => void) => void;

// Runs the scenario against node:events first (the oracle), then against the learner's Emitter.
function compareWithNode(scenario: Scenario): { ours: string[]; node: string[] } {
  const record = (emitter: EmitterLike): string[] => {
    const entries: string[] = [];
    scenario(emitter, (entry) => entries.push(entry));
    return entries;
  };
  const node = record(new EventEmitter());
  const ours = record(new Emitter());
  return { ours, node };
}

describe("Emitter", () => {
  it("calls listeners in the order they were added, with the emitted arguments", () => {
    const { ours, node } = compareWithNode((e, log) => {
      e.on("data", (a: number, b: string) => log(`first ${a} ${b}`));
      e.on("data", (a: number, b: string) => log(`second ${a} ${b}`));
      e.on("other", () => log("other"));
      e.emit("data", 1, "x");
    });
    expect(ours).toEqual(["first 1 x", "second 1 x"]);
    expect(ours).toEqual(node);
  });

  it("returns true from emit when the event had listeners and false when it had none", () => {
    const emitter = new Emitter();
    const listener = () => {};
    expect(emitter.emit("data")).toBe(false);
    emitter.on("data", listener);
    expect(emitter.listenerCount("data")).toBe(1);
    expect(emitter.emit("data")).toBe(true);
    emitter.off("data", listener);
    expect(emitter.listenerCount("data")).toBe(0);
    expect(emitter.emit("data")).toBe(false);
  });

  it("calls a listener added twice twice, and off removes one registration at a time", () => {
    const { ours, node } = compareWithNode((e, log) => {
      const listener = () => log("called");
      e.on("tick", listener).on("tick", listener);
      e.emit("tick");
      log(`count ${e.listenerCount("tick")}`);
      e.off("tick", listener);
      e.emit("tick");
      log(`count ${e.listenerCount("tick")}`);
    });
    expect(ours).toEqual(["called", "called", "count 2", "called", "count 1"]);
    expect(ours).toEqual(node);
  });

  it("runs a once listener only on the first emit", () => {
    const { ours, node } = compareWithNode((e, log) => {
      e.once("ready", (value: string) => log(`once ${value}`));
      e.on("ready", (value: string) => log(`on ${value}`));
      log(`first returned ${e.emit("ready", "a")}`);
      log(`second returned ${e.emit("ready", "b")}`);
      log(`count ${e.listenerCount("ready")}`);
    });
    expect(ours).toEqual(["once a", "on a", "first returned true", "on b", "second returned true", "count 1"]);
    expect(ours).toEqual(node);
  });

  it("removes a once listener before calling it, so emitting again from inside does not re-run it", () => {
    const { ours, node } = compareWithNode((e, log) => {
      let depth = 0;
      e.on("job", () => {
        log(`on at depth ${depth}`);
        if (depth === 0) {
          depth++;
          e.emit("job");
        }
      });
      e.once("job", () => log(`once sees ${e.listenerCount("job")} listener(s)`));
      e.emit("job");
    });
    expect(ours).toEqual(["on at depth 0", "on at depth 1", "once sees 1 listener(s)"]);
    expect(ours).toEqual(node);
  });

  it("removes a once listener with off using the original function, and ignores unknown listeners", () => {
    const { ours, node } = compareWithNode((e, log) => {
      const listener = () => log("should not run");
      e.once("close", listener);
      e.off("close", listener);
      e.off("close", () => log("never added"));
      e.off("unknown-event", listener);
      log(`returned ${e.emit("close")}`);
    });
    expect(ours).toEqual(["returned false"]);
    expect(ours).toEqual(node);
  });

  it("does not skip the next listener when a listener removes itself during emit", () => {
    const { ours, node } = compareWithNode((e, log) => {
      const first = () => {
        log("first");
        e.off("data", first);
      };
      e.on("data", first);
      e.on("data", () => log("second"));
      e.on("data", () => log("third"));
      e.emit("data");
      e.emit("data");
    });
    expect(ours).toEqual(["first", "second", "third", "second", "third"]);
    expect(ours).toEqual(node);
  });

  it("runs the listeners registered when emit started, even if they are added or removed meanwhile", () => {
    const { ours, node } = compareWithNode((e, log) => {
      const second = () => log("second");
      e.on("data", () => {
        log("first");
        e.off("data", second);
        e.on("data", () => log("added during emit"));
      });
      e.on("data", second);
      e.emit("data");
      log("---");
      e.emit("data");
    });
    expect(ours).toEqual(["first", "second", "---", "first", "added during emit"]);
    expect(ours).toEqual(node);
  });

  it("still runs a once listener that an earlier listener removes with off during the emit, then never again", () => {
    const { ours, node } = compareWithNode((e, log) => {
      const onceListener = () => log("once");
      e.on("data", () => {
        log("first");
        e.off("data", onceListener);
      });
      e.once("data", onceListener);
      e.emit("data");
      log(`count ${e.listenerCount("data")}`);
      e.emit("data");
    });
    expect(ours).toEqual(["first", "once", "count 1", "first"]);
    expect(ours).toEqual(node);

    // The same when off() leaves the event with no listeners at all before the once listener runs.
    const alone = compareWithNode((e, log) => {
      const onceListener = () => log("once");
      const first = () => {
        log("first");
        e.off("data", first);
        e.off("data", onceListener);
      };
      e.on("data", first);
      e.once("data", onceListener);
      log(`returned ${e.emit("data")}`);
      log(`again ${e.emit("data")}`);
    });
    expect(alone.ours).toEqual(["first", "once", "returned true", "again false"]);
    expect(alone.ours).toEqual(alone.node);
  });

  it("throws the error itself when 'error' is emitted with no error listener", () => {
    const emitter = new Emitter();
    const failure = new Error("socket hang up");
    expect(() => emitter.emit("error", failure)).toThrow(failure);
    expect(() => new EventEmitter().emit("error", failure)).toThrow(failure);
  });

  it("wraps a non-Error 'error' value in an Error, and does not throw when an error listener exists", () => {
    const emitter = new Emitter();
    expect(() => emitter.emit("error", "boom")).toThrow(/Unhandled error/);

    const received: unknown[] = [];
    const failure = new Error("handled");
    emitter.on("error", (err: unknown) => received.push(err));
    expect(emitter.emit("error", failure)).toBe(true);
    expect(received).toEqual([failure]);
  });
});
