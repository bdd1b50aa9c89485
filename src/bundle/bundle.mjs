// The grader as it actually runs: src/ bundled by esbuild into three plain ES modules, cached
// under node_modules by a fingerprint of src/, rebuilt (≈0.3 s) only when src/ has changed.
//
//   cli.mjs               the grader (cli/main.ts): watch mode and every command
//   host.mjs              the runner host (runner/host/host.ts): warm vitest, learner code
//   typecheck-worker.mjs  the host's type-checker thread
//
// Why not tsx, which still runs the dev scripts, the bench and the tests: loading TypeScript
// through module hooks costs a hooks thread and a transform of every module at start-up.
// Measured with `npm run bench`: through tsx the grader took ≈30 MB more memory and ≈0.3 s
// longer to start, and the host ≈90 MB more and ≈0.4 s longer to be ready. esbuild bundles only
// the grader's own files; packages stay imports, resolved from node_modules as usual.
//
// Plain JavaScript on purpose: src/start.mjs needs the bundle before any TypeScript can load.
// This is the one module of src/ that may use import.meta.url (see buildBundle()).
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const THIS_FILE = fileURLToPath(import.meta.url);
export const SRC_DIR = path.resolve(path.dirname(THIS_FILE), "..");
export const PROJECT_ROOT = path.resolve(SRC_DIR, "..");
/** Under node_modules, so the bundles' bare imports (vitest, zod…) resolve as usual. */
export const BUNDLE_CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "backend-katas");

const ENTRY_POINTS = {
  cli: path.join(SRC_DIR, "cli", "main.ts"),
  host: path.join(SRC_DIR, "runner", "host", "host.ts"),
  "typecheck-worker": path.join(SRC_DIR, "runner", "typecheck", "typecheck-worker.ts"),
};

/**
 * Where the bundle of src/ as it is now lives — a folder named by a fingerprint of every source
 * file's path, size and modification time — and whether it has been built.
 * @returns {import("./bundle.d.mts").Bundle}
 */
export function bundleFor() {
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
  const dir = path.join(BUNDLE_CACHE_DIR, `grader-${createHash("sha256").update(stamp).digest("hex").slice(0, 16)}`);
  const bundle = {
    dir,
    cli: path.join(dir, "cli.mjs"),
    host: path.join(dir, "host.mjs"),
    typecheckWorker: path.join(dir, "typecheck-worker.mjs"),
    // Not bundled: Node loads it as it is inside each test worker thread.
    testWorkerEntry: path.join(SRC_DIR, "runner", "test-worker", "entry.mjs"),
  };
  return { ...bundle, built: [bundle.cli, bundle.host, bundle.typecheckWorker].every((file) => fs.existsSync(file)) };
}

/**
 * The bundle of src/ as it is now, built first if src/ has changed since the last build.
 * @returns {import("./bundle.d.mts").Bundle}
 */
export function buildBundle() {
  const bundle = bundleFor();
  if (bundle.built) return bundle;
  const outputFiles = compileBundle();
  const temp = `${bundle.dir}.${process.pid}.tmp`;
  fs.mkdirSync(temp, { recursive: true });
  for (const file of outputFiles) fs.writeFileSync(path.join(temp, path.basename(file.path)), file.text);
  try {
    fs.renameSync(temp, bundle.dir);
  } catch {
    // Another grader built the same sources first; its output is the same.
    fs.rmSync(temp, { recursive: true, force: true });
  }
  removeOldBundles(bundle.dir);
  return { ...bundle, built: true };
}

/**
 * esbuild's output for src/ as it is now, in memory (nothing is written).
 * @returns {import("esbuild").OutputFile[]}
 */
export function compileBundle() {
  // Loaded only when a build is needed; require() keeps building synchronous. Without worker
  // threads, esbuild's buildSync runs its binary once and waits for it to exit; with them, it
  // would keep a thread and a service process (≈22 MB) alive for the rest of the session. The
  // setting is read when esbuild loads, and put back so no child process inherits it.
  const workerThreads = process.env.ESBUILD_WORKER_THREADS;
  process.env.ESBUILD_WORKER_THREADS = "0";
  /** @type {typeof import("esbuild")} */
  const esbuild = createRequire(import.meta.url)("esbuild");
  if (workerThreads === undefined) delete process.env.ESBUILD_WORKER_THREADS;
  else process.env.ESBUILD_WORKER_THREADS = workerThreads;
  return esbuild.buildSync({
    entryPoints: ENTRY_POINTS,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    outdir: "out",
    outExtension: { ".js": ".mjs" },
    // A bundled module's own import.meta.url would name the bundle, not its source. Only this
    // module reads it (to find src/), so every mention in a bundle is pinned to this file.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(THIS_FILE).href) },
    write: false,
    logLevel: "silent",
  }).outputFiles;
}

/** Bundles of earlier sources, left a day or more ago (a grader still running one is younger). */
function removeOldBundles(current) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of fs.readdirSync(BUNDLE_CACHE_DIR)) {
    const dir = path.join(BUNDLE_CACHE_DIR, name);
    if (dir === current || !/^(grader|runner)-/.test(name)) continue;
    try {
      if (fs.statSync(dir).mtimeMs < dayAgo) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // another grader removed it first
    }
  }
}
