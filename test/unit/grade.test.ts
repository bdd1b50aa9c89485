import { describe, expect, it } from "vitest";
import type { TypeError_ } from "../../src/results/result.ts";
import { combineResult, type GradeInputs } from "../../src/runner/host/grade.ts";
import type { SuiteRun } from "../../src/runner/host/vitest-session.ts";
import { failingTest, passingTest } from "./fixtures.ts";

const typeError: TypeError_ = { line: 1, column: 1, code: 2322, message: "nope" };

function suite(overrides: Partial<SuiteRun> = {}): SuiteRun {
  return { tests: [passingTest("a"), passingTest("b")], unhandledErrors: [], freshWorker: false, ...overrides };
}

function grade(overrides: Partial<GradeInputs> = {}): ReturnType<typeof combineResult> {
  return combineResult({ kataId: "a/one", suite: suite(), typeErrors: [], untouched: false, durationMs: 12, ...overrides });
}

describe("combineResult", () => {
  it("passes when every test passes, nothing escaped and the file type-checks", () => {
    const result = grade({ contentHash: "abc" });
    expect(result).toEqual({ kataId: "a/one", status: "pass", tests: suite().tests, typeErrors: [], durationMs: 12, contentHash: "abc" });
  });

  it("is an error when the suite could not load, with that error as the message", () => {
    const result = grade({ suite: suite({ moduleError: "Cannot find module x", tests: [] }) });
    expect(result.status).toBe("error");
    expect(result.message).toBe("Cannot find module x");
  });

  it("is an error when the suite ran no tests", () => {
    const result = grade({ suite: suite({ tests: [] }) });
    expect(result).toMatchObject({ status: "error", message: "the hidden suite ran no tests" });
  });

  it("does not grade a run that collected another number of tests than the suite has", () => {
    expect(grade({ expectedTests: 2 }).status).toBe("pass");
    const fewer = grade({ expectedTests: 3 });
    expect(fewer.status).toBe("error");
    expect(fewer.message).toMatch(/^the hidden suite has 3 tests, but 2 were collected: .*not graded$/);
  });

  it("fails when a test was skipped, even if every test that ran passed", () => {
    const skipped = { ...passingTest("b"), status: "skip" as const };
    const result = grade({ suite: suite({ tests: [passingTest("a"), skipped] }) });
    expect(result.status).toBe("fail");
    expect(result.message).toContain("1 of the hidden tests did not run");
  });

  it("fails when a test fails", () => {
    const result = grade({ suite: suite({ tests: [passingTest("a"), failingTest("b", "no")] }) });
    expect(result.status).toBe("fail");
    expect(result.message).toBeUndefined();
  });

  it("fails when the file has a type error, even if every test passes", () => {
    const result = grade({ typeErrors: [typeError] });
    expect(result.status).toBe("fail");
    expect(result.typeErrors).toEqual([typeError]);
  });

  it("fails with a message when an error escaped the tests", () => {
    const result = grade({ suite: suite({ unhandledErrors: ["TypeError: x is undefined"] }) });
    expect(result.status).toBe("fail");
    expect(result.message).toBe("an error escaped the tests (an unhandled rejection or a throw in a callback): TypeError: x is undefined");
  });

  it("never passes an untouched starter, even when every test passes", () => {
    const result = grade({ untouched: true });
    expect(result.status).toBe("fail");
    expect(result.message).toBe("this is still the untouched starter: edit the file to make the tests pass");
  });

  it("leaves out contentHash when there is none", () => {
    expect(grade()).not.toHaveProperty("contentHash");
  });
});
