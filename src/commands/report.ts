import fs from "node:fs";
import path from "node:path";
import { passesByDay, renderReport } from "../journey/report.ts";
import { computeStats } from "../journey/stats.ts";
import { LEARN_DIR } from "../progress/store.ts";
import type { CommandContext } from "./context.ts";

export const REPORT_FILE = path.join(LEARN_DIR, "report.html");

/** `report`: writes one self-contained HTML page of the learner's progress and prints where; opens nothing. */
export function reportCommand(ctx: CommandContext, now: Date = new Date()): number {
  const { progress } = ctx.store.load();
  const html = renderReport({ stats: computeStats(ctx.catalog, progress, now), passesByDay: passesByDay(Object.values(progress.done)), now });
  const file = path.join(ctx.root, REPORT_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  ctx.out(`Wrote ${file}: open it in a browser (it needs no network).`);
  return 0;
}
