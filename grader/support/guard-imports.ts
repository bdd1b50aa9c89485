/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * The run-time half of grader/support/learner-imports.ts: the check that learner code's rewritten
 * `import()` calls go through, and the same rule for `require()` (Node 20.19+ can require ESM, so
 * `createRequire(import.meta.url)("vitest")` would reach the framework too).
 */
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHECK_IMPORT, isLearnerFile, refusal } from "./learner-imports.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const key = Symbol.for(CHECK_IMPORT);

// Setup files run again for every suite in the same worker: install once, and so that learner
// code cannot replace the check.
if (!(key in globalThis)) {
  Object.defineProperty(globalThis, key, {
    value: (specifier: unknown, importer: string) => {
      const text = String(specifier);
      const refused = refusal(root, importer, text);
      if (refused) throw new Error(refused);
      return specifier;
    },
    enumerable: false,
    writable: false,
    configurable: false,
  });
  // Not in @types/node: the hook every require() resolves through.
  const loader = Module as unknown as { _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string };
  const resolveFilename = loader._resolveFilename;
  loader._resolveFilename = function (request, parent, ...rest) {
    const resolved = resolveFilename.call(this, request, parent, ...rest);
    if (parent && isLearnerFile(root, parent.filename)) {
      const refused = refusal(root, parent.filename as string, request) ?? refusal(root, parent.filename as string, resolved, request);
      if (refused) throw new Error(refused);
    }
    return resolved;
  };
}
