import { describe, expect, it } from "vitest";
import type { Progress } from "../../src/progress/schema.ts";
import type { KataResult } from "../../src/results/result.ts";
import type { RunUpdate } from "../../src/runner/client/run-stream.ts";
import { initialState, type AppState } from "../../src/watch/state.ts";
import { update, type AppEvent, type Effect } from "../../src/watch/update.ts";
import { kataResult, makeCatalog, progressWith, THREE } from "./fixtures.ts";

const AT = new Date("2026-03-04T05:06:07.000Z");
const RUN = 7;

/** A watch-mode state on the three-kata fixture catalog, at the kata with `at` (default: where it would start). */
function stateAt(options: { done?: readonly string[]; at?: string; progress?: Partial<Progress>; ids?: readonly string[] } = {}): AppState {
  const catalog = makeCatalog(options.ids ?? THREE);
  // As if run RUN had started: its updates are the ones the screen takes.
  const state = { ...initialState(catalog, progressWith(options.done ?? [], options.progress ?? {})), runId: RUN };
  if (options.at === undefined) return state;
  const index = catalog.katas.findIndex((k) => k.id === options.at);
  if (index === -1) throw new Error(`no kata ${options.at}`);
  return { ...state, currentIndex: index, listCursor: index };
}

const currentId = (state: AppState): string | undefined => state.catalog.katas[state.currentIndex]?.id;

function send(state: AppState, ...events: AppEvent[]): [AppState, Effect[]] {
  let effects: Effect[] = [];
  for (const event of events) [state, effects] = update(state, event);
  return [state, effects];
}

const key = (name: string): AppEvent => ({ type: "key", key: name });
const keys = (...names: string[]): AppEvent[] => names.map(key);
/** Leaving saves progress first. */
const QUIT: Effect[] = [{ type: "save-progress" }, { type: "quit" }];

/** An update of run `runId` (by default the run the state waits for, in a fresh worker, final). */
function finished(result: KataResult, source: string | undefined = "source", how: Partial<Omit<RunUpdate, "result">> & { at?: Date } = {}): AppEvent {
  const { at = AT, ...update } = how;
  return { type: "run-update", update: { runId: RUN, final: true, freshWorker: true, ...update, result }, at, source };
}

describe("a run's updates", () => {
  const typeError = { line: 2, column: 3, code: 2322, message: "no" };

  it("show a failing result at once, say its types are still being checked, and complete it with the final update", () => {
    const [shown] = send(stateAt({ at: "a/one" }), finished(kataResult("a/one", "fail"), "v1", { final: false }));
    expect(shown.result?.status).toBe("fail");
    expect(shown.checkingTypes).toBe(true);
    expect(shown.running).toBe(false);
    const [complete] = send(shown, finished(kataResult("a/one", "fail", { typeErrors: [typeError] }), "v1"));
    expect(complete.result?.typeErrors).toEqual([typeError]);
    expect(complete.checkingTypes).toBe(false);
  });

  it("of an earlier run are ignored once another has started", () => {
    const [shown] = send(stateAt({ at: "a/one" }), finished(kataResult("a/one", "fail"), "v1", { final: false }));
    const [restarted] = send(shown, { type: "run-started", runId: RUN + 1, at: AT });
    const [state, effects] = send(restarted, finished(kataResult("a/one", "pass"), "v1"));
    expect(state).toBe(restarted);
    expect(effects).toEqual([]);
  });

  it("do not mark a first pass done until a fresh worker confirms it", () => {
    const start = { ...stateAt({ at: "a/one" }), running: true, warmWorker: { kataId: "a/one", onlyAConfirmedPass: false } };
    const [confirming, effects] = send(start, finished(kataResult("a/one", "pass"), "v1", { freshWorker: false }));
    expect(confirming.progress.done).toEqual({});
    expect(confirming.running).toBe(true);
    expect(confirming.result).toBeUndefined();
    expect(effects).toEqual([{ type: "run", freshWorker: true }]);
    // The confirming run's pass is believed.
    const [passed] = send(confirming, { type: "run-started", runId: RUN + 1, at: AT }, finished(kataResult("a/one", "pass"), "v1", { runId: RUN + 1 }));
    expect(passed.progress.done).toEqual({ "a/one": AT.toISOString() });
  });

  it("re-run an error from the warm worker in a fresh one before showing it", () => {
    const start = { ...stateAt({ at: "a/one" }), running: true, warmWorker: { kataId: "a/one", onlyAConfirmedPass: false } };
    const error = kataResult("a/one", "error", { message: "Execution stack is empty, this should never happen" });
    const [state, effects] = send(start, finished(error, "v1", { freshWorker: false, final: false }));
    expect(state.result).toBeUndefined();
    expect(effects).toEqual([{ type: "run", freshWorker: true }]);
    // This run's later update no longer counts.
    expect(send(state, finished(error, "v1", { freshWorker: false }))[0]).toBe(state);
  });

  it("show a failure from the warm worker as it is", () => {
    const start = { ...stateAt({ at: "a/one" }), running: true, warmWorker: { kataId: "a/one", onlyAConfirmedPass: false } };
    const [state, effects] = send(start, finished(kataResult("a/one", "fail"), "v1", { freshWorker: false }));
    expect(state.result?.status).toBe("fail");
    expect(effects).toEqual([]);
  });
});

