import pc from "picocolors";
import { doneCount } from "../watch/state.ts";
import type { CommandContext } from "./context.ts";

export function listCommand(ctx: CommandContext, json: boolean): number {
  const { progress } = ctx.store.load();
  if (json) {
    const katas = ctx.catalog.katas.map((kata) => ({
      id: kata.id,
      phase: kata.phase,
      title: kata.title,
      teaches: kata.teaches,
      status: progress.done[kata.id] ? "done" : "pending",
      exercise: kata.exercise,
      solution: kata.solution,
      hints: kata.hints,
    }));
    ctx.out(JSON.stringify({ formatVersion: 1, phases: ctx.catalog.phases, katas }, null, 2));
    return 0;
  }
  const done = doneCount({ catalog: ctx.catalog, progress });
  ctx.out(`${done}/${ctx.catalog.katas.length} katas done`);
  for (const phase of ctx.catalog.phases) {
    ctx.out(`\n${pc.bold(phase.title)}`);
    for (const kata of ctx.catalog.katas.filter((k) => k.phase === phase.id)) {
      const mark = progress.done[kata.id] ? pc.green("✓ done   ") : "· pending";
      ctx.out(`  ${mark}  ${kata.id.padEnd(44)} ${pc.dim(kata.title)}`);
    }
  }
  return 0;
}
