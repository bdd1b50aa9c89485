import fs from "node:fs";
import path from "node:path";
import { CURRENT_PROGRESS_VERSION, emptyProgress, progressSchema, progressV1FileSchema, type Progress } from "./schema.ts";
import { doneIsSigned, signatureKey, signDone } from "./signature.ts";
import { mergeJournals } from "../journey/journal.ts";

export const LEARN_DIR = ".learn";
export const PROGRESS_FILE = path.join(LEARN_DIR, "progress.json");

/** Progress for every kata of a large catalog is a few kilobytes. */
const MAX_PROGRESS_BYTES = 4 * 1024 * 1024;

export type LoadedProgress =
  | { kind: "ok"; progress: Progress }
  | { kind: "fresh"; progress: Progress }
  /**
   * The file's done marks were not written by this checkout's grader (edited by hand, copied):
   * they are left out of `progress`, and the caller should re-check them (`untrusted` lists them).
   */
  | { kind: "untrusted"; progress: Progress; untrusted: string[] }
  /** The file was unreadable; it was moved to `setAsideAs` and the caller should rebuild by re-verifying. */
  | { kind: "recovered"; progress: Progress; setAsideAs: string; reason: string };

/**
 * The progress file was written by a newer grader, in a format this one cannot read. It is left
 * exactly as it is (neither set aside nor overwritten): updating the grader is the fix.
 */
export class NewerProgressError extends Error {}

/** Parses progress text, migrating older formats. Pure: returns the reason instead of throwing. */
export function parseProgress(text: string): { ok: true; progress: Progress } | { ok: false; reason: string; newer?: true } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const version = raw !== null && typeof raw === "object" && "formatVersion" in raw ? raw.formatVersion : undefined;
  if (typeof version === "number" && version > CURRENT_PROGRESS_VERSION) {
    return {
      ok: false,
      newer: true,
      reason: `.learn/progress.json was written by a newer version of the grader (format ${version}; this one reads up to ${CURRENT_PROGRESS_VERSION}). It is left untouched: update this checkout (git pull, then npm install) and start again.`,
    };
  }
  // Each format by its own schema, so a problem is reported at the field, not as "no format matched".
  const parsed = (version === 1 ? progressV1FileSchema : progressSchema).safeParse(raw);
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
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "fresh", progress: emptyProgress() };
      throw error;
    }
    // A folder or a huge file in its place is set aside unread, like any other unreadable file.
    const unreadable = !stat.isFile() ? "not a file" : stat.size > MAX_PROGRESS_BYTES ? `${stat.size} bytes, far more than progress ever takes` : undefined;
    const parsed = unreadable ? { ok: false as const, reason: unreadable } : parseProgress(fs.readFileSync(this.file, "utf8"));
    if (!parsed.ok && "newer" in parsed) throw new NewerProgressError(parsed.reason);
    if (parsed.ok) {
      // The signature belongs to the file; what it vouches for is all callers need.
      const { signature, ...progress } = parsed.progress;
      if (doneIsSigned(signatureKey(path.dirname(this.file), false), progress.done, signature)) return { kind: "ok", progress };
      return { kind: "untrusted", progress: { ...progress, done: {} }, untrusted: Object.keys(progress.done) };
    }
    // Never crash and never silently discard: keep the bad file beside the new one for inspection.
    const setAsideAs = `${this.file}.corrupt-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(this.file, setAsideAs);
    return { kind: "recovered", progress: emptyProgress(), setAsideAs, reason: parsed.reason };
  }

  /** Replaces whatever is on disk. */
  save(progress: Progress): void {
    this.update(() => progress);
  }

  /**
   * Changes progress as it is on disk now, not as this process last saw it: another terminal
   * (`npm run learn -- run <id>` beside watch mode) may have written since. Under a lock, so two
   * writers never interleave; returns what was written.
   */
  update(change: (onDisk: Progress) => Progress): Progress {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const release = acquireLock(`${this.file}.lock`);
    try {
      const onDisk = this.#readForUpdate();
      const next = change(onDisk);
      this.#write(next);
      return next;
    } finally {
      release();
    }
  }

  /**
   * Progress as on disk for a merge; an unreadable file counts as empty (load() sets such files
   * aside), but a newer grader's file is never overwritten.
   */
  #readForUpdate(): Progress {
    let text: string;
    try {
      text = fs.readFileSync(this.file, "utf8");
    } catch {
      return emptyProgress();
    }
    const parsed = parseProgress(text);
    if (!parsed.ok && "newer" in parsed) throw new NewerProgressError(parsed.reason);
    if (!parsed.ok) return emptyProgress();
    // Marks this grader did not sign are not merged into what it writes (and signs).
    const { signature, ...progress } = parsed.progress;
    return doneIsSigned(signatureKey(path.dirname(this.file), false), progress.done, signature) ? progress : { ...progress, done: {} };
  }

  /** Atomic and durable: a crash mid-write leaves the old file or the new one, never half of one. */
  #write(progress: Progress): void {
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      const fd = fs.openSync(temp, "w");
      try {
        const signed = { ...progress, signature: signDone(signatureKey(path.dirname(this.file), true) as Buffer, progress.done) };
        fs.writeFileSync(fd, `${JSON.stringify(signed, null, 2)}\n`);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, this.file);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
  }
}

/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

/** An exclusive lock file (O_EXCL); waits briefly for another writer. Returns its release. */
function acquireLock(lockFile: string): () => void {
  const started = Date.now();
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lockFile, "wx"));
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const age = lockAge(lockFile);
    if (age !== undefined && age > STALE_LOCK_MS) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new Error(`${lockFile} has been held for ${Math.round((age ?? 0) / 1000)} s by another grader; try again, or delete that file if no other \`npm run learn\` is running`);
    }
    // Writes take a millisecond or two: a short synchronous wait keeps save() synchronous.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

function lockAge(lockFile: string): number | undefined {
  try {
    return Date.now() - fs.statSync(lockFile).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * What this process holds, merged into what is on disk. Pure. Done marks and hint counts only
 * grow (the earliest pass time and the highest count win), except the katas in `undone`, which
 * this process explicitly reset or found failing.
 */
export function mergeProgress(onDisk: Progress, mine: Progress, undone: readonly string[] = []): Progress {
  const done: Record<string, string> = { ...onDisk.done };
  for (const [id, at] of Object.entries(mine.done)) {
    const theirs = done[id];
    done[id] = theirs !== undefined && theirs < at ? theirs : at;
  }
  for (const id of undone) delete done[id];
  const hintsShown: Record<string, number> = { ...onDisk.hintsShown };
  for (const [id, count] of Object.entries(mine.hintsShown)) hintsShown[id] = Math.max(count, hintsShown[id] ?? 0);
  const current = mine.current ?? onDisk.current;
  const journal = mergeJournals(onDisk.journal, mine.journal);
  return { ...onDisk, ...mine, done, hintsShown, ...(current !== undefined ? { current } : {}), journal };
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
