/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * Learner code runs in a worker thread of the runner host, whose parent is the grader: a
 * `process.kill(process.ppid)` would take the learner's terminal down with it (alternate screen
 * left on, cursor hidden, progress unsaved). Signals to the grader or the host are refused with a
 * message instead; a kata never needs either. Child processes the learner starts are theirs.
 */
const key = Symbol.for("backend-katas.guarded-kill");
const scope = globalThis as typeof globalThis & { [key]?: true };

// Setup files run again for every suite in the same worker: wrap once.
if (!scope[key]) {
  scope[key] = true;
  const realKill = process.kill.bind(process);
  const protectedPids = new Set([process.pid, process.ppid]);
  const guardedKill = (pid: number, signal?: string | number): true => {
    if (protectedPids.has(pid) || pid === 0 || pid === -process.pid || pid === -process.ppid) {
      throw new Error(`your code tried to send ${signal ?? "SIGTERM"} to the grader (process ${pid}): a kata never needs to signal it; signal only processes your code started`);
    }
    return realKill(pid, signal);
  };
  Object.defineProperty(process, "kill", { value: guardedKill, writable: false, configurable: false });
}
