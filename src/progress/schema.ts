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

export const progressSchema = z.object({
  formatVersion: z.literal(1),
  /** Kata id → when it was first passed (ISO time). */
  done: z.record(z.string(), z.string()),
  /** Where the learner was, so `npm run learn` resumes there (if still unfinished). */
  current: z.string().optional(),
  /** Kata id → how many hints the learner has revealed. */
  hintsShown: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** Kata id → its journey so far; files from before it existed simply have none. */
  journal: z.record(z.string(), kataJournalSchema).optional(),
  /** HMAC of `done` under this checkout's key (signature.ts): marks without it are re-checked. */
  signature: z.string().optional(),
});

export type Progress = z.infer<typeof progressSchema>;
export type KataJournal = z.infer<typeof kataJournalSchema>;

export function emptyProgress(): Progress {
  return { formatVersion: 1, done: {}, hintsShown: {} };
}
