import type { KataResult } from "../results/result.ts";
import { decidedBeforeRun } from "../runner/explain.ts";

/**
 * Watch mode's decisions about test workers, as pure functions (app.ts only carries them out).
 *
 * The warm worker keeps what the learner's code left behind (a global, a patched prototype), so:
 * a kata the warm worker has not just been running gets a fresh worker; a first pass, which marks
 * the kata done, is confirmed in a fresh worker; an error is shown only once a fresh worker agrees,
 * unless it was decided before any learner code ran.
 */
export function needsFreshWorker(kataId: string, warmWorkerRan: string | undefined): boolean {
  return warmWorkerRan !== kataId;
}

export type FollowUp = "confirm-pass" | "confirm-error" | undefined;

export function followUpRun(result: KataResult, ranFresh: boolean, alreadyDone: boolean): FollowUp {
  if (ranFresh) return undefined;
  if (result.status === "pass" && !alreadyDone) return "confirm-pass";
  if (result.status === "error" && !decidedBeforeRun(result.message)) return "confirm-error";
  return undefined;
}
