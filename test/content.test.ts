import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/load.ts";
import { curriculumTable, editedExercises, orphanFiles, phaseReadmeProblems, runAllSuites, suiteProblems, type SuiteOutcome } from "../src/dev/content-check.ts";
import { computeChecksums, readChecksums } from "../src/integrity/checksums.ts";
import { REPO_ROOT } from "./support/mini-project.ts";

// The curriculum itself, like rustlings' `dev check`: every kata is a fair, solvable exercise.
describe("content check: every kata in catalog.json", () => {
  const catalog = loadCatalog(REPO_ROOT);
  let solutions = new Map<string, SuiteOutcome>();
  let starters = new Map<string, SuiteOutcome>();

  beforeAll(async () => {
    [solutions, starters] = await Promise.all([runAllSuites(REPO_ROOT, "solutions"), runAllSuites(REPO_ROOT, "starters")]);
  }, 300_000);

  it("has at least 8 katas in each of the five core phases", () => {
    for (const phase of ["data-structures", "solid", "node-internals", "caching", "rate-limiting"]) {
      expect(catalog.katas.filter((kata) => kata.phase === phase).length, phase).toBeGreaterThanOrEqual(8);
    }
  });

  it("has a solution that passes every test and a starter that fails every test, with 6+ tests", () => {
    expect(suiteProblems(catalog, solutions, starters)).toEqual([]);
  });

  it("records the checksum of every hidden suite and support file as it is now (npm run dev -- checksums)", () => {
    const { testCounts: _counts, ...recorded } = readChecksums(REPO_ROOT) ?? { files: {} };
    expect(recorded).toEqual(computeChecksums(REPO_ROOT, catalog));
  });

  it("records each suite's number of tests as it is now (npm run dev -- checksums)", () => {
    const counts = readChecksums(REPO_ROOT)?.testCounts ?? {};
    const wrong = catalog.katas.filter((kata) => counts[kata.test] !== solutions.get(kata.test)?.total).map((kata) => `${kata.id}: recorded ${counts[kata.test]}, has ${solutions.get(kata.test)?.total}`);
    expect(wrong).toEqual([]);
  });

  it("has two or more hints per kata", () => {
    expect(catalog.katas.filter((kata) => kata.hints.length < 2).map((kata) => kata.id)).toEqual([]);
  });

  it("keeps no file in exercises/, solutions/ or grader/ outside the catalog", () => {
    expect(orphanFiles(REPO_ROOT, catalog)).toEqual([]);
  });

  it("has a README in every phase folder", () => {
    expect(phaseReadmeProblems(REPO_ROOT, catalog)).toEqual([]);
  });

  // On a clean clone (CI) the learner's files are the shipped starters; locally they may be edited.
  it.runIf(process.env.CI)("ships every exercise byte-identical to its starter", () => {
    expect(editedExercises(REPO_ROOT, catalog)).toEqual([]);
  });
});

describe("README", () => {
  it("shows the curriculum table exactly as the catalog describes it", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain(curriculumTable(loadCatalog(REPO_ROOT)));
  });
});
