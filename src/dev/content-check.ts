import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { execa } from "execa";
import { z } from "zod";
import type { Catalog } from "../catalog/catalog.ts";

/**
 * The contributor's proof that the curriculum is sound (after rustlings' `dev check`):
 * every starter fails every test of its suite, every solution passes all of them, and no kata
 * file lives outside the catalog.
 */
export const MIN_TESTS_PER_KATA = 6;

const vitestJsonSchema = z.object({
  testResults: z.array(
    z.object({
      name: z.string(),
      message: z.string().optional(),
      assertionResults: z.array(z.object({ fullName: z.string(), status: z.string() })),
    }),
  ),
});

export interface SuiteOutcome {
  passed: number;
  failed: number;
  total: number;
  /** Set when the suite could not run at all (import error…). */
  message?: string;
  names: string[];
}

export type Source = "solutions" | "starters";

/** Runs every hidden suite (or only `files`) against `source` in one vitest process, exactly as `check all` would. */
export async function runAllSuites(root: string, source: Source, files: readonly string[] = []): Promise<Map<string, SuiteOutcome>> {
  const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kata-check-")), "results.json");
  try {
    await execa("npx", ["vitest", "run", "--config", "grader/vitest.config.ts", "--reporter=json", `--outputFile=${outputFile}`, ...files], {
      cwd: root,
      env: { KATA_SOURCE: source, FORCE_COLOR: "0" },
      reject: false,
    });
    const report = vitestJsonSchema.parse(JSON.parse(fs.readFileSync(outputFile, "utf8")));
    const outcomes = new Map<string, SuiteOutcome>();
    for (const file of report.testResults) {
      const passed = file.assertionResults.filter((a) => a.status === "passed").length;
      const failed = file.assertionResults.filter((a) => a.status === "failed").length;
      outcomes.set(path.relative(root, file.name), {
        passed,
        failed,
        total: file.assertionResults.length,
        names: file.assertionResults.map((a) => a.fullName),
        ...(file.message ? { message: file.message } : {}),
      });
    }
    return outcomes;
  } finally {
    fs.rmSync(path.dirname(outputFile), { recursive: true, force: true });
  }
}

/** Files under exercises/, solutions/ and grader/ that no catalog entry owns. */
export function orphanFiles(root: string, catalog: Catalog): string[] {
  const owned = new Set(catalog.katas.flatMap((kata) => [kata.exercise, kata.solution, kata.test, kata.starter]));
  const files = fg.sync(["exercises/**/*", "solutions/**/*", "grader/**/*"], { cwd: root, dot: false, onlyFiles: true });
  // Besides kata files: the grader's config, helpers the hidden suites share, and phase READMEs.
  const tooling = new Set(["grader/vitest.config.ts", "grader/checksums.json", "grader/mutation-equivalents.json", "grader/mutation-report.json"]);
  const allowed = (file: string) => tooling.has(file) || file.startsWith("grader/support/") || /^exercises\/[^/]+\/README\.md$/.test(file);
  return files.filter((file) => !owned.has(file) && !allowed(file)).sort();
}

export function suiteProblems(catalog: Catalog, solutions: Map<string, SuiteOutcome>, starters: Map<string, SuiteOutcome>): string[] {
  const problems: string[] = [];
  for (const kata of catalog.katas) {
    const solution = solutions.get(kata.test);
    const starter = starters.get(kata.test);
    if (!solution || solution.total === 0) {
      problems.push(`${kata.id}: the suite ran no tests against the solution${solution?.message ? ` (${solution.message.split("\n")[0]})` : ""}`);
    } else {
      if (solution.total < MIN_TESTS_PER_KATA) problems.push(`${kata.id}: the suite has ${solution.total} tests; a kata needs at least ${MIN_TESTS_PER_KATA}`);
      if (solution.failed > 0) problems.push(`${kata.id}: the solution fails ${solution.failed} of ${solution.total} tests`);
    }
    if (starter && starter.passed > 0) problems.push(`${kata.id}: the starter passes ${starter.passed} of ${starter.total} tests; it must fail every one`);
    if (!starter && !solution?.message) problems.push(`${kata.id}: the suite did not run against the starter`);
  }
  return problems;
}

export function phaseReadmeProblems(root: string, catalog: Catalog): string[] {
  return catalog.phases
    .filter((phase) => catalog.katas.some((kata) => kata.phase === phase.id))
    .filter((phase) => !fs.existsSync(path.join(root, "exercises", phase.id, "README.md")))
    .map((phase) => `phase ${phase.id}: exercises/${phase.id}/README.md is missing (what the phase covers, its order, further reading)`);
}

/** Exercise files that differ from their shipped starter (meaningful on a clean clone). */
export function editedExercises(root: string, catalog: Catalog): string[] {
  return catalog.katas
    .filter((kata) => {
      const exercise = path.join(root, kata.exercise);
      return !fs.existsSync(exercise) || !fs.readFileSync(exercise).equals(fs.readFileSync(path.join(root, kata.starter)));
    })
    .map((kata) => kata.exercise);
}

/** The README's curriculum table, generated from the catalog so the two cannot drift. Pure. */
export function curriculumTable(catalog: Catalog): string {
  const rows = catalog.katas.map((kata) => {
    const phase = catalog.phases.find((p) => p.id === kata.phase)?.title ?? kata.phase;
    return `| ${phase} | \`${kata.id}\` | ${kata.teaches} |`;
  });
  return ["| Phase | Kata | What it teaches |", "|---|---|---|", ...rows].join("\n");
}
