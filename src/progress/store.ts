import fs from "node:fs";
import path from "node:path";
import { emptyProgress, progressSchema, type Progress } from "./schema.ts";

export const LEARN_DIR = ".learn";
export const PROGRESS_FILE = path.join(LEARN_DIR, "progress.json");

export type LoadedProgress =
  | { kind: "ok"; progress: Progress }
  | { kind: "fresh"; progress: Progress }
  /** The file was unreadable; it was moved to `setAsideAs` and the caller should rebuild by re-verifying. */
  | { kind: "recovered"; progress: Progress; setAsideAs: string; reason: string };

/** Parses progress text. Pure: returns the reason instead of throwing. */
export function parseProgress(text: string): { ok: true; progress: Progress } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = progressSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join(".") || "top level"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, progress: parsed.data };
}

export class ProgressStore {
  readonly file: string;

  constructor(readonly root: string) {
    this.file = path.join(root, PROGRESS_FILE);
  }

  load(now: Date = new Date()): LoadedProgress {
    let text: string;
    try {
      text = fs.readFileSync(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "fresh", progress: emptyProgress() };
      throw error;
    }
    const parsed = parseProgress(text);
    if (parsed.ok) return { kind: "ok", progress: parsed.progress };
    // Never crash and never silently discard: keep the bad file beside the new one for inspection.
    const setAsideAs = `${this.file}.corrupt-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(this.file, setAsideAs);
    return { kind: "recovered", progress: emptyProgress(), setAsideAs, reason: parsed.reason };
  }

  /** Atomic: a crash mid-write leaves the old file or the new one, never half of one. */
  save(progress: Progress): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(progress, null, 2)}\n`);
    fs.renameSync(temp, this.file);
  }
}

export function markDone(progress: Progress, kataId: string, at: Date): Progress {
  if (progress.done[kataId]) return progress;
  return { ...progress, done: { ...progress.done, [kataId]: at.toISOString() } };
}

export function markUndone(progress: Progress, kataId: string): Progress {
  if (!progress.done[kataId]) return progress;
  const { [kataId]: _removed, ...done } = progress.done;
  return { ...progress, done };
}

/** Progress brought in line with fresh results: passing katas done (keeping their first time), the rest not. */
export function applyResults(progress: Progress, results: ReadonlyArray<{ kataId: string; status: string }>, at: Date): Progress {
  return results.reduce((next, result) => (result.status === "pass" ? markDone(next, result.kataId, at) : markUndone(next, result.kataId)), progress);
}
