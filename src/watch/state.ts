import type { Catalog, Kata } from "../catalog/catalog.ts";
import type { Progress } from "../progress/schema.ts";
import type { KataResult } from "../results/result.ts";

/** Everything the watch-mode screen shows. The screen is a pure function of this (render.ts). */
export interface AppState {
  readonly catalog: Catalog;
  readonly progress: Progress;
  readonly currentIndex: number;
  readonly view: View;
  /** The current kata's suite is running. */
  readonly running: boolean;
  /** The run whose updates the screen takes (the latest one started); any other run's are ignored. */
  readonly runId: number | undefined;
  /** The latest result for the current kata's current content (never an older save's). */
  readonly result: KataResult | undefined;
  /** The result shown is not final: its tests fail, and its type errors are still being checked. */
  readonly checkingTypes: boolean;
  /**
   * What the runner's warm test worker last ran. Another kata (or the same one after a reset, or
   * after check all) is run in a fresh worker, since what earlier code left behind (a patched
   * prototype, a global) must not grade it; except right after a pass confirmed in a fresh worker,
   * whose thread ran nothing but that passing code, so the next kata opens without a worker boot.
   */
  readonly warmWorker: WarmWorker | undefined;
  /** Source of the hidden test file, once the learner pressed `t`. */
  readonly testSource: string | undefined;
  readonly showTestSource: boolean;
  /** The learner's file text, for code frames. */
  readonly exerciseSource: string | undefined;
  /** A one-off message at the top: a pass, a reset, a recovered progress file. */
  readonly notice: Notice | undefined;
  readonly listCursor: number;
  readonly checkAll: CheckAllState | undefined;
  readonly watchWarning: string | undefined;
}

export interface WarmWorker {
  readonly kataId: string;
  /** The worker was fresh for this kata's run and that run was a confirmed pass. */
  readonly onlyAConfirmedPass: boolean;
}

export type View =
  | { kind: "kata" }
  | { kind: "list" }
  | { kind: "confirm-reset"; kataId: string; returnTo: "kata" | "list" }
  | { kind: "finished" }
  /** `s`: where the learner stands (the same figures as `npm run learn -- stats`). */
  | { kind: "stats"; returnTo: "kata" | "list" };

export type Notice =
  | { kind: "passed"; kataId: string; solution: string; advancedTo: string | undefined; attempts?: number; activeMs?: number }
  | { kind: "info"; text: string }
  | { kind: "warning"; text: string };

export interface CheckAllState {
  readonly done: number;
  readonly total: number;
  /** Started because every kata was marked done: congratulate only if all still pass. */
  readonly final: boolean;
  /** Asked for with `c`: the learner stays on the kata they are on, whatever the check finds. */
  readonly stay?: boolean;
}

export function currentKata(state: AppState): Kata {
  const kata = state.catalog.katas[state.currentIndex];
  if (!kata) throw new Error(`no kata at index ${state.currentIndex}`);
  return kata;
}

export function isDone(state: AppState, kataId: string): boolean {
  return Boolean(state.progress.done[kataId]);
}

export function doneCount(state: Pick<AppState, "catalog" | "progress">): number {
  return state.catalog.katas.filter((kata) => state.progress.done[kata.id]).length;
}

export function hintsShown(state: AppState, kataId: string): number {
  return state.progress.hintsShown[kataId] ?? 0;
}

/** The first unfinished kata at or after `from`, wrapping around; undefined when all are done. */
export function nextUnfinished(catalog: Catalog, progress: Progress, from: number): number | undefined {
  const total = catalog.katas.length;
  for (let step = 0; step < total; step++) {
    const index = (from + step) % total;
    const kata = catalog.katas[index];
    if (kata && !progress.done[kata.id]) return index;
  }
  return undefined;
}

/** Where `npm run learn` starts: the saved kata if still unfinished, else the first unfinished one. */
export function startIndex(catalog: Catalog, progress: Progress): number {
  const saved = progress.current ? catalog.katas.findIndex((kata) => kata.id === progress.current) : -1;
  if (saved !== -1 && !progress.done[progress.current ?? ""]) return saved;
  return nextUnfinished(catalog, progress, 0) ?? 0;
}

export function initialState(catalog: Catalog, progress: Progress, notice?: Notice): AppState {
  const currentIndex = startIndex(catalog, progress);
  const current = catalog.katas[currentIndex]?.id;
  return {
    catalog,
    progress: current && progress.current !== current ? { ...progress, current } : progress,
    currentIndex,
    view: { kind: "kata" },
    running: false,
    runId: undefined,
    result: undefined,
    checkingTypes: false,
    warmWorker: undefined,
    testSource: undefined,
    showTestSource: false,
    exerciseSource: undefined,
    notice,
    listCursor: currentIndex,
    checkAll: undefined,
    watchWarning: undefined,
  };
}

/** The line left in the shell after `q`, so the learner knows where they stand. Pure. */
export function quitSummary(state: Pick<AppState, "catalog" | "progress" | "currentIndex">): string {
  const total = state.catalog.katas.length;
  const next = nextUnfinished(state.catalog, state.progress, state.currentIndex);
  const where = next === undefined ? "every kata passes" : `next: ${state.catalog.katas[next]?.id}`;
  return `${doneCount(state)}/${total} done · ${where}`;
}
