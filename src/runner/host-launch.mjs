// Finding and forking the bundled runner host. Plain JavaScript on purpose: `npm run learn`
// starts in src/start.mjs, which forks the host from here before any TypeScript tooling has
// loaded (tsx takes ≈0.4 s to start), so the two start-ups overlap. host-build.ts builds the
// bundle when src/ has changed; see there for why the host is bundled at all.
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Under node_modules, so the bundle's bare imports (vitest, zod…) resolve as usual. */
export const HOST_CACHE_DIR = path.join(SRC_DIR, "..", "node_modules", ".cache", "backend-katas");

/**
 * Where the bundle of src/ as it is now lives — a folder named by a fingerprint of every source
 * file's path, size and modification time — and whether it has been built.
 * @returns {import("./host-launch.d.mts").HostBuild}
 */
export function hostBuildFor() {
  const files = fs
    .readdirSync(SRC_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|mjs)$/.test(file))
    .sort();
  const stamp = files
    .map((file) => {
      const stat = fs.statSync(path.join(SRC_DIR, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\n");
  const dir = path.join(HOST_CACHE_DIR, `runner-${createHash("sha256").update(stamp).digest("hex").slice(0, 16)}`);
  const hostEntry = path.join(dir, "host.mjs");
  const typecheckWorker = path.join(dir, "typecheck-worker.mjs");
  return { dir, hostEntry, typecheckWorker, built: fs.existsSync(hostEntry) && fs.existsSync(typecheckWorker) };
}

/**
 * Starts a built host as a child process with an IPC channel.
 * @param {string} root the project the host grades
 * @param {import("./host-launch.d.mts").HostBuild} build
 * @returns {import("node:child_process").ChildProcess}
 */
export function forkHost(root, build) {
  return fork(build.hostEntry, [], {
    cwd: root,
    // A 1 MB young generation (instead of V8's 16 MB) for each of the host's three threads cut its
    // peak RSS by ≈65 MB with no measurable change in save-to-result time (npm run bench).
    execArgv: ["--max-semi-space-size=1"],
    env: { ...process.env, KATA_ROOT: root, KATA_TYPECHECK_WORKER: build.typecheckWorker, FORCE_COLOR: "0", NO_COLOR: "1" },
    // The host's own output (vitest's, the learner's console) must never reach the grader's screen.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    serialization: "advanced",
  });
}
