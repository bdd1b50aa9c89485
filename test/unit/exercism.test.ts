import { describe, expect, it } from "vitest";
import { toExercismResults, typeErrorMessage } from "../../src/results/exercism.ts";
import { failingTest, kataResult, passingTest } from "./fixtures.ts";

const typeError = { line: 3, column: 7, code: 2322, message: "Type 'string' is not assignable to type 'number'." };

describe("toExercismResults", () => {
  it("reports a pass as version 3 with every test passing and no message", () => {
    const results = toExercismResults(kataResult("a/one", "pass", { tests: [passingTest("adds", { fullName: "math > adds" })] }));
    expect(results).toEqual({ version: 3, status: "pass", tests: [{ name: "math > adds", status: "pass" }] });
  });

  it("reports a failing test with its message and diff", () => {
    const test = failingTest("adds", "expected 3 to be 4", { fullName: "math > adds", diff: "- Expected\n+ Received\n\n- 4\n+ 3" });
    const results = toExercismResults(kataResult("a/one", "fail", { tests: [passingTest("subtracts"), test] }));
    expect(results.status).toBe("fail");
    expect(results.message).toBeUndefined();
    expect(results.tests).toEqual([
      { name: "subtracts", status: "pass" },
      { name: "math > adds", status: "fail", message: "expected 3 to be 4\n\n- Expected\n+ Received\n\n- 4\n+ 3" },
    ]);
  });

  it("gives a failing test without a diff just its message", () => {
    const results = toExercismResults(kataResult("a/one", "fail", { tests: [failingTest("adds", "boom")] }));
    expect(results.tests[0]?.message).toBe("boom");
  });

  it("says why a failure with no failing test failed (an untouched starter, an escaped error)", () => {
    const result = kataResult("a/one", "fail", { tests: [passingTest("works")], message: "this is still the untouched starter" });
    expect(toExercismResults(result).message).toBe("this is still the untouched starter");
  });

  it("omits skipped tests", () => {
    const tests = [passingTest("a"), { ...passingTest("b"), status: "skip" as const }, failingTest("c", "no")];
    expect(toExercismResults(kataResult("a/one", "fail", { tests })).tests.map((t) => t.name)).toEqual(["a", "c"]);
  });

  it("keeps short output as printed", () => {
    const results = toExercismResults(kataResult("a/one", "pass", { tests: [passingTest("a", { output: "hello\n" })] }));
    expect(results.tests[0]?.output).toBe("hello\n");
  });

  it("truncates output to at most 500 characters and says so", () => {
    const results = toExercismResults(kataResult("a/one", "pass", { tests: [passingTest("a", { output: "x".repeat(5000) })] }));
    const output = results.tests[0]?.output ?? "";
    expect(output.length).toBeLessThanOrEqual(500);
    expect(output.startsWith("x".repeat(400))).toBe(true);
    expect(output.endsWith("…(output truncated)")).toBe(true);
  });

  it("does not truncate output of exactly 500 characters", () => {
    const output = "y".repeat(500);
    expect(toExercismResults(kataResult("a/one", "pass", { tests: [passingTest("a", { output })] })).tests[0]?.output).toBe(output);
  });

  it("omits empty output", () => {
    expect(toExercismResults(kataResult("a/one", "pass", { tests: [passingTest("a", { output: "" })] })).tests[0]).not.toHaveProperty("output");
  });

  it("reports an error with the result's message", () => {
    const results = toExercismResults(kataResult("a/one", "error", { message: "your file does not parse: x" }));
    expect(results).toEqual({ version: 3, status: "error", message: "your file does not parse: x", tests: [] });
  });

  it("explains a failure caused only by type errors with a message listing them", () => {
    const results = toExercismResults(kataResult("a/one", "fail", { tests: [passingTest("a")], typeErrors: [typeError] }));
    expect(results.message).toBe("Your file does not type-check:\n3:7 TS2322: Type 'string' is not assignable to type 'number'.");
  });

  it("leaves the message out when a test fails, even with type errors", () => {
    const results = toExercismResults(kataResult("a/one", "fail", { tests: [failingTest("a", "no")], typeErrors: [typeError] }));
    expect(results).not.toHaveProperty("message");
  });
});

describe("typeErrorMessage", () => {
  it("is undefined without type errors", () => {
    expect(typeErrorMessage(kataResult("a/one", "pass"))).toBeUndefined();
  });

  it("lists every type error as line:column TScode: message", () => {
    const second = { line: 10, column: 1, code: 7006, message: "Parameter 'x' implicitly has an 'any' type." };
    expect(typeErrorMessage(kataResult("a/one", "fail", { typeErrors: [typeError, second] }))).toBe(
      "Your file does not type-check:\n3:7 TS2322: Type 'string' is not assignable to type 'number'.\n10:1 TS7006: Parameter 'x' implicitly has an 'any' type.",
    );
  });
});
