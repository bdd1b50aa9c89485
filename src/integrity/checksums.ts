import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Catalog, Kata } from "../catalog/catalog.ts";
import { sha256 } from "../util/hash.ts";

/**
 * grader/checksums.json: the sha-256 of every file the grader trusts to judge a kata (its hidden
 * suite, the suites' support files and the test config). A learner who edits a hidden test to
 * make it pass is told so, and the kata is not graded. Written by `npm run dev -- checksums`.
 */
export const CHECKSUMS_FILE = path.join("grader", "checksums.json");

const checksumsSchema = z.object({
  formatVersion: z.literal(1),
  /** Path relative to the project root → sha-256 of its bytes. */
  files: z.record(z.string(), z.string()),
  /**
   * Hidden suite → how many tests it has. A run that collects any other number was interfered
   * with (learner code reaching into the test runner) and is not graded.
   */
  testCounts: z.record(z.string(), z.number().int().positive()).optional(),
});

export type Checksums = z.infer<typeof checksumsSchema>;

/** The files that judge every kata, shared by all suites. */
function sharedGraderFiles(root: string): string[] {
  const support = path.join("grader", "support");
  const names = fs.existsSync(path.join(root, support)) ? fs.readdirSync(path.join(root, support)).sort() : [];
  return [path.join("grader", "vitest.config.ts"), ...names.map((name) => path.join(support, name))];
}

/** What judges this kata: its suite and the shared files. */
function graderFilesFor(root: string, kata: Kata): string[] {
  return [kata.test, ...sharedGraderFiles(root)];
}

function hashOf(root: string, file: string): string | undefined {
  try {
    return sha256(fs.readFileSync(path.join(root, file)));
  } catch {
    return undefined;
  }
}

export function computeChecksums(root: string, catalog: Catalog): Checksums {
  const files = [...new Set([...catalog.katas.map((kata) => kata.test), ...sharedGraderFiles(root)])].sort();
  return { formatVersion: 1, files: Object.fromEntries(files.map((file) => [file, hashOf(root, file) ?? "missing"])) };
}

/** `testCounts`: each suite's number of tests (src/dev/count-tests.ts), kept from the last write when not given. */
export function writeChecksums(root: string, catalog: Catalog, testCounts?: Record<string, number>): void {
  const counts = testCounts ?? readChecksums(root)?.testCounts;
  const manifest: Checksums = { ...computeChecksums(root, catalog), ...(counts ? { testCounts: sortedKeys(counts) } : {}) };
  fs.writeFileSync(path.join(root, CHECKSUMS_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function sortedKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function readChecksums(root: string): Checksums | undefined {
  try {
    const parsed = checksumsSchema.safeParse(JSON.parse(fs.readFileSync(path.join(root, CHECKSUMS_FILE), "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the shipped manifest says of this kata, read once before every run: why it must not be
 * graded as its files stand (`tampered`, undefined when every file that judges it is as shipped),
 * and how many tests its suite has (`expectedTests`, where recorded). Reads a few small files:
 * cheap enough before every run.
 */
export function checkGraderFiles(root: string, kata: Kata): { tampered?: string; expectedTests?: number } {
  const restore = "restore them with `git checkout grader/`";
  const checksums = readChecksums(root);
  if (!checksums) return { tampered: `${CHECKSUMS_FILE} is missing or unreadable, so the hidden tests cannot be trusted: ${restore}` };
  const changed = graderFilesFor(root, kata).filter((file) => checksums.files[file] === undefined || hashOf(root, file) !== checksums.files[file]);
  if (changed.length) return { tampered: `the hidden tests were changed (${changed.join(", ")}), so this kata is not graded: ${restore}` };
  const expectedTests = checksums.testCounts?.[kata.test];
  return expectedTests === undefined ? {} : { expectedTests };
}

/** Why this kata must not be graded as its files stand, or undefined when they are as shipped. */
export function tamperedGraderFiles(root: string, kata: Kata): string | undefined {
  return checkGraderFiles(root, kata).tampered;
}
