import fs from "node:fs";
import path from "node:path";
import { createVitest, type TestCase, type TestModule, type Vitest } from "vitest/node";
import type { Plugin } from "vite";
import type { UserConsoleLog } from "vitest";
import type { SourceLocation, TestOutcome } from "../../results/result.ts";
import { capText, terminalSafe } from "../../util/terminal-safe.ts";
import { explainError } from "../explain.ts";
import { suiteUsesDatabase } from "../database-suite.ts";
import { inStandby, noteDatabaseInWarmThread, prepareStandby, standbyHasTheDatabaseWarmThreadLacks, standbyIsReady, stopAllThreads, useFreshThread, warmThreadsPool } from "./warm-pool.ts";

export interface SuiteRun {
  tests: TestOutcome[];
  /** The suite as a whole failed: import error, syntax error, throw at import. */
  moduleError?: string;
  /** Errors outside any test, e.g. an unhandled promise rejection. */
  unhandledErrors: string[];
  /** The suite ran in a worker no earlier learner code had run in. */
  freshWorker: boolean;
}

interface TestErrorLike {
  message?: string;
  stack?: string;
  diff?: string;
  stacks?: Array<{ file: string; line: number; column: number }>;
}

/**
 * One vitest instance, created once and reused for every run (the Node API), with a pool that
 * keeps its worker thread warm. This is what makes a re-run cost tens of milliseconds.
 */
export class VitestSession {
  /** The last run had errors outside its tests: the worker may hold more of them. */
  #lastRunLeaked = false;
  /** What the next standby worker should have ready: the last run's kata, or the next one, uses the database. */
  #standbyNeedsDatabase = false;

  private constructor(
    readonly root: string,
    readonly vitest: Vitest,
    /** Console output per test id, filled by the reporter during a run. */
    readonly logs: Map<string, CollectedOutput>,
    /** The content this run grades for the learner's file (see gradedContent). */
    readonly graded: GradedContent,
  ) {}

  static async start(root: string): Promise<VitestSession> {
    const logs = new Map<string, CollectedOutput>();
    const graded: GradedContent = { file: undefined, content: "" };
    const vitest = await createVitest(
      "test",
      {
        config: path.join(root, "grader", "vitest.config.ts"),
        root,
        watch: false,
        // The grader renders results itself; console output is captured per test below.
        reporters: [{ onUserConsoleLog: (log: UserConsoleLog) => collectLog(logs, log) }],
      },
      { server: { watch: null }, plugins: [gradedContent(graded)] },
    );
    for (const project of vitest.projects) {
      // The pool is swapped after resolution: vitest ignores a custom pool passed as an override.
      const config = project.config as { pool: string; poolRunner?: unknown };
      const pool = warmThreadsPool();
      config.pool = pool.name;
      config.poolRunner = pool;
    }
    return new VitestSession(root, vitest, logs, graded);
  }

