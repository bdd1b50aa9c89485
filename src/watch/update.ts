import type { Progress } from "../progress/schema.ts";
import { applyResults, markDone, markUndone } from "../progress/store.ts";
import { journalOf, recordActivity, recordAttempt, recordPass, recordReset } from "../journey/journal.ts";
import type { KataResult } from "../results/result.ts";
import type { RunUpdate } from "../runner/client/run-stream.ts";
import { followUpRun, needsFreshWorker } from "./run-plan.ts";
import { currentKata, doneCount, hintsShown, isDone, nextUnfinished, type AppState, type Notice } from "./state.ts";

/** What happened: a key, a save, a run's update… */
export type AppEvent =
  /** Watch mode has opened: grade the current kata, or re-verify every kata a lost progress file marked done. */
  | { type: "opened"; reverify: boolean }
  | { type: "key"; key: string }
  /** A signal (SIGTERM, SIGHUP, SIGINT) asks the grader to stop. */
  | { type: "quit-requested" }
  | { type: "file-changed"; source: string | undefined; at: Date }
  | { type: "run-started"; runId: number; at: Date }
  /** `source`: the content the run graded. */
  | { type: "run-update"; update: RunUpdate; at: Date; source: string | undefined }
  /** Progress as written to disk, merged with what another terminal wrote there. */
  | { type: "progress-saved"; progress: Progress }
  | { type: "notice"; notice: Notice }
  | { type: "test-source-loaded"; source: string }
  | { type: "reset-done"; kataId: string; attemptSavedAs: string | undefined }
  | { type: "reset-failed"; kataId: string; message: string }
  | { type: "check-progress"; done: number }
  | { type: "check-finished"; results: readonly KataResult[]; at: Date }
  | { type: "watch-failed"; message: string };

/** What the shell must do next. Kept as data so the update logic is pure and testable. */
export type Effect =
  /** Grade the current kata (coalesced with any run in flight); `freshWorker`: in a worker no earlier code ran in. */
  | { type: "run"; freshWorker: boolean }
  /** `undone`: katas this step explicitly un-marked (a reset, a failing check); every other mark only grows. */
  | { type: "save-progress"; undone?: string[] }
  | { type: "load-test-source" }
  | { type: "reset"; kataId: string }
  | { type: "check-all" }
  /** Open the kata's note (notes/<id>.md) in the learner's editor. */
  | { type: "edit-note"; kataId: string }
  /** Leave watch mode (progress is saved by the save-progress effect before it). */
  | { type: "quit" };

type Step = [AppState, Effect[]];

/** Leaving always saves first: the journal of this session's saves is written with progress. */
const QUIT: Effect[] = [{ type: "save-progress" }, { type: "quit" }];

export function update(state: AppState, event: AppEvent): Step {
  switch (event.type) {
    case "opened": {
      if (event.reverify) return withEffects(checkAll(state, { final: false }), [{ type: "save-progress" }]);
      const [next, effects] = runCurrent(state);
      return [next, [...effects, { type: "save-progress" }]];
    }
    case "key":
      return onKey(state, event.key);
    case "quit-requested":
      return [state, QUIT];
    case "file-changed": {
      // The shown result belongs to older content now; drop it rather than show it as current.
      // A save is an attempt; it is written to disk with the next save of progress, not on every keystroke's save.
      const progress = recordAttempt(state.progress, currentKata(state).id, event.at);
      return runCurrent({ ...state, progress, exerciseSource: event.source, result: undefined, checkingTypes: false });
    }
    case "run-started":
      // A run starts when a kata is opened as well as on a save: the kata's time starts with the first.
      return [
        { ...state, running: true, runId: event.runId, result: undefined, checkingTypes: false, progress: recordActivity(state.progress, currentKata(state).id, event.at) },
        [],
      ];
    case "run-update":
      return onRunUpdate(state, event.update, event.source, event.at);
    case "progress-saved":
      return [{ ...state, progress: event.progress }, []];
    case "notice":
      return [{ ...state, notice: event.notice }, []];
    case "test-source-loaded":
      return [{ ...state, testSource: event.source, showTestSource: true }, []];
    case "reset-done": {
      const text = event.attemptSavedAs
        ? `${event.kataId} was reset to its starter. Your previous attempt is kept at ${event.attemptSavedAs}`
        : `${event.kataId} was reset to its starter.`;
      const progress = withCurrent(recordReset(markUndone(state.progress, event.kataId), event.kataId), currentKata(state).id);
      // The warm worker ran the old code: the reset kata starts over in a fresh one.
      const [next, run] = runCurrent({ ...state, progress, notice: { kind: "info", text }, warmWorker: undefined });
      return [next, [{ type: "save-progress", undone: [event.kataId] }, ...run]];
    }
    case "reset-failed":
      return [{ ...state, notice: { kind: "warning", text: `Could not reset ${event.kataId}: ${event.message}` } }, []];
    case "check-progress":
      return state.checkAll ? [{ ...state, checkAll: { ...state.checkAll, done: event.done } }, []] : [state, []];
    case "check-finished":
      return onCheckFinished(state, event.results, event.at);
    case "watch-failed":
      return [{ ...state, watchWarning: event.message }, []];
  }
}

