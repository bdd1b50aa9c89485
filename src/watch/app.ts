import path from "node:path";
import pc from "picocolors";
import type { Catalog, Kata } from "../catalog/catalog.ts";
import type { Progress } from "../progress/schema.ts";
import { mergeProgress, type ProgressStore } from "../progress/store.ts";
import type { KataResult, TypeError_ } from "../results/result.ts";
import type { RunnerClient } from "../runner/client/client.ts";
import { listenForKeys } from "../terminal/keys.ts";
import { followUpRun, needsFreshWorker } from "./run-plan.ts";
import { spawnSync } from "node:child_process";
import { chosenEditor, ensureNote, notePath } from "../journey/notes.ts";
import { hyperlink, supportsHyperlinks } from "../terminal/links.ts";
import { Screen } from "../terminal/screen.ts";
import { resetKata } from "../workspace/reset.ts";
import { pollingAdvice, watchExercises } from "./file-watch.ts";
import { renderScreen } from "./render.ts";
import { RunScheduler } from "./run-scheduler.ts";
import { currentKata, initialState, isDone, quitSummary, type AppState, type Notice } from "./state.ts";
import { update, type AppEvent, type Effect } from "./update.ts";
import { readTextOrUndefined } from "../util/read-text.ts";

export interface WatchOptions {
  root: string;
  catalog: Catalog;
  store: ProgressStore;
  /** As loaded (or recovered) by the entry point. */
  progress: Progress;
  /** Usually already starting: the entry point starts it before loading watch mode. */
  runner: RunnerClient;
  poll: boolean;
  /** Shown once at the top, e.g. that a corrupt progress file was set aside. */
  startNotice?: Notice;
  /** Katas to re-verify at start (a recovered progress file is rebuilt this way). */
  reverifyAtStart?: boolean;
}

