import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { checkGraderFiles } from "../../integrity/checksums.ts";
import type { Kata } from "../../catalog/catalog.ts";
import type { KataResult } from "../../results/result.ts";
import { readTextOrUndefined } from "../../util/read-text.ts";
import { spawnHost } from "./host-process.ts";
import { memoryMessage, watchMemory } from "./memory-watch.ts";
import { suiteUsesDatabase } from "../database-suite.ts";
import { hostReplySchema, type HostReply, type HostRequest } from "../protocol.ts";
import { RunChannel, type RunStream } from "./run-stream.ts";

export interface RunnerOptions {
  root: string;
  /** How long a warm run may take before the watchdog kills the host. */
  timeoutMs?: number;
  /** Extra time for the first run on a fresh host (worker start, type checker warm-up). */
  coldAllowanceMs?: number;
  /** A host the entry point already started (see host-process.ts); adopted by the first start(). */
  spawned?: ChildProcess;
}

type Host = ChildProcess;

/** The longest the watchdog waits for what the grader provides a suite (a database starting: 2–3 s here). */
const PREPARE_LIMIT_MS = 60_000;

export interface RunOptions {
  /**
   * The exercise file's content to grade (null: it is missing). Watch mode passes what it read,
   * so the result is for that content; without it, the runner reads the file when the run starts.
   */
  content?: string | null;
  /**
   * Grade in a new test worker, so nothing code run earlier left in the warm one (a patched
   * prototype, a global) can decide this result. Costs ≈0.3 s; watch mode asks for it when it
   * moves to another kata.
   */
  freshWorker?: boolean;
  /**
   * Grade in a fresh worker if the runner has one ready, else in the warm one (the update's
   * `freshWorker` says which). Watch mode asks for it while a pass would have to be confirmed.
   */
  preferFreshWorker?: boolean;
  /** The kata the learner is likely to open next (watch mode: the next in catalog order). */
  next?: Kata;
}

/** The run whose learner code is running now (one at a time). */
interface Pending {
  runId: number;
  channel: RunChannel;
  freshWorker: boolean;
  timer: NodeJS.Timeout | undefined;
  kata: Kata;
  /** The test the host last said was starting: the one to blame if the run never finishes. */
  currentTest?: string;
  memory?: ReturnType<typeof watchMemory>;
}

/**
 * The grader's side of the runner: starts the host process, sends it one run at a time, and
 * stands watchdog. Learner code can hang or kill its process; this client turns either into a
 * failed result with a clear message, then starts a fresh host for the next save.
 */
export class RunnerClient {
  readonly #root: string;
  readonly #timeoutMs: number;
  readonly #coldAllowanceMs: number;
  #host: Host | undefined;
  #ready: Promise<void> | undefined;
  #runsOnHost = 0;
  #nextRunId = 1;
  #pending: Pending | undefined;
  #closed = false;
  #spawned: ChildProcess | undefined;
  /** The host's last words (stderr), for when it dies before it can say anything itself. */
  #hostOutput = "";
  /**
   * Runs whose tests are done and whose final update (with the type errors) is still to come, by
   * run id, with what each last said. They no longer hold the runner: the next run can start.
   */
  readonly #checkingTypes = new Map<number, { channel: RunChannel; freshWorker: boolean; result: KataResult }>();

  constructor(options: RunnerOptions) {
    this.#root = options.root;
    // KATA_TIMEOUT_MS lets the project's own tests exercise the watchdog without waiting 5 s.
    this.#timeoutMs = options.timeoutMs ?? (Number(process.env.KATA_TIMEOUT_MS) || 5_000);
    this.#coldAllowanceMs = options.coldAllowanceMs ?? 5_000;
    this.#spawned = options.spawned;
  }

