import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { fullGarbageCollector } from "../../src/runner/typecheck/collect-garbage.ts";

describe("fullGarbageCollector", () => {
  it("collects garbage now, and leaves no global gc to contexts made later (learner code's)", () => {
    const collect = fullGarbageCollector();
    let garbage: Array<{ i: number }> | undefined = Array.from({ length: 500_000 }, (_, i) => ({ i }));
    const holding = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(500_000);
    garbage = undefined;
    collect();
    expect(process.memoryUsage().heapUsed).toBeLessThan(holding - 10 * 1024 * 1024);
    expect(vm.runInNewContext("typeof gc")).toBe("undefined");
  });
});
