import { z } from "zod";

/**
 * .learn/progress.json — keyed by kata id, never by position, so reordering or extending the
 * catalog cannot shift anyone's progress onto the wrong kata.
 */
export const progressSchema = z.object({
  formatVersion: z.literal(1),
  /** Kata id → when it was first passed (ISO time). */
  done: z.record(z.string(), z.string()),
  /** Where the learner was, so `npm run learn` resumes there (if still unfinished). */
  current: z.string().optional(),
  /** Kata id → how many hints the learner has revealed. */
  hintsShown: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** HMAC of `done` under this checkout's key (signature.ts): marks without it are re-checked. */
  signature: z.string().optional(),
});

export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(): Progress {
  return { formatVersion: 1, done: {}, hintsShown: {} };
}
