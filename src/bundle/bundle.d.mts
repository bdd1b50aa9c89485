export interface Bundle {
  /** The folder for this fingerprint of src/. */
  dir: string;
  /** The grader (cli/main.ts). */
  cli: string;
  /** The runner host (runner/host/host.ts). */
  host: string;
  /** The host's type-checker thread (runner/typecheck/typecheck-worker.ts). */
  typecheckWorker: string;
  /** The test worker thread's entry (runner/test-worker/entry.mjs), used from src/ as it is. */
  testWorkerEntry: string;
  /** All three bundled files are there already. */
  built: boolean;
}

export const SRC_DIR: string;
export const PROJECT_ROOT: string;
export const BUNDLE_CACHE_DIR: string;
export function bundleFor(): Bundle;
export function buildBundle(): Bundle;
export function compileBundle(): import("esbuild").OutputFile[];