function withEffects([state, effects]: Step, more: Effect[]): Step {
  return [state, [...effects, ...more]];
}

/** Grade the current kata, in a fresh worker unless the warm one may run it (run-plan.ts). */
function runCurrent(state: AppState): Step {
  const kataId = currentKata(state).id;
  const freshWorker = needsFreshWorker(kataId, state.warmWorker);
  return [{ ...state, warmWorker: { kataId, onlyAConfirmedPass: false } }, [{ type: "run", freshWorker }]];
}

/** Grade every kata, each in a fresh worker; the warm worker is left holding the last kata's code. */
function checkAll(state: AppState, how: { final: boolean; stay?: boolean }): Step {
  const total = state.catalog.katas.length;
  const checkAllState = { done: 0, total, final: how.final, ...(how.stay ? { stay: true } : {}) };
  return [{ ...state, checkAll: checkAllState, warmWorker: undefined }, [{ type: "check-all" }]];
}

function withCurrent(progress: Progress, kataId: string): Progress {
  return progress.current === kataId ? progress : { ...progress, current: kataId };
}

function goTo(state: AppState, index: number): AppState {
  const kata = state.catalog.katas[index];
  if (!kata) return state;
  return {
    ...state,
    currentIndex: index,
    listCursor: index,
    result: undefined,
    checkingTypes: false,
    testSource: undefined,
    showTestSource: false,
    exerciseSource: undefined,
    view: { kind: "kata" },
    progress: withCurrent(state.progress, kata.id),
  };
}

/** The learner opens another kata (p, n, the list): it is saved as current and graded. */
function openKata(state: AppState, index: number): Step {
  const [next, run] = runCurrent({ ...goTo(state, index), notice: undefined });
  return [next, [{ type: "save-progress" }, ...run]];
}

function onKey(state: AppState, key: string): Step {
  if (key === "ctrl-c") return [state, QUIT];
  if (state.checkAll) return [state, []]; // keys wait while every kata is being checked
  switch (state.view.kind) {
    case "kata":
      return onKataKey(state, key);
    case "list":
      return onListKey(state, key);
    case "confirm-reset":
      return onConfirmKey(state, key, state.view);
    case "stats":
      if (key === "s" || key === "escape" || key === "q") return [{ ...state, view: { kind: state.view.returnTo } }, []];
      return [state, []];
    case "finished":
      if (key === "q" || key === "escape") return [state, QUIT];
      if (key === "l") return [{ ...state, view: { kind: "list" } }, []];
      return [state, []];
  }
}

function onKataKey(state: AppState, key: string): Step {
  const kata = currentKata(state);
  switch (key) {
    case "q":
      return [state, QUIT];
    case "h": {
      const shown = hintsShown(state, kata.id);
      if (shown >= kata.hints.length) {
        return [{ ...state, notice: { kind: "info", text: "That was the last hint. Stuck? Press t to read the failing hidden test." } }, []];
      }
      const progress = { ...state.progress, hintsShown: { ...state.progress.hintsShown, [kata.id]: shown + 1 } };
      return [{ ...state, progress, notice: undefined }, [{ type: "save-progress" }]];
    }
    case "t":
      if (state.showTestSource) return [{ ...state, showTestSource: false }, []];
      return [state, [{ type: "load-test-source" }]];
    case "l":
      return [{ ...state, view: { kind: "list" }, listCursor: state.currentIndex }, []];
    case "r":
      return [{ ...state, view: { kind: "confirm-reset", kataId: kata.id, returnTo: "kata" } }, []];
    case "p":
      if (state.currentIndex === 0) return [{ ...state, notice: { kind: "info", text: "This is the first kata." } }, []];
      return openKata(state, state.currentIndex - 1);
    case "w":
      return [{ ...state, notice: undefined }, [{ type: "edit-note", kataId: kata.id }]];
    case "s":
      return [{ ...state, view: { kind: "stats", returnTo: "kata" } }, []];
    case "n": {
      if (state.currentIndex >= state.catalog.katas.length - 1) return [state, []];
      if (!isDone(state, kata.id)) {
        return [{ ...state, notice: { kind: "info", text: "Finish this kata first (or pick any kata from the list with l)." } }, []];
      }
      return openKata(state, state.currentIndex + 1);
    }
    case "c":
      return checkAll({ ...state, notice: undefined }, { final: false, stay: true });
    default:
      return [state, []];
  }
}