describe("which worker a run asks for", () => {
  const save: AppEvent = { type: "file-changed", source: "v2", at: AT };

  it("the warm one for another save of the kata it last ran, a fresh one for another kata", () => {
    const [opened, first] = send(stateAt({ at: "a/one" }), { type: "opened", reverify: false });
    expect(first).toEqual([{ type: "run", freshWorker: true }, { type: "save-progress" }]);
    expect(send(opened, save)[1]).toEqual([{ type: "run", freshWorker: false }]);
    // The warm worker ran the learner's failing code for a/one: a/two must not inherit it.
    const [failed] = send(opened, save, { type: "run-started", runId: RUN, at: AT }, finished(kataResult("a/one", "fail"), "v2", { freshWorker: false }));
    expect(send(failed, key("l"), key("down"), key("enter"))[1]).toContainEqual({ type: "run", freshWorker: true });
  });

  it("after a pass confirmed in a fresh worker, that worker for the next kata; its own pass is still confirmed fresh", () => {
    const [warmPass] = send(stateAt({ at: "a/one" }), save, { type: "run-started", runId: RUN, at: AT }, finished(kataResult("a/one", "pass"), "v2", { freshWorker: false }));
    const [confirmed, effects] = send(warmPass, { type: "run-started", runId: RUN + 1, at: AT }, finished(kataResult("a/one", "pass"), "v2", { runId: RUN + 1 }));
    expect(currentId(confirmed)).toBe("a/two");
    // That worker ran nothing but code that passed: the next kata opens in it, with no worker to boot.
    expect(effects).toContainEqual({ type: "run", freshWorker: false });
    const [nextPass, confirm] = send(confirmed, { type: "run-started", runId: RUN + 2, at: AT }, finished(kataResult("a/two", "pass"), "v1", { runId: RUN + 2, freshWorker: false }));
    expect(nextPass.progress.done["a/two"]).toBeUndefined();
    expect(confirm).toEqual([{ type: "run", freshWorker: true }]);
    // Once the learner's own code for a/two ran there, going back to a/one needs a fresh worker again.
    const [edited] = send(confirmed, save);
    expect(send(edited, key("p"))[1]).toContainEqual({ type: "run", freshWorker: true });
  });

  it("a fresh one after a reset, and after every kata was checked", () => {
    const warm = { ...stateAt({ at: "a/one" }), warmWorker: { kataId: "a/one", onlyAConfirmedPass: true } };
    expect(send(warm, { type: "reset-done", kataId: "a/one", attemptSavedAs: undefined })[1]).toContainEqual({ type: "run", freshWorker: true });
    const [checking] = send(warm, key("c"));
    expect(checking.warmWorker).toBeUndefined();
    expect(send(checking, { type: "check-finished", results: [], at: AT })[1]).toContainEqual({ type: "run", freshWorker: true });
  });

  it("re-verifies every kata at start when asked, instead of one run", () => {
    const [state, effects] = send(stateAt(), { type: "opened", reverify: true });
    expect(effects).toEqual([{ type: "check-all" }, { type: "save-progress" }]);
    expect(state.checkAll).toMatchObject({ done: 0, total: 3, final: false });
  });
});

