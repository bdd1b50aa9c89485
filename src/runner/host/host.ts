/**
 * The runner host: a child process that owns the warm vitest instance and type checker.
 * Learner code runs in its worker thread, so an infinite loop or a crash there can only take
 * down this process; the grader's watchdog (client.ts) kills and restarts it.
 */
import path from "node:path";
import { BroadcastChannel } from "node:worker_threads";
import { hostRequestSchema, type HostReply, type HostRequest } from "../protocol.ts";
import { TypeCheckClient } from "./typecheck-client.ts";
import { VitestSession } from "./vitest-session.ts";
import { whenStandbyBooted } from "./warm-pool.ts";
import { installedVitestVersion, vitestVersionProblem } from "./vitest-version.ts";
import { combineResult } from "./grade.ts";
import { sha256 } from "../../util/hash.ts";
import { DOES_NOT_PARSE } from "../explain.ts";
import { syntaxErrorAt } from "./syntax-error.ts";
import type { TypeError_ } from "../../results/result.ts";
import { readTextOrUndefined } from "../../util/read-text.ts";

const root = process.env.KATA_ROOT ?? process.cwd();
/** How long a failing result waits for its type errors before it is sent without them. */
const TYPES_GRACE_MS = 40;

function send(reply: HostReply): void {
  process.send?.(reply);
}

// The hidden suites' setup file (grader/support/announce-tests.ts) posts each test's name on
// this channel as it starts; the test worker finds its name in the environment it inherits.
const CURRENT_TEST_CHANNEL = "backend-katas:current-test";
process.env.KATA_CURRENT_TEST_CHANNEL = CURRENT_TEST_CHANNEL;

const versionProblem = vitestVersionProblem(installedVitestVersion(root));
if (versionProblem) {
  // The client shows what the host wrote before it exited.
  process.stderr.write(`${versionProblem}\n`);
  process.exit(1);
}
const session = await VitestSession.start(root);
// The type checker's thread is started only once the first tests have run: loading TypeScript
// and @types/node takes a core for a second or two, and on a 2-core machine that would delay the
// learner's first result. A failing result does not wait for its types (see run()).
let checker: TypeCheckClient | undefined;

// Test names are forwarded at once: if the learner's code then hangs, the grader can say where.
let activeRunId: number | undefined;
const currentTest = new BroadcastChannel(CURRENT_TEST_CHANNEL);
currentTest.unref();
currentTest.onmessage = (event) => {
  const data = event.data as { name?: unknown; preparing?: unknown; prepared?: unknown } | null;
  if (activeRunId === undefined || !data || typeof data !== "object") return;
  if (typeof data.name === "string") send({ type: "test-started", runId: activeRunId, name: data.name });
  if (typeof data.preparing === "string") send({ type: "preparing", runId: activeRunId, what: data.preparing, done: false });
  if (typeof data.prepared === "string") send({ type: "preparing", runId: activeRunId, what: data.prepared, done: true });
};

async function run(request: Extract<HostRequest, { type: "run" }>): Promise<void> {
  const started = performance.now();
  activeRunId = request.runId;
  // The content the grader read: tests and type checker grade this, not whatever the disk holds now.
  const content = request.content ?? undefined;
  // Tests and type-check run side by side, each in its own thread.
  const suitePromise = session.run(request.testFile, request.exerciseFile, {
    content,
    freshWorker: request.freshWorker ?? false,
    preferFreshWorker: request.preferFreshWorker ?? false,
    nextUsesDatabase: request.nextUsesDatabase ?? false,
    onPreparing: (what, done) => send({ type: "preparing", runId: request.runId, what, done }),
  });
  // A checker started by this run spends its first second or two loading TypeScript.
  const checkerWarm = checker !== undefined;
  const check = (text: string) => (checker ??= new TypeCheckClient(root)).check(request.exerciseFile, text);
  const typesPromise: Promise<TypeError_[]> =
    content === undefined ? Promise.resolve([]) : checker ? check(content) : suitePromise.then(() => check(content));
  const suite = await suitePromise;
  const durationMs = performance.now() - started;
  activeRunId = undefined;
  send({ type: "tests-finished", runId: request.runId });
  const untouched = content !== undefined && content === readTextOrUndefined(request.starterFile);
  // vitest says only that the transform failed; say where, and let the screen show the line.
  const unparsable = content !== undefined && suite.moduleError?.startsWith(DOES_NOT_PARSE) ? syntaxErrorAt(content) : undefined;
  if (unparsable) suite.moduleError = `${DOES_NOT_PARSE} ${unparsable.message} (line ${unparsable.line}, column ${unparsable.column})`;
  const syntaxError = unparsable && { file: path.relative(root, request.exerciseFile), line: unparsable.line, column: unparsable.column };
  const grade = (typeErrors: TypeError_[]) =>
    combineResult({
      kataId: request.kataId,
      suite,
      typeErrors,
      untouched,
      durationMs,
      ...(content !== undefined ? { contentHash: sha256(content) } : {}),
      ...(syntaxError ? { syntaxError } : {}),
      ...(request.expectedTests !== undefined ? { expectedTests: request.expectedTests } : {}),
    });
  const update = (typeErrors: TypeError_[], final: boolean) => send({ type: "update", runId: request.runId, result: grade(typeErrors), final, freshWorker: suite.freshWorker });
  if (grade([]).status === "pass") {
    // A pass is only a pass once the file type-checks.
    update(await typesPromise, true);
    return;
  }
  // Type errors can only add to a failure, never turn it into a pass: when the tests already
  // fail, show that now and send the type errors when the checker is done (its first check
  // after start-up takes a second or two).
  const early = checkerWarm
    ? await Promise.race([typesPromise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), TYPES_GRACE_MS))])
    : undefined;
  if (early !== undefined) return update(early, true);
  update([], false);
  // Not awaited: the next save's run must not queue behind this file's type-check.
  void typesPromise.then((typeErrors) => update(typeErrors, true));
}

// One run at a time, in arrival order: the client never sends a second before the first replies,
// but a queue keeps this correct even if it did.
let queue: Promise<void> = Promise.resolve();

/**
 * How long the host waits, idle, before booting a standby worker. Runs come in bursts (a pass,
 * then the next kata opened; an editor's format-on-save writing twice), and a boot during one
 * would take a core from it; a learner's next save is seconds away.
 */
const STANDBY_IDLE_MS = 250;
let idleTimer: NodeJS.Timeout | undefined;

function enqueue(task: () => Promise<void>): void {
  clearTimeout(idleTimer);
  const queued = queue.then(task);
  queue = queued;
  void queued.finally(() => {
    // Idle only if nothing was queued behind this task.
    if (queue !== queued) return;
    idleTimer = setTimeout(() => session.prepareStandby(), STANDBY_IDLE_MS);
    idleTimer.unref();
  });
}

// A standby worker that has booted is warmed up between runs, in the same queue, so it never
// overlaps a run of the learner's (warm-pool.ts, inStandby).
whenStandbyBooted(() => enqueue(() => session.warmStandby().catch(() => {})));

process.on("message", (raw: unknown) => {
  const parsed = hostRequestSchema.safeParse(raw);
  if (!parsed.success) return;
  const request = parsed.data;
  if (request.type === "shutdown") {
    void Promise.allSettled([session.close(), checker?.close()]).finally(() => process.exit(0));
    return;
  }
  enqueue(() =>
    run(request).catch((error: unknown) => send({ type: "failed", runId: request.runId, message: error instanceof Error ? error.message : String(error) })),
  );
});

process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
