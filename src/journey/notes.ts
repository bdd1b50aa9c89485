import fs from "node:fs";
import path from "node:path";
import type { Catalog, Kata } from "../catalog/catalog.ts";
import type { Progress } from "../progress/schema.ts";
import { computeStats, formatDuration } from "./stats.ts";

/**
 * The learning log: one markdown note per kata in notes/<kata-id>.md, written in the learner's
 * own editor, and `journal`, which joins them with the stats into one portfolio page.
 */
export const NOTES_DIR = "notes";
export const JOURNAL_FILE = path.join(NOTES_DIR, "journal.md");

export function notePath(kataId: string): string {
  return path.join(NOTES_DIR, `${kataId}.md`);
}

/** A new note's text: the kata's title and three prompts. Pure. */
export function noteTemplate(kata: Kata): string {
  return `# ${kata.title}\n\n_${kata.id}: ${kata.teaches}_\n\n## What I learned\n\n\n## What surprised me\n\n\n## What I'd do in production\n\n`;
}

/** The note's path under `root`, created from the template if it does not exist yet. */
export function ensureNote(root: string, kata: Kata): string {
  const file = path.join(root, notePath(kata.id));
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, noteTemplate(kata), { flag: "wx" });
  }
  return file;
}

/** The editor the learner chose ($VISUAL, then $EDITOR), or undefined. */
export function chosenEditor(env: NodeJS.ProcessEnv): string | undefined {
  return [env.VISUAL, env.EDITOR].find((value) => value !== undefined && value.trim() !== "")?.trim();
}

/** A note the learner has not written in yet (only the template) says nothing worth publishing. */
function written(note: string, kata: Kata): boolean {
  return note.trim() !== noteTemplate(kata).trim();
}

/**
 * One markdown page: where the learner stands, then each phase with its katas in order, each
 * with its effort and the learner's note (without the note's own title). Pure.
 */
export function buildJournal(catalog: Catalog, progress: Progress, notes: ReadonlyMap<string, string>, now: Date): string {
  const stats = computeStats(catalog, progress, now);
  const byId = new Map(stats.katas.map((kata) => [kata.id, kata]));
  const out = [
    "# My backend engineering journal",
    "",
    `${stats.done} of ${stats.total} katas done · ${formatDuration(stats.activeMs)} of practice · longest current streak ${stats.streakDays} ${stats.streakDays === 1 ? "day" : "days"}.`,
    "",
  ];
  for (const phase of catalog.phases) {
    const katas = catalog.katas.filter((kata) => kata.phase === phase.id && (byId.get(kata.id)?.done || notes.has(kata.id)));
    if (!katas.length) continue;
    out.push(`## ${phase.title}`, "");
    for (const kata of katas) {
      const figures = byId.get(kata.id);
      const effort = figures?.done
        ? `passed ${figures.passedAt?.slice(0, 10)}${figures.timeToPassMs !== undefined ? ` after ${formatDuration(figures.timeToPassMs)}` : ""}, ${figures.attempts} attempts, ${figures.hints} hints`
        : "in progress";
      out.push(`### ${kata.title}`, "", `_${kata.teaches} — ${effort}._`, "");
      const note = notes.get(kata.id);
      if (note && written(note, kata)) out.push(note.replace(/^# .*\n+/, "").replace(/^_.*_\n+/, "").trim(), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Every note on disk, by kata id. */
export function readNotes(root: string, catalog: Catalog): Map<string, string> {
  const notes = new Map<string, string>();
  for (const kata of catalog.katas) {
    try {
      notes.set(kata.id, fs.readFileSync(path.join(root, notePath(kata.id)), "utf8"));
    } catch {
      // no note for this kata
    }
  }
  return notes;
}
