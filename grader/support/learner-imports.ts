import path from "node:path";
import { fileURLToPath } from "node:url";
import { init, parse } from "es-module-lexer";
import type { Plugin } from "vitest/config";

/**
 * Learner code may import Node's modules, npm packages and other exercises, but not what the
 * grader trusts: the test framework (a solution has no reason to touch `expect` or skip a test),
 * the hidden suites and their support files, or the reference solutions.
 *
 * Three doors, one rule (`refusal`): static imports are refused where vite resolves them; a
 * dynamic `import()` is rewritten to ask the rule at run time, since vitest's worker loads
 * `vitest` itself without asking vite; `require()` is checked by `guardRequire`.
 */
/** Where code the grader runs as the learner's lives: their exercises, and the reference and starter copies `check` grades the same way. */
export function learnerSourceDirs(root: string) {
  return {
    exercises: path.join(root, "exercises") + path.sep,
    solutions: path.join(root, "solutions") + path.sep,
    starters: path.join(root, "grader", "starters") + path.sep,
  } as const;
}

export function isLearnerFile(root: string, file: string | undefined): boolean {
  return !!file && Object.values(learnerSourceDirs(root)).some((dir) => file.startsWith(dir));
}

export function refuseTrustedImports(root: string): Plugin {
  return {
    name: "refuse-trusted-imports",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !isLearnerFile(root, importer)) return null;
      const bare = refusal(root, importer, source);
      if (bare) throw new Error(bare);
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const target = refusal(root, importer, resolved?.id.split("?")[0] ?? "", source);
      if (target) throw new Error(target);
      return resolved;
    },
    transform: {
      order: "post",
      async handler(code, id) {
        const file = id.split("?")[0] ?? id;
        if (!isLearnerFile(root, file)) return null;
        await init;
        const [imports] = parse(code);
        const dynamic = imports.filter((entry) => entry.d > -1 && entry.s < entry.e).reverse();
        if (!dynamic.length) return null;
        let rewritten = code;
        for (const entry of dynamic) {
          const specifier = rewritten.slice(entry.s, entry.e);
          rewritten = `${rewritten.slice(0, entry.s)}globalThis[Symbol.for(${JSON.stringify(CHECK_IMPORT)})](${specifier}, ${JSON.stringify(file)})${rewritten.slice(entry.e)}`;
        }
        return { code: rewritten, map: null };
      },
    },
  };
}

/** The key of the run-time check that rewritten `import()` calls go through (installed by `installImportCheck`). */
export const CHECK_IMPORT = "backend-katas.check-import";

/** Marked so the runner shows it as it is (see src/runner/explain.ts). */
export const REFUSED_IMPORT = "import refused:";

const TEST_FRAMEWORK = /^(?:vitest|vite|vite-node)(?:\/|$)|^@vitest\//;
const TEST_FRAMEWORK_FILE = /[\\/]node_modules[\\/](?:vitest|vite|vite-node|@vitest[\\/][^\\/]+)[\\/]/;

/**
 * Why `importer` may not load `target` (a specifier, or the path it resolved to), or undefined
 * when it may. `asWritten` is the specifier as the learner wrote it, for the message. Pure.
 */
export function refusal(root: string, importer: string, target: string, asWritten = target): string | undefined {
  const grader = path.join(root, "grader") + path.sep;
  const { starters, solutions } = learnerSourceDirs(root);
  const file = target.startsWith("file:") ? fileURLToPath(target) : target.startsWith(".") ? path.resolve(path.dirname(importer), target) : target;
  let what: string | undefined;
  if (TEST_FRAMEWORK.test(target) || TEST_FRAMEWORK_FILE.test(file)) what = "the test framework";
  else if (file.startsWith(solutions) && !importer.startsWith(solutions)) what = "the reference solutions";
  else if (file.startsWith(grader) && !(file.startsWith(starters) && importer.startsWith(starters))) what = "the hidden tests";
  if (!what) return undefined;
  return `${REFUSED_IMPORT} ${path.relative(root, importer)} imports "${asWritten}", which is ${what}. Your solution may use Node's modules, npm packages and other exercises, not the grader's own files: remove that import.`;
}
