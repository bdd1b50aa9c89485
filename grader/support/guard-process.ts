/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * Learner code runs in a worker thread of the runner host, whose parent is the grader: a
 * `process.kill(process.ppid)` would take the learner's terminal down with it (alternate screen
 * left on, cursor hidden, progress unsaved). Signals to the grader or the host are refused with a
 * message instead; a kata never needs either.
 *
 * Starting processes is refused too. A shell can signal any process of the learner's (`kill`
 * needs no guard of ours to pass), and a process the code starts, attached or detached, outlives
 * the run, the host and `q`. No kata needs one: every kata runs in the grader's own process.
 */
import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

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

  const refuseProcess = (name: string) => (command?: unknown) => {
    throw new Error(
      `your code tried to start a process (${name}${typeof command === "string" ? ` "${command.slice(0, 40)}"` : ""}): katas run inside the grader, and a process started from here could outlive the run or stop the grader; solve it in your own code instead`,
    );
  };
  const starters = ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"] as const;
  for (const name of starters) {
    Object.defineProperty(childProcess, name, { value: refuseProcess(name), writable: false, configurable: false });
  }
  // `import { spawn } from "node:child_process"` reads the ESM view of the module: bring it in line.
  syncBuiltinESMExports();
  // The bindings child_process is built on, reachable through the deprecated process.binding().
  // Deprecated and left out of @types/node, but still there.
  const withBinding = process as unknown as { binding(name: string): unknown };
  const binding = withBinding.binding.bind(process);
  const internals = new Set(["spawn_sync", "process_wrap"]);
  Object.defineProperty(process, "binding", {
    value: (name: string) => (internals.has(name) ? refuseProcess(`process.binding("${name}")`)() : binding(name)),
    writable: false,
    configurable: false,
  });
}
