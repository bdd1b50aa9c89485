import type { KataResult } from "../results/result.ts";
import { decidedBeforeRun } from "../runner/explain.ts";
import type { WarmWorker } from "./state.ts";

/**
 * Watch mode's decisions about test workers, as pure functions (app.ts only carries them out).
 *
 * The warm worker keeps what the learner's code left behind (a global, a patched prototype), so:
 * a kata the warm worker has not just been running gets a fresh worker; a first pass, which marks
 * the kata done, is confirmed in a fresh worker; an error is shown only once a fresh worker agrees,
 * unless it was decided before any learner code ran.
 *
 * One exception keeps the solving save fast: the kata after a confirmed pass opens in that pass's
 * worker, which ran nothing but code that passed. Nothing is owed to it: the next kata's own
 * first pass and errors are still confirmed in a fresh worker.
 */
export function needsFreshWorker(kataId: string, warm: WarmWorker | undefined): boolean {
  if (!warm) return true;
  return warm.kataId !== kataId && !warm.onlyAConfirmedPass;
}

/**
 * A kata not yet done is graded in the runner's standby worker whenever one is ready: its pass
 * then needs no second, confirming run, which would cost the suite's whole time again.
 */
export function prefersFreshWorker(alreadyDone: boolean): boolean {
  return !alreadyDone;
}

export type FollowUp = "confirm-pass" | "confirm-error" | undefined;

export function followUpRun(result: KataResult, ranFresh: boolean, alreadyDone: boolean): FollowUp {
  if (ranFresh) return undefined;
  if (result.status === "pass" && !alreadyDone) return "confirm-pass";
  if (result.status === "error" && !decidedBeforeRun(result.message)) return "confirm-error";
  return undefined;
}
