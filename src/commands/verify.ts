import type { Kata } from "../catalog/catalog.ts";
import { requireKata } from "../catalog/suggest.ts";
import { applyResults } from "../progress/store.ts";
import fs from "node:fs";
import { classroomReport, githubReport, jsonReport, junitReport, type ReporterName } from "../results/reporters/reporters.ts";
import type { KataResult } from "../results/result.ts";
import { RunnerClient } from "../runner/client/client.ts";
import type { CommandContext } from "./context.ts";
import { formatResultText } from "./format-result.ts";

/**
 * Grades katas with one runner, in catalog order, each in a test worker no other kata's code has
 * touched: one kata patching a prototype or a global must not pass or fail the next.
 */
export async function gradeKatas(root: string, katas: readonly Kata[], onResult?: (result: KataResult) => void): Promise<KataResult[]> {
  const runner = new RunnerClient({ root });
  try {
    const results: KataResult[] = [];
    for (const [index, kata] of katas.entries()) {
      // A new runner's first worker is fresh already.
      const result = await runner.grade(kata, { freshWorker: index > 0 });
      results.push(result);
      onResult?.(result);
    }
    return results;
  } finally {
    await runner.close();
  }
}

function recordResults(ctx: CommandContext, results: readonly KataResult[]): void {
  ctx.store.update((progress) => applyResults(progress, results, new Date()));
}

/** `run <id>`: grade once; exit 0 on pass. */
export async function runCommand(ctx: CommandContext, id: string): Promise<number> {
  const kata = requireKata(ctx.catalog, id);
  const [result] = await gradeKatas(ctx.root, [kata]);
  if (!result) return 2;
  for (const line of formatResultText(result)) ctx.out(line);
  recordResults(ctx, [result]);
  return result.status === "pass" ? 0 : 1;
}

/** `verify [id] [--json] [--reporter name…]`: a fresh run of one or every kata; progress is brought in line with it. */
export async function verifyCommand(ctx: CommandContext, ids: readonly string[], json: boolean, reporters: readonly ReporterName[] = []): Promise<number> {
  // A phase id stands for its katas (one assignment per phase); anything else must name a kata.
  const named = ids.flatMap((id) => {
    const phase = ctx.catalog.katas.filter((kata) => kata.phase === id);
    return phase.length ? phase : [requireKata(ctx.catalog, id)];
  });
  const katas = ids.length ? [...new Map(named.map((kata) => [kata.id, kata])).values()] : [...ctx.catalog.katas];
  const chosen = new Set<ReporterName>(reporters.length ? reporters : [json ? "json" : "text"]);
  if (json) chosen.add("json");
  const results = await gradeKatas(ctx.root, katas, chosen.has("text") ? (result) => formatResultText(result).forEach((line) => ctx.out(line)) : undefined);
  recordResults(ctx, results);
  const graded = results.map((result, index) => ({ kata: katas[index] as Kata, result }));
  const passed = results.filter((r) => r.status === "pass").length;
  if (chosen.has("text")) ctx.out(`\n${passed} passed, ${results.length - passed} failed`);
  if (chosen.has("json")) ctx.out(jsonReport(graded));
  if (chosen.has("junit")) ctx.out(junitReport(graded));
  if (chosen.has("github")) {
    const { annotations, summary } = githubReport(graded);
    if (annotations) ctx.out(annotations);
    // Inside GitHub Actions the summary goes to the job's page; elsewhere it is printed.
    if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
    else ctx.out(summary);
  }
  if (chosen.has("classroom")) {
    const { points, encoded } = classroomReport(graded);
    ctx.out(points);
    // The step's `result` output, for classroom-resources/autograding-grading-reporter.
    if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `result=${encoded}\n`);
  }
  return passed === results.length ? 0 : 1;
}