  async run(
    testFile: string,
    exerciseFile: string,
    options: {
      freshWorker: boolean;
      /**
       * Take the standby if it is booted and warmed, so this run needs no fresh worker to confirm
       * it; otherwise run warm. Not for a database suite: its standby's Postgres takes seconds to
       * replace, so it is kept for the runs that must be fresh.
       */
      preferFreshWorker?: boolean;
      /** What the learner's file held when the grader read it; undefined: read it from disk (a missing file). */
      content?: string | undefined;
      onPreparing?: (what: string, done: boolean) => void;
      nextUsesDatabase?: boolean;
    } = { freshWorker: false },
  ): Promise<SuiteRun> {
    // The warm worker outlives the run. Timers learner code left behind are cleared when each
    // suite ends (grader/support/release-timers.ts); anything else that escaped the tests (an
    // unhandled rejection, a throwing callback) may keep throwing into later runs, so the run
    // after one that leaked errors gets a fresh worker (≈0.3 s, once), as does a caller that asks.
    const database = suiteUsesDatabase(testFile);
    const freshWorker =
      this.#lastRunLeaked ||
      options.freshWorker ||
      (database ? standbyHasTheDatabaseWarmThreadLacks() : (options.preferFreshWorker ?? false) && standbyIsReady());
    if (freshWorker) {
      await useFreshThread({ database, keepDatabase: options.nextUsesDatabase ?? false, onWait: (waiting) => options.onPreparing?.("database", !waiting) });
    }
    // The worker keeps modules between runs; make it (and vite's transform cache) forget every
    // learner file — the one under test, and any other exercise it imports — so this run grades
    // what is on disk now.
    for (const file of new Set([exerciseFile, ...learnerFiles(this.root)])) {
      this.vitest.invalidateFile(file);
      this.vitest.watcher.invalidates.add(file);
    }
    this.logs.clear();
    const project = this.vitest.getRootProject();
    const specification = project.createSpecification(testFile);
    this.graded.file = options.content === undefined ? undefined : path.resolve(exerciseFile);
    this.graded.content = options.content ?? "";
    const { testModules, unhandledErrors } = await this.vitest.runTestSpecifications([specification], false).finally(() => {
      this.graded.file = undefined;
    });
    // testModules lists every module this instance has seen, not only this run's.
    const module = testModules.find((m) => path.resolve(m.moduleId) === path.resolve(testFile));
    const exerciseRelative = path.relative(this.root, exerciseFile);
    const errors = unhandledErrors.map(errorText);
    // The worker itself died mid-run (out of memory): the suite as a whole failed, not one test.
    const workerDeath = errors.find((text) => WORKER_DIED.test(text));
    const run: SuiteRun = {
      tests: module ? [...module.children.allTests()].map((test) => this.#outcome(test, testFile, exerciseFile)) : [],
      unhandledErrors: errors.filter((text) => text !== workerDeath).map((text) => terminalSafe(explainError(text, exerciseRelative))),
      freshWorker,
    };
    this.#lastRunLeaked = unhandledErrors.length > 0;
    if (database) noteDatabaseInWarmThread();
    // The kata the learner goes to next may need it: a database ready in the standby then.
    this.#standbyNeedsDatabase = database || (options.nextUsesDatabase ?? false);
    const moduleError = workerDeath ?? (module ? moduleErrorOf(module) : "the hidden suite did not run");
    if (moduleError) run.moduleError = terminalSafe(explainError(moduleError, exerciseRelative));
    return run;
  }

  #outcome(test: TestCase, testFile: string, exerciseFile: string): TestOutcome {
    const result = test.result();
    const status = result.state === "passed" ? "pass" : result.state === "failed" ? "fail" : "skip";
    const outcome: TestOutcome = { name: test.name, fullName: test.fullName, status };
    if (test.location) outcome.testLocation = { file: path.relative(this.root, testFile), ...test.location };
    const duration = test.diagnostic()?.duration;
    if (duration !== undefined) outcome.durationMs = Math.round(duration * 10) / 10;
    const output = this.logs.get(test.id);
    if (output?.text) outcome.output = terminalSafe(output.dropped ? `${output.text}\n… and ${output.dropped} more characters of output (only the first ${OUTPUT_LIMIT} are kept)` : output.text);
    const error = (result.errors?.[0] ?? undefined) as TestErrorLike | undefined;
    if (error) {
      const exerciseRelative = path.relative(this.root, exerciseFile);
      outcome.message = terminalSafe(explainError(error.message ?? "failed", exerciseRelative));
      if (error.diff) outcome.diff = terminalSafe(error.diff);
      const location = learnerLocation(error, exerciseFile);
      if (location) outcome.learnerLocation = { ...location, file: exerciseRelative };
      // The test's own line that led to the failure: the first frame in the suite at or below the
      // test's start (a helper the test called is defined above the tests, and is shown apart).
      const suiteFile = path.resolve(testFile);
      const inTest = error.stacks?.find((f) => path.resolve(f.file) === suiteFile && f.line >= (test.location?.line ?? 0));
      if (inTest) outcome.failedAt = { file: path.relative(this.root, testFile), line: inTest.line, column: inTest.column };
    }
    return outcome;
  }

