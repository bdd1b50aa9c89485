import type { KataResult } from "./result.ts";

/** exercism's results.json, version 3 (https://exercism.org/docs/building/tooling/test-runners/interface). */
export interface ExercismResults {
  version: 3;
  status: "pass" | "fail" | "error";
  message?: string;
  tests: Array<{
    name: string;
    status: "pass" | "fail" | "error";
    message?: string;
    output?: string;
    test_code?: string;
  }>;
}

const MAX_OUTPUT = 500;

function truncateOutput(output: string | undefined): string | undefined {
  if (!output) return undefined;
  return output.length > MAX_OUTPUT ? `${output.slice(0, MAX_OUTPUT - 25)}\n…(output truncated)` : output;
}

export function typeErrorMessage(result: KataResult): string | undefined {
  if (!result.typeErrors.length) return undefined;
  const lines = result.typeErrors.map((e) => `${e.line}:${e.column} TS${e.code}: ${e.message}`);
  return `Your file does not type-check:\n${lines.join("\n")}`;
}

export function toExercismResults(result: KataResult): ExercismResults {
  const typeMessage = typeErrorMessage(result);
  // A failure with no failing test (type errors, an escaped error, an untouched starter) still says why.
  const message = result.status === "error" ? result.message : result.status === "fail" && !result.tests.some((t) => t.status === "fail") ? [result.message, typeMessage].filter(Boolean).join("\n") || undefined : undefined;
  return {
    version: 3,
    status: result.status,
    ...(message ? { message } : {}),
    tests: result.tests
      .filter((test) => test.status !== "skip")
      .map((test) => {
        const output = truncateOutput(test.output);
        return {
          name: test.fullName,
          status: test.status === "pass" ? "pass" : "fail",
          ...(test.message ? { message: [test.message, test.diff].filter(Boolean).join("\n\n") } : {}),
          ...(output ? { output } : {}),
        };
      }),
  };
}
