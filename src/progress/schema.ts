import { z } from "zod";

/**
 * .learn/progress.json — keyed by kata id, never by position, so reordering or extending the
 * catalog cannot shift anyone's progress onto the wrong kata.
 */
/** What the grader records of one kata's journey (src/journey/journal.ts). */
export const kataJournalSchema = z.object({
  /** Graded saves. */
  attempts: z.number().int().nonnegative(),
  /** Time spent on the kata, counting only gaps of 10 minutes or less between activities. */
  activeMs: z.number().nonnegative(),
  resets: z.number().int().nonnegative(),
  firstOpenedAt: z.string().optional(),
  lastActivityAt: z.string().optional(),
  /** Active time and attempts when the kata first passed. */
  passedAfterMs: z.number().nonnegative().optional(),
  passedAfterAttempts: z.number().int().nonnegative().optional(),
});

const done = z.record(z.string(), z.string());
const hintsShown = z.record(z.string(), z.number().int().nonnegative());
const journal = z.record(z.string(), kataJournalSchema);

/** The format this grader writes. */
export const progressSchema = z.object({
  formatVersion: z.literal(2),
  /** Kata id → when it was first passed (ISO time). */
  done,
  /** Where the learner was, so `npm run learn` resumes there (if still unfinished). */
  current: z.string().optional(),
  /** Kata id → how many hints the learner has revealed. */
  hintsShown: hintsShown.default({}),
  /** Kata id → its journey so far (attempts, active time, resets, when it passed). */
  journal: journal.default({}),
  /** HMAC of `done` under this checkout's key (signature.ts): marks without it are re-checked. */
  signature: z.string().optional(),
});

/**
 * Version 1, written before the journal was part of progress (it was optional, then absent):
 * read and migrated. Its done marks and their signature carry over unchanged.
 */
const progressV1Schema = z.object({
  formatVersion: z.literal(1),
  done,
  current: z.string().optional(),
  hintsShown: hintsShown.default({}),
  journal: journal.optional(),
  signature: z.string().optional(),
});

export const CURRENT_PROGRESS_VERSION = 2;

/** Version 1, read and migrated to the current format. */
export const progressV1FileSchema = progressV1Schema.transform(
  ({ formatVersion: _v1, journal: kept, ...rest }): Progress => ({ ...rest, formatVersion: 2, journal: kept ?? {} }),
);

export type Progress = z.infer<typeof progressSchema>;
export type KataJournal = z.infer<typeof kataJournalSchema>;

export function emptyProgress(): Progress {
  return { formatVersion: 2, done: {}, hintsShown: {}, journal: {} };
}