  /**
   * Boots a standby worker for the next run that must be fresh, if there is none (warm-pool.ts).
   * The host calls it once it has been idle a moment: booting one takes a core for ≈0.3 s, which
   * would slow the run, and the type check, it overlapped.
   */
  prepareStandby(): void {
    prepareStandby({ database: this.#standbyNeedsDatabase });
  }

  /**
   * Runs the grader's warm-up suite in the standby worker, if one has booted and is not warmed
   * yet (warm-pool.ts, inStandby). Call it only between runs: it uses the vitest instance.
   */
  async warmStandby(): Promise<void> {
    const project = this.vitest.getRootProject();
    await inStandby(() => this.vitest.runTestSpecifications([project.createSpecification(path.join(this.root, "grader", "support", "warm-up.ts"))], false));
    this.logs.clear();
  }

  async close(): Promise<void> {
    await this.vitest.close();
    // vitest's close() asks the pool to stop its workers, which the warm pool deliberately ignores.
    await stopAllThreads();
  }
}

interface GradedContent {
  file: string | undefined;
  content: string;
}

/**
 * Serves the learner's file from the content the grader sent instead of from disk, so the tests
 * grade exactly what the type checker checks and what the result's hash names, even when the
 * learner saves again mid-run.
 */
function gradedContent(graded: GradedContent): Plugin {
  return {
    name: "kata-graded-content",
    enforce: "pre",
    load(id) {
      if (graded.file === undefined || id.split("?")[0] !== graded.file) return null;
      return graded.content;
    },
  };
}

/** How vitest reports a test worker that died during a run (its own error is the cause). */
const WORKER_DIED = /^\[vitest-pool\]: Worker \S+ emitted error\./;

function learnerFiles(root: string): string[] {
  const dir = path.join(root, "exercises");
  try {
    return fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.join(dir, file));
  } catch {
    return [];
  }
}

/** What one test printed, kept up to OUTPUT_LIMIT characters. */
interface CollectedOutput {
  text: string;
  dropped: number;
}

/**
 * Per test, what is kept of its output. Capped where it is collected: a learner's loop that logs
 * megabytes would otherwise be held, sent and drawn whole (the screen shows 500 characters).
 */
const OUTPUT_LIMIT = 64 * 1024;

function collectLog(logs: Map<string, CollectedOutput>, log: UserConsoleLog): void {
  if (!log.taskId) return;
  const entry = logs.get(log.taskId) ?? { text: "", dropped: 0 };
  const { text, dropped } = capText(log.content, OUTPUT_LIMIT - entry.text.length);
  entry.text += text;
  entry.dropped += dropped;
  logs.set(log.taskId, entry);
}

function moduleErrorOf(module: TestModule): string | undefined {
  const errors = module.errors();
  if (errors.length) return errors.map((e) => (e as TestErrorLike).message ?? String(e)).join("\n");
  if (module.state() === "failed" && [...module.children.allTests()].length === 0) return "the hidden suite failed before any test ran";
  return undefined;
}

function errorText(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    const { name, message, cause } = error as { name?: string; message: unknown; cause?: unknown };
    const text = `${name && name !== "Error" ? `${name}: ` : ""}${String(message)}`;
    // vitest wraps a dying worker's error ("Worker … emitted error"); the cause says why.
    return cause === undefined ? text : `${text} ${errorText(cause)}`;
  }
  return String(error);
}

/** The first stack frame inside `exerciseFile` (the learner's file, or the suite), from vitest's parsed stacks or the raw stack. */
export function learnerLocation(error: TestErrorLike, exerciseFile: string): Omit<SourceLocation, "file"> | undefined {
  const frame = error.stacks?.find((f) => path.resolve(f.file) === exerciseFile);
  if (frame) return { line: frame.line, column: frame.column };
  if (!error.stack) return undefined;
  const escaped = exerciseFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(error.stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}
