import { describe, expect, it } from "vitest";
import { followUpRun, needsFreshWorker } from "../../src/watch/run-plan.ts";
import { kataResult } from "./fixtures.ts";

describe("watch mode's test-worker decisions", () => {
  it("gives a kata the warm worker has not just been running a fresh one", () => {
    expect(needsFreshWorker("a/one", undefined)).toBe(true);
    expect(needsFreshWorker("a/one", { kataId: "a/two", onlyAConfirmedPass: false })).toBe(true);
    expect(needsFreshWorker("a/one", { kataId: "a/one", onlyAConfirmedPass: false })).toBe(false);
  });

  it("lets any kata use a worker that ran nothing but a pass confirmed in it", () => {
    expect(needsFreshWorker("a/two", { kataId: "a/one", onlyAConfirmedPass: true })).toBe(false);
    expect(needsFreshWorker("a/one", { kataId: "a/one", onlyAConfirmedPass: true })).toBe(false);
  });

  it("confirms a first pass from the warm worker in a fresh one, but not a pass of a done kata", () => {
    expect(followUpRun(kataResult("a/one", "pass"), false, false)).toBe("confirm-pass");
    expect(followUpRun(kataResult("a/one", "pass"), false, true)).toBeUndefined();
    expect(followUpRun(kataResult("a/one", "pass"), true, false)).toBeUndefined();
  });

  it("confirms an error in a fresh worker unless it was decided before any learner code ran", () => {
    expect(followUpRun(kataResult("a/one", "error", { message: "boom in a prototype" }), false, false)).toBe("confirm-error");
    expect(followUpRun(kataResult("a/one", "error", { message: "your file does not parse: Unexpected" }), false, false)).toBeUndefined();
    expect(followUpRun(kataResult("a/one", "error", { message: "boom" }), true, false)).toBeUndefined();
  });

  it("takes a failure as it is", () => {
    expect(followUpRun(kataResult("a/one", "fail"), false, false)).toBeUndefined();
  });
});
