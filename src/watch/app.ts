import path from "node:path";
import pc from "picocolors";
import type { Catalog, Kata } from "../catalog/catalog.ts";
import type { Progress } from "../progress/schema.ts";
import { mergeProgress, type ProgressStore } from "../progress/store.ts";
import type { RunnerClient } from "../runner/client/client.ts";
import { listenForKeys } from "../terminal/keys.ts";
import { spawnSync } from "node:child_process";
import { chosenEditor, ensureNote, notePath } from "../journey/notes.ts";
import { hyperlink, supportsHyperlinks } from "../terminal/links.ts";
import { Screen } from "../terminal/screen.ts";
import { resetKata } from "../workspace/reset.ts";
import { pollingAdvice, watchExercises } from "./file-watch.ts";
import { renderScreen } from "./render.ts";
import { RunScheduler } from "./run-scheduler.ts";
import { prefersFreshWorker } from "./run-plan.ts";
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

  const scheduler = new RunScheduler({
    currentKata: () => currentKata(state),
    readExercise: (kata) => readTextOrUndefined(exercisePath(kata)),
    run: (kata, run) => {
      // The next kata in order is where a pass leads: the runner gets ready for it (a database).
      const next = state.catalog.katas[kata.index + 1];
      const preferFreshWorker = prefersFreshWorker(isDone(state, kata.id));
      return runner.run(kata, { ...run, preferFreshWorker, ...(next ? { next } : {}) });
    },
    onStart: (runId) => dispatch({ type: "run-started", runId, at: new Date() }),
    onUpdate: (update, source) => dispatch({ type: "run-update", update, source, at: new Date() }),
  });

  /** Carries out one effect; what it leads to comes back as events (`caused`), handled next. */
  const perform = (effect: Effect, caused: (event: AppEvent) => void): void => {
    switch (effect.type) {
      case "run":
        void scheduler.request(effect.freshWorker);
        return;
      case "save-progress":
        try {
          // Merged with what is on disk: another terminal may have passed a kata or shown a hint.
          caused({ type: "progress-saved", progress: store.update((onDisk) => mergeProgress(onDisk, state.progress, effect.undone)) });
        } catch (error) {
          caused({ type: "notice", notice: { kind: "warning", text: `could not save progress: ${(error as Error).message}` } });
        }
        return;
      case "load-test-source": {
        const source = readTextOrUndefined(path.join(root, currentKata(state).test));
        if (source !== undefined) caused({ type: "test-source-loaded", source });
        return;
      }
      case "reset": {
        const kata = state.catalog.katas.find((k) => k.id === effect.kataId);
        if (!kata) return;
        try {
          const outcome = resetKata(root, kata);
          caused({ type: "reset-done", kataId: kata.id, attemptSavedAs: outcome.attemptSavedAs });
        } catch (error) {
          caused({ type: "reset-failed", kataId: kata.id, message: (error as Error).message });
        }
        return;
      }
      case "check-all":
        void scheduler.exclusive(async () => {
          const results = [];
          for (const kata of state.catalog.katas) {
            // Each kata in a worker no other kata's code has touched (see gradeKatas).
            results.push(await runner.grade(kata, { freshWorker: true }));
            dispatch({ type: "check-progress", done: results.length });
          }
          dispatch({ type: "check-finished", results, at: new Date() });
        });
        return;
      case "edit-note": {
        const kata = state.catalog.katas.find((k) => k.id === effect.kataId);
        if (kata) caused({ type: "notice", notice: editNote(kata) });
        return;
      }
      case "quit":
        finish();
        return;
    }
  };

  /** Opens the kata's note in the learner's editor, which gets the terminal until it exits. */
  const editNote = (kata: Kata): Notice => {
    const editor = chosenEditor(process.env);
    const relative = notePath(kata.id);
    if (!editor) return { kind: "warning", text: `Set $EDITOR (or $VISUAL) to write notes from here, e.g. export EDITOR=nano; the note is ${relative}.` };
    try {
      const file = ensureNote(root, kata);
      screen.restore();
      const result = spawnSync(`${editor} ${JSON.stringify(file)}`, { shell: true, stdio: "inherit" });
      return result.status === 0
        ? { kind: "info", text: `Note saved in ${relative}. \`npm run learn -- journal\` gathers all your notes.` }
        : { kind: "warning", text: `The editor (${editor}) exited with ${result.status ?? result.signal ?? result.error?.message}; your note is ${relative}.` };
    } catch (error) {
      return { kind: "warning", text: `Could not open the note ${relative}: ${(error as Error).message}` };
    } finally {
      screen.enter();
    }
  };

  // One queue for every event, whoever sends it (a key, the watcher, the runner, an effect): each
  // is handled to the end, and the events its effects cause come right after it, before the next
  // one queued. Nothing is handled inside another event's handling.
  const queue: AppEvent[] = [];
  let draining = false;
  function dispatch(event: AppEvent): void {
    queue.push(event);
    if (draining) return;
    draining = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [after, effects] = update(state, next);
        state = after;
        const caused: AppEvent[] = [];
        for (const effect of effects) perform(effect, (event) => caused.push(event));
        queue.unshift(...caused);
      }
    } finally {
      draining = false;
    }
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
  const onSignal = () => dispatch({ type: "quit-requested" });
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
    dispatch({ type: "opened", reverify: options.reverifyAtStart ?? false });
    const hint = pollingAdvice(root, options.poll, readTextOrUndefined("/proc/version") ?? "");
    if (hint) dispatch({ type: "watch-failed", message: hint });
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
