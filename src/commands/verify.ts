import type { Kata } from "../catalog/catalog.ts";
import { requireKata } from "../catalog/suggest.ts";
import { applyResults } from "../progress/store.ts";
import { toExercismResults } from "../results/exercism.ts";
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
      const result = await runner.run(kata, { freshWorker: index > 0 });
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

/** `verify [id] [--json]`: a fresh run of one or every kata; progress is brought in line with it. */
export async function verifyCommand(ctx: CommandContext, id: string | undefined, json: boolean): Promise<number> {
  const katas = id ? [requireKata(ctx.catalog, id)] : [...ctx.catalog.katas];
  const results = await gradeKatas(ctx.root, katas, json ? undefined : (result) => formatResultText(result).forEach((line) => ctx.out(line)));
  recordResults(ctx, results);
  const passed = results.filter((r) => r.status === "pass").length;
  if (json) {
    ctx.out(JSON.stringify(Object.fromEntries(results.map((r) => [r.kataId, toExercismResults(r)])), null, 2));
  } else {
    ctx.out(`\n${passed} passed, ${results.length - passed} failed`);
  }
  return passed === results.length ? 0 : 1;
}