function onListKey(state: AppState, key: string): Step {
  const last = state.catalog.katas.length - 1;
  switch (key) {
    case "up":
    case "k":
      return [{ ...state, listCursor: Math.max(0, state.listCursor - 1) }, []];
    case "down":
    case "j":
      return [{ ...state, listCursor: Math.min(last, state.listCursor + 1) }, []];
    case "enter":
      if (state.listCursor === state.currentIndex) return [{ ...state, view: { kind: "kata" } }, []];
      return openKata(state, state.listCursor);
    case "r": {
      const kata = state.catalog.katas[state.listCursor];
      return kata ? [{ ...state, view: { kind: "confirm-reset", kataId: kata.id, returnTo: "list" } }, []] : [state, []];
    }
    case "escape":
    case "q":
      return [{ ...state, view: { kind: "kata" } }, []];
    default:
      return [state, []];
  }
}

function onConfirmKey(state: AppState, key: string, view: Extract<AppState["view"], { kind: "confirm-reset" }>): Step {
  if (key === "y") return [{ ...state, view: { kind: view.returnTo } }, [{ type: "reset", kataId: view.kataId }]];
  if (key === "n" || key === "escape" || key === "q") {
    return [{ ...state, view: { kind: view.returnTo }, notice: { kind: "info", text: "Reset cancelled: nothing was changed." } }, []];
  }
  return [state, []];
}

function onRunUpdate(state: AppState, update: RunUpdate, source: string | undefined, at: Date): Step {
  const { result } = update;
  // Only the latest run's updates count: an earlier run's are for content or a kata left behind.
  if (update.runId !== state.runId || result.kataId !== currentKata(state).id) return [state, []];
  // The final update of a result already on screen: its type errors have arrived.
  if (state.result) return [{ ...state, result, checkingTypes: !update.final }, []];
  const followUp = followUpRun(result, update.freshWorker, isDone(state, result.kataId));
  if (followUp) {
    // Not shown yet: a first pass, or an error, is only believed once a fresh worker agrees.
    // The screen keeps saying the tests are running; this run's later updates no longer count.
    const warmWorker = { kataId: result.kataId, onlyAConfirmedPass: false };
    return [{ ...state, runId: undefined, warmWorker }, [{ type: "run", freshWorker: true }]];
  }
  if (!update.final) return [{ ...state, running: false, result, exerciseSource: source, checkingTypes: true }, []];
  return onRunFinished(state, result, source, at);
}

function onRunFinished(state: AppState, result: KataResult, source: string | undefined, at: Date): Step {
  const kata = currentKata(state);
  const next: AppState = { ...state, running: false, result, exerciseSource: source, checkingTypes: false };
  if (result.status !== "pass" || isDone(state, kata.id)) return [next, []];
  // A first pass: record it, then move on to the next unfinished kata.
  const progress = recordPass(markDone(state.progress, kata.id, at), kata.id, at);
  const journal = journalOf(progress, kata.id);
  const nextIndex = nextUnfinished(state.catalog, progress, state.currentIndex + 1);
  if (nextIndex === undefined) {
    // Every kata is marked done: re-check them all before congratulating.
    const [checking, effects] = checkAll({ ...next, progress }, { final: true });
    return [checking, [{ type: "save-progress" }, ...effects]];
  }
  // A first pass reaches here only from a fresh worker (followUpRun), so the next kata may use it.
  const warmWorker = { kataId: kata.id, onlyAConfirmedPass: true };
  const [advanced, run] = runCurrent(goTo({ ...next, progress, warmWorker }, nextIndex));
  const notice = {
    kind: "passed",
    kataId: kata.id,
    solution: kata.solution,
    advancedTo: advanced.catalog.katas[nextIndex]?.id,
    attempts: journal.passedAfterAttempts ?? journal.attempts,
    activeMs: journal.passedAfterMs ?? journal.activeMs,
  } as const;
  return [{ ...advanced, notice }, [{ type: "save-progress" }, ...run]];
}

function onCheckFinished(state: AppState, results: readonly KataResult[], at: Date): Step {
  const progress = applyResults(state.progress, results, at);
  const failed = results.filter((result) => result.status !== "pass");
  const base: AppState = { ...state, progress, checkAll: undefined };
  const save: Effect = { type: "save-progress", undone: failed.map((result) => result.kataId) };
  if (failed.length === 0 && doneCount(base) === state.catalog.katas.length) {
    return [{ ...base, view: { kind: "finished" }, notice: undefined }, [save]];
  }
  // `c` leaves the learner where they are; the final re-check and the one that rebuilds lost
  // progress take them to the first kata that does not pass.
  const firstFailing = state.checkAll?.stay ? state.currentIndex : (nextUnfinished(state.catalog, progress, 0) ?? state.currentIndex);
  const text = failed.length
    ? `Checked every kata: ${results.length - failed.length} pass, ${failed.length} still to do (${failed.slice(0, 3).map((r) => r.kataId).join(", ")}${failed.length > 3 ? ", …" : ""}).`
    : `Checked every kata: all ${results.length} pass.`;
  const moved = firstFailing === state.currentIndex ? { ...base, result: undefined } : goTo(base, firstFailing);
  const [next, run] = runCurrent({ ...moved, notice: { kind: failed.length ? "warning" : "info", text } });
  return [next, [save, ...run]];
}
