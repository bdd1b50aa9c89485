import { describe, expect, it } from "vitest";
import { decidedBeforeRun, explainError } from "../../src/runner/explain.ts";

const exercise = "exercises/caching/lru-cache.ts";

describe("explainError", () => {
  it("explains a call to process.exit, with its code", () => {
    expect(explainError('process.exit unexpectedly called with "1"', exercise)).toBe(
      "your code called process.exit(1): the grader keeps running, but a library function should throw or return instead of ending the process",
    );
    expect(explainError("Error: process.exit unexpectedly called with -2", exercise)).toMatch(/^your code called process\.exit\(-2\)/);
  });

  it("replaces vitest's advice to raise testTimeout with what the learner's code failed to do", () => {
    const vitestText = 'Test timed out in 2000ms.\nIf this is a long-running test, pass a timeout value as the last argument or configure it globally with "testTimeout".';
    const explained = explainError(vitestText, exercise);
    expect(explained).toBe("the test waited 2 s for something that never happened: a promise that never settles, an event that is never emitted, or a callback that is never called");
    expect(explainError("Hook timed out in 2000ms.", exercise)).toMatch(/^the test's set-up waited 2 s/);
  });

  it("shows a refused import as the refusal, whatever vite wrapped around it", () => {
    const refusal = 'import refused: exercises/caching/lru-cache.ts imports "vitest", which is the test framework.';
    expect(explainError(`Failed to load url vitest (resolved id: vitest) in /p/exercises/caching/lru-cache.ts. ${refusal}`, exercise)).toBe(refusal);
  });

  it("explains a test worker stopped at its memory limit", () => {
    const dying = "[vitest-pool]: Worker kata-warm-threads emitted error. Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: JS heap out of memory";
    expect(explainError(dying, exercise)).toMatch(/^your code used more than 512 MB of memory, so the grader stopped it: is something growing without end/);
  });

  it("explains a missing exercise file and how to restore it", () => {
    const expected =
      "exercises/caching/lru-cache.ts is missing: restore the starter with `r` (or `npm run learn -- reset <id>`); earlier attempts are kept under .learn/attempts/";
    expect(explainError("Failed to load url /root/exercises/caching/lru-cache.ts (resolved id: ../../exercises/caching/lru-cache.ts)", exercise)).toBe(expected);
    expect(explainError("Cannot find module '../../exercises/caching/lru-cache.ts'", exercise)).toBe(expected);
    expect(explainError("ENOENT: no such file or directory, open '/p/exercises/caching/lru-cache.ts'", exercise)).toBe(expected);
  });

  it("does not blame the exercise for a different missing module", () => {
    const message = "Cannot find module 'left-pad'";
    expect(explainError(message, exercise)).toBe(message);
  });

  it("explains a parse error with its first non-empty line", () => {
    expect(explainError("\nTransform failed with 1 error:\n/p/exercises/x.ts:3:4: ERROR: Expected \";\" but found \"}\"", exercise)).toBe(
      "your file does not parse: Transform failed with 1 error:",
    );
    expect(explainError("SyntaxError: Unexpected token '}'", exercise)).toBe("your file does not parse: SyntaxError: Unexpected token '}'");
  });

  it("passes any other message through unchanged", () => {
    const message = "TypeError: cache.get is not a function\n    at test.ts:3:4";
    expect(explainError(message, exercise)).toBe(message);
  });
});

describe("decidedBeforeRun", () => {
  it("is true for errors no earlier run's leftovers can cause", () => {
    expect(decidedBeforeRun(explainError("Transform failed with 1 error: Expected ';'", exercise))).toBe(true);
    expect(decidedBeforeRun(explainError("Cannot find module '../../exercises/caching/lru-cache.ts'", exercise))).toBe(true);
    expect(decidedBeforeRun('import refused: exercises/x.ts imports "vitest", which is the test framework.')).toBe(true);
  });

  it("is false for errors a patched prototype or global could cause", () => {
    expect(decidedBeforeRun("Execution stack is empty, this should never happen")).toBe(false);
    expect(decidedBeforeRun(undefined)).toBe(false);
  });
});
