import type { Kata } from "../../catalog/catalog.ts";
import { toExercismResults } from "../exercism.ts";
import { failingTests, type KataResult } from "../result.ts";

/**
 * `verify --reporter <name>`: the same results, in the format each consumer reads. Pure: each
 * returns the text to print (and, for classroom, what to hand GitHub Classroom's reporter).
 */
export const REPORTERS = ["text", "json", "junit", "github", "classroom"] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface Graded {
  kata: Kata;
  result: KataResult;
}

/** exercism's results.json (v3) per kata, keyed by id: what `--json` has always printed. */
export function jsonReport(graded: readonly Graded[]): string {
  return JSON.stringify(Object.fromEntries(graded.map(({ result }) => [result.kataId, toExercismResults(result)])), null, 2);
}

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** JUnit XML: one testsuite per kata, one testcase per hidden test (a suite that could not run is one errored case). */
export function junitReport(graded: readonly Graded[]): string {
  const suites = graded.map(({ kata, result }) => {
    const cases =
      result.status === "error" || result.tests.length === 0
        ? [`    <testcase classname="${xml(kata.id)}" name="${xml("the hidden suite")}"><error message="${xml(result.message ?? "could not run")}"/></testcase>`]
        : result.tests.map((test) => {
            const body =
              test.status === "fail"
                ? `<failure message="${xml(test.message ?? "failed")}">${xml([test.message, test.diff].filter(Boolean).join("\n\n"))}</failure>`
                : test.status === "skip"
                  ? "<skipped/>"
                  : "";
            return `    <testcase classname="${xml(kata.id)}" name="${xml(test.fullName)}" file="${xml(kata.exercise)}">${body}</testcase>`;
          });
    if (result.status === "fail" && result.typeErrors.length) {
      cases.push(`    <testcase classname="${xml(kata.id)}" name="the file type-checks"><failure message="${xml(`${result.typeErrors.length} type errors`)}">${xml(result.typeErrors.map((e) => `${e.line}:${e.column} TS${e.code} ${e.message}`).join("\n"))}</failure></testcase>`);
    }
    const failures = cases.filter((c) => c.includes("<failure")).length;
    const errors = cases.filter((c) => c.includes("<error")).length;
    return `  <testsuite name="${xml(kata.id)}" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${(result.durationMs / 1000).toFixed(3)}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="backend-katas">\n${suites.join("\n")}\n</testsuites>`;
}

/** GitHub Actions workflow commands escape %, CR and LF in messages, and also : and , in properties. */
const ghData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const ghProperty = (text: string) => ghData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * GitHub Actions: an `::error` annotation at the learner's line for each kata that does not pass
 * (the first failing test's line in their file, else the file), and a markdown summary table
 * (for $GITHUB_STEP_SUMMARY).
 */
export function githubReport(graded: readonly Graded[]): { annotations: string; summary: string } {
  const annotations = graded
    .filter(({ result }) => result.status !== "pass")
    .map(({ kata, result }) => {
      const first = failingTests(result)[0];
      const where = first?.learnerLocation ?? result.location ?? (result.typeErrors[0] && { line: result.typeErrors[0].line, column: result.typeErrors[0].column });
      const message = first ? `${first.name}: ${first.message ?? "failed"}` : (result.message ?? (result.typeErrors[0] ? `TS${result.typeErrors[0].code} ${result.typeErrors[0].message}` : "does not pass"));
      const position = where ? `,line=${where.line},col=${where.column}` : "";
      return `::error file=${ghProperty(kata.exercise)}${position},title=${ghProperty(`${kata.id} does not pass`)}::${ghData(message)}`;
    })
    .join("\n");
  const rows = graded.map(({ kata, result }) => {
    const passed = result.tests.filter((t) => t.status === "pass").length;
    return `| ${result.status === "pass" ? "✅" : "❌"} | \`${kata.id}\` | ${passed}/${result.tests.length} | ${(result.message ?? "").replace(/\|/g, "\\|").split("\n")[0]} |`;
  });
  const passedKatas = graded.filter(({ result }) => result.status === "pass").length;
  const summary = [`### Katas: ${passedKatas}/${graded.length} pass`, "", "| | kata | tests | note |", "|---|---|---|---|", ...rows].join("\n");
  return { annotations, summary };
}

/**
 * GitHub Classroom's autograding reporter reads one runner's results as base64 JSON
 * ({ status, max_score, tests: [{ name, status, score }] }) and totals the scores. Each kata is
 * one test worth its points (default 1), all or nothing.
 */
export function classroomReport(graded: readonly Graded[]): { points: string; encoded: string; results: ClassroomResults } {
  const tests = graded.map(({ kata, result }) => ({
    name: kata.id,
    status: result.status === "pass" ? ("pass" as const) : ("fail" as const),
    score: result.status === "pass" ? (kata.points ?? 1) : 0,
    ...(result.status !== "pass" ? { message: failingTests(result)[0]?.name ?? result.message ?? "does not pass" } : {}),
  }));
  const max = graded.reduce((sum, { kata }) => sum + (kata.points ?? 1), 0);
  const total = tests.reduce((sum, test) => sum + test.score, 0);
  const results: ClassroomResults = { version: 1, status: tests.every((t) => t.status === "pass") ? "pass" : "fail", max_score: max, tests };
  return { points: `Points ${total}/${max}`, encoded: Buffer.from(JSON.stringify(results)).toString("base64"), results };
}

export interface ClassroomResults {
  version: 1;
  status: "pass" | "fail";
  max_score: number;
  tests: Array<{ name: string; status: "pass" | "fail"; score: number; message?: string }>;
}