/** Watch mode: the I/O shell around update() and renderScreen(). Resolves when the learner quits. */
export async function runWatch(options: WatchOptions): Promise<void> {
  const { root, store } = options;
  let state: AppState = initialState(options.catalog, options.progress, options.startNotice);
  const screen = new Screen(process.stdin, process.stdout);
  const links = supportsHyperlinks(process.env, Boolean(process.stdout.isTTY));
  const { runner } = options;
  const exercisePath = (kata: Kata) => path.join(root, kata.exercise);

  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const draw = () =>
    screen.draw(
      renderScreen(state, {
        root,
        columns: screen.columns,
        rows: screen.rows,
        colors: pc,
        link: links ? hyperlink : (text) => text,
        now: new Date(),
      }),
    );

  // The kata whose code the runner's warm test worker last ran. Any other kata, or the same one
  // after a reset, gets a fresh worker: what an earlier kata's code changed must not grade this one.
  let warmWorkerRan: string | undefined;
  const scheduler = new RunScheduler({
    currentKata: () => currentKata(state),
    readExercise: (kata) => readTextOrUndefined(exercisePath(kata)),
    run: async (kata) => {
      const onTypes = (typeErrors: TypeError_[], result: KataResult) =>
        dispatch({ type: "types-finished", kataId: result.kataId, contentHash: result.contentHash, typeErrors });
      const freshWorker = needsFreshWorker(kata.id, warmWorkerRan);
      warmWorkerRan = kata.id;
      // The next kata in order is where a pass leads: the runner gets ready for it (a database).
      const next = state.catalog.katas[kata.index + 1];
      const options = { onTypes, ...(next ? { next } : {}) };
      const result = await runner.run(kata, { ...options, freshWorker });
      // Confirmed in a fresh worker (run-plan.ts says when): ≈0.2 s on the standby, once per kata.
      return followUpRun(result, freshWorker, isDone(state, kata.id)) ? runner.run(kata, { ...options, freshWorker: true }) : result;
    },
    onStart: () => dispatch({ type: "run-started", at: new Date() }),
    onResult: (result, source) => dispatch({ type: "run-finished", result, at: new Date(), source }),
  });

  const perform = (effect: Effect): void => {
    switch (effect.type) {
      case "run":
        void scheduler.request();
        return;
      case "save-progress":
        try {
          // Merged with what is on disk: another terminal may have passed a kata or shown a hint.
          state = { ...state, progress: store.update((onDisk) => mergeProgress(onDisk, state.progress, effect.undone)) };
        } catch (error) {
          state = { ...state, notice: { kind: "warning", text: `could not save progress: ${(error as Error).message}` } };
        }
        return;
      case "load-test-source": {
        const source = readTextOrUndefined(path.join(root, currentKata(state).test));
        if (source !== undefined) dispatch({ type: "test-source-loaded", source });
        return;
      }
      case "reset": {
        const kata = state.catalog.katas.find((k) => k.id === effect.kataId);
        if (!kata) return;
        try {
          const outcome = resetKata(root, kata);
          warmWorkerRan = undefined;
          dispatch({ type: "reset-done", kataId: kata.id, attemptSavedAs: outcome.attemptSavedAs });
        } catch (error) {
          dispatch({ type: "reset-failed", kataId: kata.id, message: (error as Error).message });
        }
        return;
      }
      case "check-all":
        void scheduler.exclusive(async () => {
          warmWorkerRan = undefined; // it is about to run every kata
          const results = [];
          for (const kata of state.catalog.katas) {
            // Each kata in a worker no other kata's code has touched (see gradeKatas).
            results.push(await runner.run(kata, { freshWorker: true }));
            dispatch({ type: "check-progress", done: results.length });
          }
          dispatch({ type: "check-finished", results, at: new Date() });
        });
        return;
      case "edit-note": {
        const kata = state.catalog.katas.find((k) => k.id === effect.kataId);
        if (!kata) return;
        const editor = chosenEditor(process.env);
        const relative = notePath(kata.id);
        if (!editor) {
          state = { ...state, notice: { kind: "warning", text: `Set $EDITOR (or $VISUAL) to write notes from here, e.g. export EDITOR=nano; the note is ${relative}.` } };
          return;
        }
        try {
          const file = ensureNote(root, kata);
          // The editor needs the terminal: give it back, wait for the editor, then take it again.
          screen.restore();
          const result = spawnSync(`${editor} ${JSON.stringify(file)}`, { shell: true, stdio: "inherit" });
          screen.enter();
          state = {
            ...state,
            notice:
              result.status === 0
                ? { kind: "info", text: `Note saved in ${relative}. \`npm run learn -- journal\` gathers all your notes.` }
                : { kind: "warning", text: `The editor (${editor}) exited with ${result.status ?? result.signal ?? result.error?.message}; your note is ${relative}.` },
          };
        } catch (error) {
          screen.enter();
          state = { ...state, notice: { kind: "warning", text: `Could not open the note ${relative}: ${(error as Error).message}` } };
        }
        return;
      }
      case "quit":
        // The journal of this session's saves (attempts, time) is written with the next save of
        // progress, not on every save of the file: make sure that happens before leaving.
        perform({ type: "save-progress" });
        finish();
        return;
    }
  };

  function dispatch(event: AppEvent): void {
    const [next, effects] = update(state, event);
    state = next;
    for (const effect of effects) perform(effect);
    draw();
  }

  let debounce: NodeJS.Timeout | undefined;
  const watcher = watchExercises(
    root,
    options.poll,
    (file) => {
      if (file !== exercisePath(currentKata(state))) return;
      clearTimeout(debounce);
      // Rapid saves (format-on-save, save-all) coalesce into one run.
      debounce = setTimeout(() => dispatch({ type: "file-changed", source: readTextOrUndefined(exercisePath(currentKata(state))), at: new Date() }), 30);
    },
    (message) => dispatch({ type: "watch-failed", message }),
  );

  const onResize = () => draw();
  const onSignal = () => perform({ type: "quit" });
  const SIGNALS = ["SIGTERM", "SIGHUP", "SIGINT"] as const;

  // Whatever ends the process (a crash included), the learner's terminal is given back.
  const restoreOnExit = () => screen.restore();
  screen.enter();
  process.once("exit", restoreOnExit);
  const stopKeys = listenForKeys(process.stdin, (key) => dispatch({ type: "key", key }));
  process.stdout.on("resize", onResize);
  // Handled until the very end: a second signal while the runner shuts down must not kill the
  // grader halfway (it would leave progress unsaved or the host running).
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    draw();
    if (options.reverifyAtStart) {
      state = { ...state, checkAll: { done: 0, total: state.catalog.katas.length, final: false } };
      perform({ type: "check-all" });
    } else {
      void scheduler.request();
    }
    const hint = pollingAdvice(root, options.poll, readTextOrUndefined("/proc/version") ?? "");
    if (hint) dispatch({ type: "watch-failed", message: hint });
    perform({ type: "save-progress" });
    await finished;
  } finally {
    stopKeys();
    process.stdout.off("resize", onResize);
    clearTimeout(debounce);
    screen.restore();
    process.off("exit", restoreOnExit);
    process.stdout.write(`${quitSummary(state)}\n`);
    await Promise.allSettled([watcher.close(), runner.close()]);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}
