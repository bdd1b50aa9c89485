import type { KataJournal, Progress } from "../progress/schema.ts";

/**
 * What the grader records of each kata as the learner works (kept in progress.json beside the
 * done marks): graded saves, active time, resets, and where they stood at the first pass. Pure.
 *
 * Active time counts the gaps between one activity and the next (a save, a key press) when they
 * are at most IDLE_GAP_MS apart: a learner who leaves for lunch has not spent an hour on the kata.
 */
export const IDLE_GAP_MS = 10 * 60 * 1000;

const EMPTY: KataJournal = { attempts: 0, activeMs: 0, resets: 0 };

export function journalOf(progress: Progress, kataId: string): KataJournal {
  return progress.journal?.[kataId] ?? EMPTY;
}

function withJournal(progress: Progress, kataId: string, change: (entry: KataJournal) => KataJournal): Progress {
  return { ...progress, journal: { ...progress.journal, [kataId]: change(journalOf(progress, kataId)) } };
}

/** The learner did something on this kata at `at`: active time grows by the gap since the last thing, if short. */
export function recordActivity(progress: Progress, kataId: string, at: Date): Progress {
  return withJournal(progress, kataId, (entry) => {
    const last = entry.lastActivityAt ? Date.parse(entry.lastActivityAt) : undefined;
    const gap = last === undefined ? 0 : at.getTime() - last;
    const activeMs = entry.activeMs + (gap > 0 && gap <= IDLE_GAP_MS ? gap : 0);
    return { ...entry, activeMs, lastActivityAt: at.toISOString(), firstOpenedAt: entry.firstOpenedAt ?? at.toISOString() };
  });
}

/** A save the grader will grade. */
export function recordAttempt(progress: Progress, kataId: string, at: Date): Progress {
  const active = recordActivity(progress, kataId, at);
  return withJournal(active, kataId, (entry) => ({ ...entry, attempts: entry.attempts + 1 }));
}

/** The first pass: what it took is kept (later attempts on a done kata do not change it). */
export function recordPass(progress: Progress, kataId: string, at: Date): Progress {
  const active = recordActivity(progress, kataId, at);
  return withJournal(active, kataId, (entry) =>
    entry.passedAfterMs !== undefined ? entry : { ...entry, passedAfterMs: entry.activeMs, passedAfterAttempts: entry.attempts },
  );
}

export function recordReset(progress: Progress, kataId: string): Progress {
  return withJournal(progress, kataId, (entry) => ({ ...entry, resets: entry.resets + 1 }));
}

/**
 * Two writers' journals of the same learner (watch mode and a second terminal): every counter only
 * grows, so the larger wins; the first pass's figures, once recorded, stay.
 */
export function mergeJournals(onDisk: Progress["journal"], mine: Progress["journal"]): NonNullable<Progress["journal"]> {
  const merged: Record<string, KataJournal> = { ...onDisk };
  for (const [id, entry] of Object.entries(mine ?? {})) {
    const theirs = merged[id];
    if (!theirs) {
      merged[id] = entry;
      continue;
    }
    const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);
    const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);
    const lastActivityAt = later(theirs.lastActivityAt, entry.lastActivityAt);
    const firstOpenedAt = earlier(theirs.firstOpenedAt, entry.firstOpenedAt);
    const pass = theirs.passedAfterMs !== undefined ? theirs : entry;
    merged[id] = {
      attempts: Math.max(theirs.attempts, entry.attempts),
      activeMs: Math.max(theirs.activeMs, entry.activeMs),
      resets: Math.max(theirs.resets, entry.resets),
      ...(lastActivityAt ? { lastActivityAt } : {}),
      ...(firstOpenedAt ? { firstOpenedAt } : {}),
      ...(pass.passedAfterMs !== undefined ? { passedAfterMs: pass.passedAfterMs, passedAfterAttempts: pass.passedAfterAttempts ?? 0 } : {}),
    };
  }
  return merged;
}
