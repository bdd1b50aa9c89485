import { requireKata } from "../catalog/suggest.ts";
import { markUndone } from "../progress/store.ts";
import { resetKata } from "../workspace/reset.ts";
import type { CommandContext } from "./context.ts";

export async function resetCommand(ctx: CommandContext, id: string | undefined, yes: boolean): Promise<number> {
  const katas = id ? [requireKata(ctx.catalog, id)] : [...ctx.catalog.katas];
  const what = id ? `${id} to its starter` : `ALL ${katas.length} katas to their starters`;
  if (!yes && !(await ctx.confirm(`Reset ${what}? Your files are copied to .learn/attempts/ first. [y/N] `))) {
    ctx.out("Nothing was reset. (In scripts, add --yes.)");
    return 1;
  }
  const now = new Date();
  for (const kata of katas) {
    const { attemptSavedAs } = resetKata(ctx.root, kata, now);
    ctx.out(`Reset ${kata.id}${attemptSavedAs ? ` (your attempt is kept at ${attemptSavedAs})` : ""}`);
  }
  ctx.store.update((progress) => katas.reduce((next, kata) => markUndone(next, kata.id), progress));
  return 0;
}