describe("a run finishing", () => {
  it("on a first pass marks the kata done, saves, advances to the next unfinished kata and runs it", () => {
    const start = { ...stateAt({ at: "a/one" }), running: true };
    const [state, effects] = send(start, finished(kataResult("a/one", "pass")));
    expect(state.progress.done).toEqual({ "a/one": AT.toISOString() });
    expect(currentId(state)).toBe("a/two");
    expect(state.progress.current).toBe("a/two");
    expect(state.notice).toMatchObject({ kind: "passed", kataId: "a/one", solution: "solutions/a/one.ts", advancedTo: "a/two" });
    expect(state.result).toBeUndefined();
    expect(state.view).toEqual({ kind: "kata" });
    // The pass came from a fresh worker, which the next kata may use (see "which worker a run asks for").
    expect(effects).toEqual([{ type: "save-progress" }, { type: "run", freshWorker: false }]);
  });

  it("skips katas already done when advancing", () => {
    const [state] = send(stateAt({ at: "a/one", done: ["a/two"] }), finished(kataResult("a/one", "pass")));
    expect(currentId(state)).toBe("b/three");
    expect(state.notice).toMatchObject({ kind: "passed", advancedTo: "b/three" });
  });

  it("wraps around to an earlier unfinished kata", () => {
    const [state] = send(stateAt({ at: "b/three", done: ["a/two"] }), finished(kataResult("b/three", "pass")));
    expect(currentId(state)).toBe("a/one");
  });

  it("on a pass of a kata already done shows the result and stays", () => {
    const start = { ...stateAt({ at: "a/two", done: ["a/two"] }), running: true };
    const result = kataResult("a/two", "pass");
    const [state, effects] = send(start, finished(result, "my code"));
    expect(currentId(state)).toBe("a/two");
    expect(state.result).toBe(result);
    expect(state.running).toBe(false);
    expect(state.exerciseSource).toBe("my code");
    expect(state.progress.done["a/two"]).toBe("2026-01-01T00:00:00.000Z");
    expect(effects).toEqual([]);
  });

  it("on a failure shows the result without saving or moving", () => {
    const result = kataResult("a/one", "fail");
    const [state, effects] = send({ ...stateAt(), running: true }, finished(result, "v1"));
    expect(state.result).toBe(result);
    expect(state.running).toBe(false);
    expect(state.exerciseSource).toBe("v1");
    expect(state.progress.done).toEqual({});
    expect(currentId(state)).toBe("a/one");
    expect(effects).toEqual([]);
  });

  it("ignores a result for a kata that is not the current one", () => {
    const start = { ...stateAt({ at: "a/one" }), running: true };
    const [state, effects] = send(start, finished(kataResult("a/two", "pass"), "the other kata's file"));
    expect(effects).toEqual([]);
    expect(currentId(state)).toBe("a/one");
    // Its file text must not leak into the current kata's code frames either.
    expect(state.exerciseSource).toBe(start.exerciseSource);
    expect(state.progress).toEqual(start.progress);
    expect(state.result).toBeUndefined();
    expect(state.notice).toBeUndefined();
  });

  it("on the last unfinished kata passing starts a final check of every kata", () => {
    const [state, effects] = send(stateAt({ at: "a/two", done: ["a/one", "b/three"] }), finished(kataResult("a/two", "pass")));
    expect(state.progress.done["a/two"]).toBe(AT.toISOString());
    expect(state.checkAll).toEqual({ done: 0, total: 3, final: true });
    expect(effects).toEqual([{ type: "save-progress" }, { type: "check-all" }]);
  });
});