  /** Starts the host (if not running) and resolves once it can take runs. */
  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    const host = this.#spawned ?? spawnHost(this.#root);
    this.#spawned = undefined;
    this.#host = host;
    this.#runsOnHost = 0;
    this.#hostOutput = "";
    const keepOutput = (chunk: Buffer) => {
      this.#hostOutput = (this.#hostOutput + chunk.toString()).slice(-4_000);
    };
    host.stdout?.on("data", keepOutput);
    host.stderr?.on("data", keepOutput);
    this.#ready = new Promise<void>((resolve, reject) => {
      host.on("message", (raw: unknown) => {
        const parsed = hostReplySchema.safeParse(raw);
        if (parsed.success) this.#onReply(parsed.data, resolve);
      });
      host.once("exit", (exitCode, signal) => {
        if (this.#host !== host) return;
        this.#host = undefined;
        this.#ready = undefined;
        this.#abandonTypeChecks();
        const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
        reject(new Error(`the test runner ${how} before it was ready:\n${this.#hostOutput.trim()}`));
        this.#settle(
          (kata) => crashResult(kata, `the test process ${how} while running your code: did it call process.kill(), process.abort() or exhaust memory? The grader restarted it; save again to re-run.`),
        );
      });
    });
    // A start failure is reported through run(); don't let it surface as an unhandled rejection.
    this.#ready.catch(() => {});
    return this.#ready;
  }

  #onReply(reply: HostReply, ready: () => void): void {
    if (reply.type === "ready") return ready();
    const pending = this.#pending;
    const checking = this.#checkingTypes.get(reply.runId);
    if (reply.type === "update" && checking) {
      this.#checkingTypes.delete(reply.runId);
      checking.channel.push({ runId: reply.runId, result: reply.result, final: true, freshWorker: checking.freshWorker });
      return;
    }
    if (!pending || pending.runId !== reply.runId) return;
    if (reply.type === "test-started") {
      pending.currentTest = reply.name;
      return;
    }
    if (reply.type === "preparing") {
      // Bounded, so code that merely claims to be waiting cannot switch the watchdog off.
      if (reply.done) {
        this.#arm(pending, this.#timeoutMs);
        // What the database took is the grader's, not the learner's.
        pending.memory?.rebase();
      }
      else this.#arm(pending, PREPARE_LIMIT_MS, `the ${reply.what} did not start within ${PREPARE_LIMIT_MS / 1000} s: close other programs to free memory, then save again`);
      return;
    }
    // The watchdog guards the learner's code only: a first type-check may take longer than it allows.
    if (reply.type === "tests-finished") {
      pending.memory?.stop();
      return clearTimeout(pending.timer);
    }
    if (reply.type === "failed") return this.#settle((kata) => crashResult(kata, `the grader could not run the suite: ${reply.message}`));
    if (reply.freshWorker !== undefined) pending.freshWorker = reply.freshWorker;
    // Only the type checker is still at work: the runner is free for the next run.
    if (!reply.final) this.#checkingTypes.set(reply.runId, { channel: pending.channel, freshWorker: pending.freshWorker, result: reply.result });
    this.#settle(() => reply.result, reply.final);
  }

  /** Ends the tests phase of the pending run with `make`'s result (final unless said otherwise). */
  #settle(make: (kata: Kata) => KataResult, final = true): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    clearTimeout(pending.timer);
    pending.memory?.stop();
    pending.channel.push({ runId: pending.runId, result: make(pending.kata), final, freshWorker: pending.freshWorker });
  }

  /**
   * Grades one kata, as an ordered stream of updates ending with a final one. Never fails: every
   * failure mode becomes a result. One run at a time: start the next once this one's tests are
   * done (its first update); a final update with the type errors may still follow.
   */
  run(kata: Kata, options: RunOptions = {}): RunStream {
    if (this.#pending) throw new Error("RunnerClient.run: one run at a time");
    const runId = this.#nextRunId++;
    const channel = new RunChannel(runId);
    const freshWorker = options.freshWorker ?? false;
    const pending: Pending = { runId, channel, freshWorker, timer: undefined, kata };
    this.#pending = pending;
    void this.#begin(pending, options);
    return channel;
  }

  /** The final result of a run (see run()). */
  grade(kata: Kata, options: RunOptions = {}): Promise<KataResult> {
    return this.run(kata, options).result;
  }

  async #begin(pending: Pending, options: RunOptions): Promise<void> {
    const { kata, runId } = pending;
    const fail = (message: string) => this.#settle((k) => crashResult(k, message));
    if (this.#closed) return fail("the grader is shutting down");
    try {
      await this.start();
    } catch (error) {
      return fail((error as Error).message);
    }
    const host = this.#host;
    if (!host) return fail("the test runner stopped before the run could start; save again to retry");
    const { tampered, expectedTests } = checkGraderFiles(this.#root, kata);
    if (tampered) return fail(tampered);
    const exerciseFile = path.join(this.#root, kata.exercise);
    const content = options.content !== undefined ? options.content : (readTextOrUndefined(exerciseFile) ?? null);
    const timeoutMs = this.#timeoutMs + (this.#runsOnHost === 0 ? this.#coldAllowanceMs : 0);
    this.#runsOnHost++;
    const request: HostRequest = {
      type: "run",
      runId,
      kataId: kata.id,
      testFile: path.join(this.#root, kata.test),
      exerciseFile,
      starterFile: path.join(this.#root, kata.starter),
      content,
      ...(pending.freshWorker ? { freshWorker: true } : options.preferFreshWorker ? { preferFreshWorker: true } : {}),
      ...(expectedTests !== undefined ? { expectedTests } : {}),
      ...(options.next && suiteUsesDatabase(path.join(this.#root, options.next.test)) ? { nextUsesDatabase: true } : {}),
    };
    this.#arm(pending, timeoutMs);
    if (host.pid !== undefined) {
      pending.memory = watchMemory(host.pid, () => {
        if (this.#pending !== pending) return;
        this.#settle((k) => crashResult(k, memoryMessage()));
        this.#restart();
      });
    }
    host.send(request);
  }

  /** (Re)starts the watchdog of a run: after `ms`, the run fails with `message` and the host restarts. */
  #arm(pending: Pending, ms: number, message?: string): void {
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      if (this.#pending !== pending) return;
      this.#settle((k) => crashResult(k, message ?? timeoutMessage(Math.round(this.#timeoutMs / 1000), pending.currentTest)));
      this.#restart();
    }, ms);
  }

  /** The host that was checking these runs' types is gone: what their tests found stands (a failure either way). */
  #abandonTypeChecks(): void {
    for (const { channel, freshWorker, result } of this.#checkingTypes.values()) channel.push({ runId: channel.runId, result, final: true, freshWorker });
    this.#checkingTypes.clear();
  }

  #restart(): void {
    this.#abandonTypeChecks();
    const host = this.#host;
    this.#host = undefined;
    this.#ready = undefined;
    host?.kill("SIGKILL");
    if (!this.#closed) void this.start().catch(() => {});
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#settle((kata) => crashResult(kata, "the grader is shutting down"));
    this.#abandonTypeChecks();
    const host = this.#host;
    this.#host = undefined;
    this.#ready = undefined;
    if (!host) return;
    if (host.exitCode !== null || host.signalCode !== null) return;
    const exited = new Promise((resolve) => host.once("exit", resolve));
    if (host.connected) host.send({ type: "shutdown" } satisfies HostRequest);
    const timer = setTimeout(() => host.kill("SIGKILL"), 2_000);
    await exited;
    clearTimeout(timer);
  }
}

/** What a learner reads when the watchdog stops a run: where it was stuck, and the likely causes. */
export function timeoutMessage(seconds: number, test: string | undefined): string {
  const where = test === undefined ? "while loading your file" : `in the test "${test}"`;
  const causes =
    test === undefined
      ? "a loop whose condition never changes, or a recursion without a base case, in code that runs at import"
      : "a loop whose condition never changes, a recursion without a base case, or an algorithm too slow for this test's input";
  return `timed out after ${seconds} s ${where} — is there an infinite loop? (${causes})`;
}

function crashResult(kata: Kata, message: string): KataResult {
  return { kataId: kata.id, status: "error", message, tests: [], typeErrors: [], durationMs: 0 };
}
