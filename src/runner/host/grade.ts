import type { KataResult, SourceLocation, TypeError_ } from "../../results/result.ts";
import type { SuiteRun } from "./vitest-session.ts";

export interface GradeInputs {
  kataId: string;
  suite: SuiteRun;
  typeErrors: TypeError_[];
  /** The file is byte-identical to the shipped starter. */
  untouched: boolean;
  durationMs: number;
  contentHash?: string;
  /** Where the learner's file fails to parse, when that is why the suite could not run. */
  syntaxError?: SourceLocation;
  /** How many tests the suite has, as shipped; a run that collected another number is not graded. */
  expectedTests?: number;
}

/**
 * The verdict. Pure. A kata passes only when every test passes, nothing failed outside a test,
 * and the file type-checks; an untouched starter never passes.
 */
export function combineResult(inputs: GradeInputs): KataResult {
  const { kataId, suite, typeErrors, durationMs } = inputs;
  const base = { kataId, tests: suite.tests, typeErrors, durationMs, ...(inputs.contentHash ? { contentHash: inputs.contentHash } : {}) };
  if (suite.moduleError) return { ...base, status: "error", message: suite.moduleError, ...(inputs.syntaxError ? { location: inputs.syntaxError } : {}) };
  if (suite.tests.length === 0) return { ...base, status: "error", message: "the hidden suite ran no tests" };
  if (inputs.expectedTests !== undefined && suite.tests.length !== inputs.expectedTests) {
    return {
      ...base,
      status: "error",
      message: `the hidden suite has ${inputs.expectedTests} tests, but ${suite.tests.length} were collected: something changed how the tests are found (code that reaches into the test runner?), so this kata is not graded`,
    };
  }
  const testsFailed = suite.tests.some((test) => test.status === "fail");
  if (suite.unhandledErrors.length) {
    return { ...base, status: "fail", message: `an error escaped the tests (an unhandled rejection or a throw in a callback): ${suite.unhandledErrors[0]}` };
  }
  if (testsFailed || typeErrors.length) return { ...base, status: "fail" };
  // A pass means every hidden test ran: a test skipped (by learner code calling skip(), say) proved nothing.
  const skipped = suite.tests.filter((test) => test.status === "skip");
  if (skipped.length) {
    return { ...base, status: "fail", message: `${skipped.length} of the hidden tests did not run (skipped, first "${skipped[0]?.name}"): every test must run and pass` };
  }
  if (inputs.untouched) return { ...base, status: "fail", message: "this is still the untouched starter: edit the file to make the tests pass" };
  return { ...base, status: "pass" };
}
