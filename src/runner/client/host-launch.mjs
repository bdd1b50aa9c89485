// Forking the bundled runner host. Plain JavaScript on purpose: src/start.mjs forks the host
// before it loads the rest of the grader, so the two start-ups overlap.
import { fork } from "node:child_process";

/**
 * Starts the bundle's runner host as a child process with an IPC channel.
 * @param {string} root the project the host grades
 * @param {import("../../bundle/bundle.d.mts").Bundle} bundle
 * @returns {import("node:child_process").ChildProcess}
 */
export function forkHost(root, bundle) {
  return fork(bundle.host, [], {
    cwd: root,
    // A 1 MB young generation (instead of V8's 16 MB) for each of the host's three threads cut its
    // peak RSS by ≈65 MB with no measurable change in save-to-result time (npm run bench).
    execArgv: ["--max-semi-space-size=1"],
    // glibc gives busy threads malloc arenas of their own (up to 8 per core), and memory freed in
    // one is not reused by the others: loading TypeScript leaves ≈20 MB free but still resident. Two arenas for the host's threads cut
    // its peak RSS by ≈20 MB, with save-to-result unchanged (npm run bench). Other libcs ignore it.
    env: { ...process.env, MALLOC_ARENA_MAX: "2", KATA_ROOT: root, KATA_TYPECHECK_WORKER: bundle.typecheckWorker, KATA_TEST_WORKER_ENTRY: bundle.testWorkerEntry, FORCE_COLOR: "0", NO_COLOR: "1" },
    // The host's own output (vitest's, the learner's console) must never reach the grader's screen.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    serialization: "advanced",
  });
}
