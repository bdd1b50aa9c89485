import type { Progress } from "../progress/schema.ts";
import { applyResults, markDone, markUndone } from "../progress/store.ts";
import { journalOf, recordActivity, recordAttempt, recordPass, recordReset } from "../journey/journal.ts";
import { withTypeErrors, type KataResult, type TypeError_ } from "../results/result.ts";
import { currentKata, doneCount, hintsShown, isDone, nextUnfinished, type AppState } from "./state.ts";

/** What happened: a key, a save, a finished run… */
export type AppEvent =
  | { type: "key"; key: string }
  | { type: "file-changed"; source: string | undefined; at: Date }
  | { type: "run-started"; at: Date }
  | { type: "run-finished"; result: KataResult; at: Date; source: string | undefined }
  | { type: "types-finished"; kataId: string; contentHash: string | undefined; typeErrors: TypeError_[] }
  | { type: "test-source-loaded"; source: string }
  | { type: "reset-done"; kataId: string; attemptSavedAs: string | undefined }
  | { type: "reset-failed"; kataId: string; message: string }
  | { type: "check-progress"; done: number }
  | { type: "check-finished"; results: readonly KataResult[]; at: Date }
  | { type: "watch-failed"; message: string };

/** What the shell must do next. Kept as data so the update logic is pure and testable. */
export type Effect =
  | { type: "run" }
  /** `undone`: katas this step explicitly un-marked (a reset, a failing check); every other mark only grows. */
  | { type: "save-progress"; undone?: string[] }
  | { type: "load-test-source" }
  | { type: "reset"; kataId: string }
  | { type: "check-all" }
  /** Open the kata's note (notes/<id>.md) in the learner's editor. */
  | { type: "edit-note"; kataId: string }
  | { type: "quit" };

type Step = [AppState, Effect[]];

export function update(state: AppState, event: AppEvent): Step {
  switch (event.type) {
    case "key":
      return onKey(state, event.key);
    case "file-changed": {
      // The shown result belongs to older content now; drop it rather than show it as current.
      // A save is an attempt; it is written to disk with the next save of progress, not on every keystroke's save.
      const progress = recordAttempt(state.progress, currentKata(state).id, event.at);
      return [{ ...state, progress, exerciseSource: event.source, result: undefined }, [{ type: "run" }]];
    }
    case "run-started":
      // A run starts when a kata is opened as well as on a save: the kata's time starts with the first.
      return [{ ...state, running: true, result: undefined, progress: recordActivity(state.progress, currentKata(state).id, event.at) }, []];
    case "run-finished":
      return onRunFinished(state, event.result, event.source, event.at);
    case "types-finished": {
      // Only for the result on screen: same kata, same content, still waiting for its types.
      const shown = state.result;
      if (!shown?.typesPending || shown.kataId !== event.kataId || shown.contentHash !== event.contentHash) return [state, []];
      return [{ ...state, result: withTypeErrors(shown, event.typeErrors) }, []];
    }
    case "test-source-loaded":
      return [{ ...state, testSource: event.source, showTestSource: true }, []];
    case "reset-done": {
      const text = event.attemptSavedAs
        ? `${event.kataId} was reset to its starter. Your previous attempt is kept at ${event.attemptSavedAs}`
        : `${event.kataId} was reset to its starter.`;
      const progress = withCurrent(recordReset(markUndone(state.progress, event.kataId), event.kataId), currentKata(state).id);
      return [{ ...state, progress, notice: { kind: "info", text } }, [{ type: "save-progress", undone: [event.kataId] }, { type: "run" }]];
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
    testSource: undefined,
    showTestSource: false,
    exerciseSource: undefined,
    view: { kind: "kata" },
    progress: withCurrent(state.progress, kata.id),
  };
}

function onKey(state: AppState, key: string): Step {
  if (key === "ctrl-c") return [state, [{ type: "quit" }]];
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
      if (key === "q" || key === "escape") return [state, [{ type: "quit" }]];
      if (key === "l") return [{ ...state, view: { kind: "list" } }, []];
      return [state, []];
  }
}

function onKataKey(state: AppState, key: string): Step {
  const kata = currentKata(state);
  switch (key) {
    case "q":
      return [state, [{ type: "quit" }]];
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
      return [{ ...goTo(state, state.currentIndex - 1), notice: undefined }, [{ type: "save-progress" }, { type: "run" }]];
    case "w":
      return [{ ...state, notice: undefined }, [{ type: "edit-note", kataId: kata.id }]];
    case "s":
      return [{ ...state, view: { kind: "stats", returnTo: "kata" } }, []];
    case "n": {
      if (state.currentIndex >= state.catalog.katas.length - 1) return [state, []];
      if (!isDone(state, kata.id)) {
        return [{ ...state, notice: { kind: "info", text: "Finish this kata first (or pick any kata from the list with l)." } }, []];
      }
      return [{ ...goTo(state, state.currentIndex + 1), notice: undefined }, [{ type: "save-progress" }, { type: "run" }]];
    }
    case "c":
      return [{ ...state, checkAll: { done: 0, total: state.catalog.katas.length, final: false, stay: true }, notice: undefined }, [{ type: "check-all" }]];
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
      return [{ ...goTo(state, state.listCursor), notice: undefined }, [{ type: "save-progress" }, { type: "run" }]];
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

function onRunFinished(state: AppState, result: KataResult, source: string | undefined, at: Date): Step {
  const kata = currentKata(state);
  if (result.kataId !== kata.id) return [state, []]; // a late result for a kata the learner left
  const next: AppState = { ...state, running: false, result, exerciseSource: source };
  if (result.status !== "pass" || isDone(state, kata.id)) return [next, []];
  // A first pass: record it, then move on to the next unfinished kata.
  const progress = recordPass(markDone(state.progress, kata.id, at), kata.id, at);
  const journal = journalOf(progress, kata.id);
  const nextIndex = nextUnfinished(state.catalog, progress, state.currentIndex + 1);
  if (nextIndex === undefined) {
    // Every kata is marked done: re-check them all before congratulating.
    const total = state.catalog.katas.length;
    return [{ ...next, progress, checkAll: { done: 0, total, final: true } }, [{ type: "save-progress" }, { type: "check-all" }]];
  }
  const advanced = goTo({ ...next, progress }, nextIndex);
  const notice = {
    kind: "passed",
    kataId: kata.id,
    solution: kata.solution,
    advancedTo: advanced.catalog.katas[nextIndex]?.id,
    attempts: journal.passedAfterAttempts ?? journal.attempts,
    activeMs: journal.passedAfterMs ?? journal.activeMs,
  } as const;
  return [{ ...advanced, notice }, [{ type: "save-progress" }, { type: "run" }]];
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
  return [{ ...moved, notice: { kind: failed.length ? "warning" : "info", text } }, [save, { type: "run" }]];
}
