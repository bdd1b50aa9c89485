import fs from "node:fs";
import path from "node:path";
import type { Kata } from "../catalog/catalog.ts";
import { LEARN_DIR } from "../progress/store.ts";

export const ATTEMPTS_DIR = path.join(LEARN_DIR, "attempts");

export interface ResetOutcome {
  /** Where the learner's previous file was kept (relative to the root), if there was one worth keeping. */
  attemptSavedAs: string | undefined;
}

/** `2026-11-25T19-26-36-123Z`: sortable, and legal in file names everywhere. */
export function attemptStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

/**
 * Restores a kata's starter exactly as shipped, from grader/starters/ (not git: it must work after
 * the learner committed their work). The learner's current file is copied aside first.
 */
export function resetKata(root: string, kata: Kata, now: Date = new Date()): ResetOutcome {
  const exercise = path.join(root, kata.exercise);
  const starter = fs.readFileSync(path.join(root, kata.starter));
  let current: Buffer | undefined;
  try {
    current = fs.readFileSync(exercise);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  let attemptSavedAs: string | undefined;
  if (current !== undefined && current.length > 0 && !current.equals(starter)) {
    attemptSavedAs = path.join(ATTEMPTS_DIR, kata.id, `${attemptStamp(now)}.ts`);
    fs.mkdirSync(path.dirname(path.join(root, attemptSavedAs)), { recursive: true });
    // wx: never overwrite an earlier attempt, even if two resets share a millisecond.
    fs.writeFileSync(path.join(root, attemptSavedAs), current, { flag: "wx" });
  }
  fs.mkdirSync(path.dirname(exercise), { recursive: true });
  const temp = `${exercise}.${process.pid}.reset-tmp`;
  fs.writeFileSync(temp, starter);
  fs.renameSync(temp, exercise);
  return { attemptSavedAs };
}