describe("checking every kata", () => {
  const allDone = ["a/one", "a/two", "b/three"];

  it("counts progress while it runs, and ignores progress when no check is running", () => {
    const checking: AppState = { ...stateAt(), checkAll: { done: 0, total: 3, final: false } };
    expect(send(checking, { type: "check-progress", done: 2 })[0].checkAll).toEqual({ done: 2, total: 3, final: false });
    const idle = stateAt();
    expect(send(idle, { type: "check-progress", done: 2 })[0]).toBe(idle);
  });

  it("shows the finished view when every kata still passes", () => {
    const checking: AppState = { ...stateAt({ at: "a/two", done: allDone }), checkAll: { done: 3, total: 3, final: true } };
    const results = allDone.map((id) => kataResult(id, "pass"));
    const [state, effects] = send(checking, { type: "check-finished", results, at: AT });
    expect(state.view).toEqual({ kind: "finished" });
    expect(state.checkAll).toBeUndefined();
    expect(effects).toEqual([{ type: "save-progress", undone: [] }]);
  });

  it("marks failing katas undone, moves to the first unfinished one and warns which failed", () => {
    const checking: AppState = { ...stateAt({ at: "a/two", done: allDone }), checkAll: { done: 3, total: 3, final: true } };
    const results = [kataResult("a/one", "pass"), kataResult("a/two", "error"), kataResult("b/three", "fail")];
    const [state, effects] = send(checking, { type: "check-finished", results, at: AT });
    expect(Object.keys(state.progress.done)).toEqual(["a/one"]);
    expect(currentId(state)).toBe("a/two");
    expect(state.checkAll).toBeUndefined();
    expect(state.view).toEqual({ kind: "kata" });
    expect(state.notice).toEqual({ kind: "warning", text: "Checked every kata: 1 pass, 2 still to do (a/two, b/three)." });
    expect(effects).toEqual([{ type: "save-progress", undone: ["a/two", "b/three"] }, { type: "run", freshWorker: true }]);
  });

  it("leaves the learner on their kata after `c`, whatever the check finds", () => {
    const [checking] = send(stateAt({ at: "b/three", done: ["a/one", "a/two"] }), key("c"));
    expect(checking.checkAll).toMatchObject({ stay: true });
    const results = [kataResult("a/one", "fail"), kataResult("a/two", "pass"), kataResult("b/three", "fail")];
    const [state] = send(checking, { type: "check-finished", results, at: AT });
    expect(currentId(state)).toBe("b/three");
    expect(Object.keys(state.progress.done)).toEqual(["a/two"]);
  });

  it("moves away from a kata that still passes to the first failing one", () => {
    const checking: AppState = { ...stateAt({ at: "b/three", done: allDone }), checkAll: { done: 3, total: 3, final: true } };
    const results = [kataResult("a/one", "fail"), kataResult("a/two", "pass"), kataResult("b/three", "pass")];
    const [state] = send(checking, { type: "check-finished", results, at: AT });
    expect(currentId(state)).toBe("a/one");
    expect(state.progress.current).toBe("a/one");
  });

  it("marks katas that pass as done, keeping the earlier time for those already done", () => {
    const checking: AppState = { ...stateAt({ done: ["a/one"] }), checkAll: { done: 3, total: 3, final: false } };
    const results = [kataResult("a/one", "pass"), kataResult("a/two", "pass"), kataResult("b/three", "fail")];
    const [state] = send(checking, { type: "check-finished", results, at: AT });
    expect(state.progress.done).toEqual({ "a/one": "2026-01-01T00:00:00.000Z", "a/two": AT.toISOString() });
  });

  it("lists at most three failing katas in the warning", () => {
    const ids = ["a/one", "a/two", "a/three", "a/four", "a/five"];
    const checking: AppState = { ...stateAt({ ids }), checkAll: { done: 5, total: 5, final: false } };
    const results = ids.map((id) => kataResult(id, "fail"));
    const [state] = send(checking, { type: "check-finished", results, at: AT });
    expect(state.notice).toEqual({ kind: "warning", text: "Checked every kata: 0 pass, 5 still to do (a/one, a/two, a/three, …)." });
  });

  it("ignores every key but ctrl-c while checking", () => {
    const checking: AppState = { ...stateAt({ at: "a/two", done: ["a/two"] }), checkAll: { done: 1, total: 3, final: false } };
    for (const name of ["q", "h", "p", "n", "l", "r", "c", "enter", "escape"]) {
      const [state, effects] = send(checking, key(name));
      expect(state, name).toBe(checking);
      expect(effects, name).toEqual([]);
    }
    expect(send(checking, key("ctrl-c"))[1]).toEqual(QUIT);
  });

  it("starts with c, replacing any notice", () => {
    const start: AppState = { ...stateAt(), notice: { kind: "info", text: "old" } };
    const [state, effects] = send(start, key("c"));
    expect(state.checkAll).toEqual({ done: 0, total: 3, final: false, stay: true });
    expect(state.notice).toBeUndefined();
    expect(effects).toEqual([{ type: "check-all" }]);
  });
});

