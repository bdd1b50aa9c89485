import { createRequire } from "node:module";
import path from "node:path";

/**
 * The vitest release whose internals warm-pool.ts relies on (its worker start/stop handshake and
 * ThreadsPoolWorker's fields). package.json pins exactly this version; a test keeps the two equal.
 */
export const POOL_VITEST_VERSION = "4.1.12";

/** Why the installed vitest cannot run the warm pool, or undefined when it can. Pure. */
export function vitestVersionProblem(installed: string | undefined): string | undefined {
  if (installed === POOL_VITEST_VERSION) return undefined;
  return `the grader's test runner is built for vitest ${POOL_VITEST_VERSION}, but ${installed ? `vitest ${installed} is installed` : "vitest is not installed"}: run \`npm ci\` to install the versions package-lock.json pins (your exercises are untouched)`;
}

/** The vitest the project at `root` resolves (the host's own import of vitest resolves the same). */
export function installedVitestVersion(root: string): string | undefined {
  try {
    return (createRequire(path.join(root, "package.json"))("vitest/package.json") as { version?: string }).version;
  } catch {
    return undefined;
  }
}
