import { requireKata } from "../catalog/suggest.ts";
import type { CommandContext } from "./context.ts";

/** Shows the hints revealed so far plus the next one, and remembers it (like `h` in watch mode). */
export function hintCommand(ctx: CommandContext, id: string): number {
  const kata = requireKata(ctx.catalog, id);
  let shown = 0;
  ctx.store.update((progress) => {
    shown = Math.min(kata.hints.length, (progress.hintsShown[kata.id] ?? 0) + 1);
    return { ...progress, hintsShown: { ...progress.hintsShown, [kata.id]: shown } };
  });
  ctx.out(`Hints for ${kata.id} (${shown}/${kata.hints.length}):`);
  kata.hints.slice(0, shown).forEach((hint, i) => ctx.out(`  ${i + 1}. ${hint}`));
  if (shown === kata.hints.length) ctx.out("That is the last hint. The hidden test's source is in " + kata.test);
  return 0;
}