describe("hints", () => {
  it("reveal one more with each h, saved, until the kata's last", () => {
    let [state, effects] = send(stateAt(), key("h"));
    expect(state.progress.hintsShown).toEqual({ "a/one": 1 });
    expect(effects).toEqual([{ type: "save-progress" }]);
    [state, effects] = send(state, key("h"));
    expect(state.progress.hintsShown).toEqual({ "a/one": 2 });
    expect(effects).toEqual([{ type: "save-progress" }]);
  });

  it("say that was the last hint once all are shown, without revealing more", () => {
    const [state, effects] = send(stateAt(), ...keys("h", "h", "h"));
    expect(state.progress.hintsShown).toEqual({ "a/one": 2 });
    expect(state.notice).toEqual({ kind: "info", text: "That was the last hint. Stuck? Press t to read the failing hidden test." });
    expect(effects).toEqual([]);
  });

  it("are counted per kata", () => {
    const [state] = send(stateAt({ progress: { hintsShown: { "a/two": 2 } } }), key("h"));
    expect(state.progress.hintsShown).toEqual({ "a/two": 2, "a/one": 1 });
  });
});

describe("resetting", () => {
  it("asks for confirmation first", () => {
    const [state, effects] = send(stateAt(), key("r"));
    expect(state.view).toEqual({ kind: "confirm-reset", kataId: "a/one", returnTo: "kata" });
    expect(effects).toEqual([]);
  });

  it("resets on y and returns to the kata", () => {
    const [state, effects] = send(stateAt(), ...keys("r", "y"));
    expect(state.view).toEqual({ kind: "kata" });
    expect(effects).toEqual([{ type: "reset", kataId: "a/one" }]);
  });

  it("cancels on n, escape or q without any effect", () => {
    for (const name of ["n", "escape", "q"]) {
      const [state, effects] = send(stateAt(), ...keys("r", name));
      expect(state.view, name).toEqual({ kind: "kata" });
      expect(state.notice, name).toEqual({ kind: "info", text: "Reset cancelled: nothing was changed." });
      expect(effects, name).toEqual([]);
    }
  });

  it("ignores other keys while asking", () => {
    const [asking] = send(stateAt(), key("r"));
    expect(send(asking, key("x"))).toEqual([asking, []]);
  });

  it("can be started from the list for the kata under the cursor, returning to the list", () => {
    let [state, effects] = send(stateAt(), ...keys("l", "j", "j", "r"));
    expect(state.view).toEqual({ kind: "confirm-reset", kataId: "b/three", returnTo: "list" });
    [state, effects] = send(state, key("y"));
    expect(state.view).toEqual({ kind: "list" });
    expect(effects).toEqual([{ type: "reset", kataId: "b/three" }]);
  });

  it("when done, marks the kata unfinished, says where the attempt was kept, saves and re-runs", () => {
    const [state, effects] = send(stateAt({ at: "a/two", done: ["a/two"] }), { type: "reset-done", kataId: "a/two", attemptSavedAs: ".learn/attempts/a/two/x.ts" });
    expect(state.progress.done).toEqual({});
    expect(state.notice).toEqual({ kind: "info", text: "a/two was reset to its starter. Your previous attempt is kept at .learn/attempts/a/two/x.ts" });
    expect(effects).toEqual([{ type: "save-progress", undone: ["a/two"] }, { type: "run", freshWorker: true }]);
  });

  it("when done without a kept attempt, just says it was reset", () => {
    const [state] = send(stateAt(), { type: "reset-done", kataId: "a/one", attemptSavedAs: undefined });
    expect(state.notice).toEqual({ kind: "info", text: "a/one was reset to its starter." });
  });

  it("when it failed, warns with the reason and changes nothing else", () => {
    const start = stateAt({ done: ["a/one"] });
    const [state, effects] = send(start, { type: "reset-failed", kataId: "a/one", message: "EACCES" });
    expect(state.notice).toEqual({ kind: "warning", text: "Could not reset a/one: EACCES" });
    expect(state.progress).toBe(start.progress);
    expect(effects).toEqual([]);
  });
});

