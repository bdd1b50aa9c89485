/**
 * The runner host: a child process that owns the warm vitest instance and type checker.
 * Learner code runs in its worker thread, so an infinite loop or a crash there can only take
 * down this process; the grader's watchdog (client.ts) kills and restarts it.
 */
import fs from "node:fs";
import { hostRequestSchema, type HostReply, type HostRequest } from "./protocol.ts";
import { FileTypeChecker } from "./typecheck.ts";
import { VitestSession } from "./vitest-session.ts";
import { combineResult } from "./grade.ts";
import { sha256 } from "../util/hash.ts";

const root = process.env.KATA_ROOT ?? process.cwd();

function send(reply: HostReply): void {
  process.send?.(reply);
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

const checker = new FileTypeChecker(root);
const session = await VitestSession.start(root);

async function run(request: Extract<HostRequest, { type: "run" }>): Promise<void> {
  const started = performance.now();
  const content = readOrUndefined(request.exerciseFile);
  // Tests and type-check overlap: the tests run in the worker thread while this thread checks types.
  const suitePromise = session.run(request.testFile, request.exerciseFile);
  const typeErrors = content === undefined ? [] : checker.check(request.exerciseFile, content);
  const suite = await suitePromise;
  const result = combineResult({
    kataId: request.kataId,
    suite,
    typeErrors,
    untouched: content !== undefined && content === readOrUndefined(request.starterFile),
    durationMs: performance.now() - started,
    ...(content !== undefined ? { contentHash: sha256(content) } : {}),
  });
  send({ type: "result", runId: request.runId, result });
}

// One run at a time, in arrival order: the client never sends a second before the first replies,
// but a queue keeps this correct even if it did.
let queue: Promise<void> = Promise.resolve();

process.on("message", (raw: unknown) => {
  const parsed = hostRequestSchema.safeParse(raw);
  if (!parsed.success) return;
  const request = parsed.data;
  if (request.type === "shutdown") {
    void session.close().finally(() => process.exit(0));
    return;
  }
  if (request.type === "warm") {
    queue = queue.then(() => {
      const content = readOrUndefined(request.exerciseFile);
      if (content !== undefined) checker.check(request.exerciseFile, content);
    });
    return;
  }
  queue = queue.then(() =>
    run(request).catch((error: unknown) => send({ type: "failed", runId: request.runId, message: error instanceof Error ? error.message : String(error) })),
  );
});

process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
