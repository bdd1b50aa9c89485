import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../../src/catalog/load.ts";
import { writeChecksums } from "../../src/integrity/checksums.ts";

export const REPO_ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "mini");

/**
 * A throwaway copy of a three-kata project (basics/add, basics/greet, basics/double) with the
 * real grader config and tsconfig, so tests can edit exercises and progress freely.
 */
export function createMiniProject(): { root: string; write: (relative: string, content: string) => void; read: (relative: string) => string; solution: (kataName: string) => string; cleanup: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kata-mini-"));
  fs.cpSync(FIXTURE, root, { recursive: true });
  fs.mkdirSync(path.join(root, "grader"), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, "grader", "vitest.config.ts"), path.join(root, "grader", "vitest.config.ts"));
  fs.cpSync(path.join(REPO_ROOT, "grader", "support"), path.join(root, "grader", "support"), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, "tsconfig.json"), path.join(root, "tsconfig.json"));
  fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "mini", private: true, type: "module" }));
  writeChecksums(root, loadCatalog(root));
  return {
    root,
    write: (relative, content) => {
      // Write-then-rename, like editors that save atomically.
      const file = path.join(root, relative);
      fs.writeFileSync(`${file}.tmp`, content);
      fs.renameSync(`${file}.tmp`, file);
    },
    read: (relative) => fs.readFileSync(path.join(root, relative), "utf8"),
    solution: (kataName) => fs.readFileSync(path.join(root, "solutions", "basics", `${kataName}.ts`), "utf8"),
    // Retried: a grader that was just killed may still be writing its last progress.
    cleanup: () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }),
  };
}