describe("moving between katas", () => {
  it("p goes to the previous kata, saves and runs it", () => {
    const start: AppState = { ...stateAt({ at: "a/two" }), result: kataResult("a/two", "fail"), notice: { kind: "info", text: "x" } };
    const [state, effects] = send(start, key("p"));
    expect(currentId(state)).toBe("a/one");
    expect(state.progress.current).toBe("a/one");
    expect(state.result).toBeUndefined();
    expect(state.notice).toBeUndefined();
    expect(effects).toEqual([{ type: "save-progress" }, { type: "run", freshWorker: true }]);
  });

  it("p on the first kata says so and stays", () => {
    const [state, effects] = send(stateAt({ at: "a/one" }), key("p"));
    expect(currentId(state)).toBe("a/one");
    expect(state.notice).toEqual({ kind: "info", text: "This is the first kata." });
    expect(effects).toEqual([]);
  });

  it("n goes to the next kata only when this one is done", () => {
    const [blocked, none] = send(stateAt({ at: "a/one" }), key("n"));
    expect(currentId(blocked)).toBe("a/one");
    expect(blocked.notice).toEqual({ kind: "info", text: "Finish this kata first (or pick any kata from the list with l)." });
    expect(none).toEqual([]);
    const [state, effects] = send(stateAt({ at: "a/one", done: ["a/one"] }), key("n"));
    expect(currentId(state)).toBe("a/two");
    expect(effects).toEqual([{ type: "save-progress" }, { type: "run", freshWorker: true }]);
  });

  it("n on the last kata does nothing", () => {
    const start = stateAt({ at: "b/three", done: ["b/three"] });
    expect(send(start, key("n"))).toEqual([start, []]);
  });

  it("clears the previous kata's test source and file text", () => {
    const start: AppState = { ...stateAt({ at: "a/two" }), testSource: "suite", showTestSource: true, exerciseSource: "code" };
    const [state] = send(start, key("p"));
    expect(state.testSource).toBeUndefined();
    expect(state.showTestSource).toBe(false);
    expect(state.exerciseSource).toBeUndefined();
  });
});

describe("the list", () => {
  it("opens with l, the cursor on the current kata", () => {
    const [state, effects] = send(stateAt({ at: "a/two" }), key("l"));
    expect(state.view).toEqual({ kind: "list" });
    expect(state.listCursor).toBe(1);
    expect(effects).toEqual([]);
  });

  it("moves the cursor with j/k and the arrows, within bounds", () => {
    const [opened] = send(stateAt(), key("l"));
    expect(send(opened, ...keys("j", "down"))[0].listCursor).toBe(2);
    expect(send(opened, ...keys("j", "j", "j", "down"))[0].listCursor).toBe(2);
    expect(send(opened, ...keys("j", "j", "k"))[0].listCursor).toBe(1);
    expect(send(opened, ...keys("j", "up"))[0].listCursor).toBe(0);
    expect(send(opened, ...keys("k", "up"))[0].listCursor).toBe(0);
  });

  it("enter continues at the selected kata, saving and running it", () => {
    const [state, effects] = send(stateAt(), ...keys("l", "j", "j", "enter"));
    expect(state.view).toEqual({ kind: "kata" });
    expect(currentId(state)).toBe("b/three");
    expect(state.progress.current).toBe("b/three");
    expect(effects).toEqual([{ type: "save-progress" }, { type: "run", freshWorker: true }]);
  });

  it("enter on the current kata just returns to it", () => {
    const [opened] = send(stateAt({ at: "a/two" }), key("l"));
    const [state, effects] = send(opened, key("enter"));
    expect(state.view).toEqual({ kind: "kata" });
    expect(currentId(state)).toBe("a/two");
    expect(effects).toEqual([]);
  });

  it("escape or q returns to the current kata without moving", () => {
    for (const name of ["escape", "q"]) {
      const [state, effects] = send(stateAt(), ...keys("l", "j", name));
      expect(state.view, name).toEqual({ kind: "kata" });
      expect(currentId(state), name).toBe("a/one");
      expect(effects, name).toEqual([]);
    }
  });
});

