import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig, type Plugin } from "vitest/config";
import { learnerSourceDirs, refuseTrustedImports } from "./support/learner-imports.ts";

// The hidden suites import the learner's module by its path under exercises/.
// KATA_SOURCE points that same import at the reference solutions or at the
// pristine starters, so one suite proves all three (see `npm run dev -- check`).
const root = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const sourceDirs = learnerSourceDirs(root);
const exercisesDir = sourceDirs.exercises;

function kataSource(): Plugin {
  const requested = process.env.KATA_SOURCE ?? "exercises";
  if (!(requested in sourceDirs)) {
    throw new Error(`KATA_SOURCE must be one of ${Object.keys(sourceDirs).join(", ")}; got "${requested}"`);
  }
  const target = sourceDirs[requested as keyof typeof sourceDirs];
  return {
    name: "kata-source",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (target === exercisesDir || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.startsWith(exercisesDir)) return null;
      return target + resolved.id.slice(exercisesDir.length);
    },
  };
}

export default defineConfig({
  root,
  plugins: [refuseTrustedImports(root), kataSource()],
  test: {
    include: ["grader/**/*.test.ts"],
    // One kata at a time, in one reusable worker: see README "How the runner works".
    pool: "threads",
    isolate: false,
    fileParallelism: false,
    maxWorkers: 1,
    // The worker outlives the suite: clear the timers learner code left running, and say which
    // test is running so a timeout can name it.
    setupFiles: ["grader/support/guard-imports.ts", "grader/support/guard-process.ts", "grader/support/release-timers.ts", "grader/support/announce-tests.ts"],
    testTimeout: 2_000,
    hookTimeout: 2_000,
    includeTaskLocation: true,
    watch: false,
  },
});
