import fs from "node:fs";
import path from "node:path";
import { buildJournal, JOURNAL_FILE, readNotes } from "../journey/notes.ts";
import type { CommandContext } from "./context.ts";

/** `journal`: the learning log, notes and stats in phase order, written to notes/journal.md. */
export function journalCommand(ctx: CommandContext, now: Date = new Date()): number {
  const text = buildJournal(ctx.catalog, ctx.store.load().progress, readNotes(ctx.root, ctx.catalog), now);
  const file = path.join(ctx.root, JOURNAL_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  ctx.out(`Wrote ${JOURNAL_FILE}: your notes and figures, phase by phase (write a note with w in watch mode).`);
  return 0;
}