describe("other events and keys", () => {
  it("a changed file counts an attempt, drops the shown result and asks for a run", () => {
    const start: AppState = { ...stateAt(), result: kataResult("a/one", "fail"), exerciseSource: "old", warmWorker: { kataId: "a/one", onlyAConfirmedPass: false } };
    const [state, effects] = send(start, { type: "file-changed", source: "new", at: new Date("2026-03-01T10:00:00Z") });
    expect(state.progress.journal?.[state.catalog.katas[state.currentIndex]?.id ?? ""]?.attempts).toBe(1);
    expect(state.result).toBeUndefined();
    expect(state.exerciseSource).toBe("new");
    expect(effects).toEqual([{ type: "run", freshWorker: false }]);
  });

  it("says in the pass banner how many attempts and how much time, from opening the kata, the first pass took", () => {
    // Opened at 8:58 (its first run), then three saves.
    let [state] = send(stateAt(), { type: "run-started", runId: RUN, at: new Date(Date.UTC(2026, 2, 1, 8, 58)) });
    for (const minute of [0, 4, 7]) [state] = send(state, { type: "file-changed", source: "x", at: new Date(Date.UTC(2026, 2, 1, 9, minute)) });
    [state] = send(state, finished(kataResult("a/one", "pass"), "x", { at: new Date(Date.UTC(2026, 2, 1, 9, 8)) }));
    expect(state.notice).toMatchObject({ kind: "passed", kataId: "a/one", attempts: 3, activeMs: 10 * 60_000 });
  });

  it("s shows the stats, and s, Esc or q goes back to the kata", () => {
    const [shown] = send(stateAt(), key("s"));
    expect(shown.view).toEqual({ kind: "stats", returnTo: "kata" });
    for (const back of ["s", "escape", "q"]) expect(send(shown, key(back))[0].view, back).toEqual({ kind: "kata" });
    expect(send(shown, key("q"))[1]).toEqual([]); // q leaves the stats, it does not quit
  });

  it("w asks to open the current kata's note", () => {
    expect(send(stateAt(), key("w"))[1]).toEqual([{ type: "edit-note", kataId: "a/one" }]);
  });

  it("a started run shows as running and drops the old result", () => {
    const [state] = send({ ...stateAt(), result: kataResult("a/one", "fail") }, { type: "run-started", runId: RUN + 1, at: new Date("2026-03-01T09:00:00Z") });
    expect(state.running).toBe(true);
    expect(state.result).toBeUndefined();
  });

  it("t loads and shows the hidden test, and hides it again", () => {
    const [asked, effects] = send(stateAt(), key("t"));
    expect(effects).toEqual([{ type: "load-test-source" }]);
    const [shown] = send(asked, { type: "test-source-loaded", source: "it('x')" });
    expect(shown.showTestSource).toBe(true);
    expect(shown.testSource).toBe("it('x')");
    const [hidden, none] = send(shown, key("t"));
    expect(hidden.showTestSource).toBe(false);
    expect(none).toEqual([]);
  });

  it("q and ctrl-c quit", () => {
    expect(send(stateAt(), key("q"))[1]).toEqual(QUIT);
    expect(send(stateAt(), key("ctrl-c"))[1]).toEqual(QUIT);
    expect(send(stateAt(), ...keys("l", "ctrl-c"))[1]).toEqual(QUIT);
  });

  it("unknown keys change nothing", () => {
    const start = stateAt();
    expect(send(start, key("z"))).toEqual([start, []]);
  });

  it("a watch failure is kept as a standing warning", () => {
    expect(send(stateAt(), { type: "watch-failed", message: "use --poll" })[0].watchWarning).toBe("use --poll");
  });

  it("in the finished view, l opens the list and q or escape quits", () => {
    const done: AppState = { ...stateAt({ done: ["a/one", "a/two", "b/three"] }), view: { kind: "finished" } };
    expect(send(done, key("l"))[0].view).toEqual({ kind: "list" });
    expect(send(done, key("q"))[1]).toEqual(QUIT);
    expect(send(done, key("escape"))[1]).toEqual(QUIT);
    expect(send(done, key("h"))).toEqual([done, []]);
  });
});
