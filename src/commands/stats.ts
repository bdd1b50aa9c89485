import { computeStats, formatStats } from "../journey/stats.ts";
import type { CommandContext } from "./context.ts";

/** `stats [--json]`: progress per phase, effort per kata, streak and checkpoints. */
export function statsCommand(ctx: CommandContext, json: boolean, now: Date = new Date()): number {
  const stats = computeStats(ctx.catalog, ctx.store.load().progress, now);
  ctx.out(json ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}
