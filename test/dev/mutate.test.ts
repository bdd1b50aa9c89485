import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, it } from "vitest";
import { mutantKey, oneLineDiff } from "../../src/dev/mutate/describe-mutant.ts";
import { equivalentsSchema, matchEquivalents, readEquivalents, type Equivalents } from "../../src/dev/mutate/equivalents.ts";
import { kataFigures, scoreOf, totals } from "../../src/dev/mutate/figures.ts";
import { parseMutateArgs } from "../../src/dev/mutate/command.ts";
import { strykerConfig } from "../../src/dev/mutate/plan.ts";
import { mergeScores } from "../../src/dev/mutate/scores-file.ts";
import { parseStrykerReport, type StrykerMutant, type StrykerReport } from "../../src/dev/mutate/stryker-report.ts";
import { createMiniProject, REPO_ROOT } from "../support/mini-project.ts";

const FILE = "solutions/caching/lru-cache.ts";
const SOURCE = [
  "export class LruCache {",
  "  set(key: string, value: number): void {",
  "    if (this.map.size >= this.capacity) {",
  "      this.evictOldest();",
  "    }",
  "    if (value < 0) throw new RangeError(`value must not be negative, got ${value}`);",
  "  }",
  "}",
  "",
].join("\n");

function mutant(id: string, status: StrykerMutant["status"], mutatorName: string, start: [number, number], end: [number, number], replacement: string): StrykerMutant {
  return { id, status, mutatorName, replacement, location: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } } };
}

// A report in the shape Stryker 9's JSON reporter writes (extra fields included, as it has them).
const REPORT_TEXT = JSON.stringify({
  schemaVersion: "1.0",
  thresholds: { high: 80, low: 60 },
  projectRoot: "/somewhere",
  files: {
    [FILE]: {
      language: "typescript",
      source: SOURCE,
      mutants: [
        { ...mutant("3", "Survived", "StringLiteral", [6, 41], [6, 83], "``"), coveredBy: ["1"] },
        mutant("0", "Survived", "ConditionalExpression", [3, 9], [3, 39], "true"),
        mutant("1", "Killed", "ConditionalExpression", [3, 9], [3, 39], "false"),
        mutant("2", "Timeout", "BlockStatement", [3, 41], [5, 6], "{}"),
        mutant("4", "NoCoverage", "EqualityOperator", [6, 9], [6, 18], "value <= 0"),
        mutant("5", "CompileError", "ArithmeticOperator", [6, 9], [6, 18], "x"),
        mutant("6", "Killed", "EqualityOperator", [3, 9], [3, 39], "this.map.size > this.capacity"),
        mutant("7", "Ignored", "ObjectLiteral", [1, 1], [1, 5], "{}"),
      ],
    },
  },
  testFiles: {},
});

const MESSAGE_EQUIVALENT: Equivalents = {
  formatVersion: 1,
  katas: {
    "caching/lru-cache": [
      {
        file: FILE,
        mutator: "StringLiteral",
        original: "`value must not be negative, got ${value}`",
        replacement: "``",
        line: "if (value < 0) throw new RangeError(`value must not be negative, got ${value}`);",
        reason: "the header does not specify the message",
      },
      { file: FILE, mutator: "BooleanLiteral", original: "true", replacement: "false", line: "return true;", reason: "no longer in the code" },
    ],
  },
};

describe("mutate: Stryker's report to per-kata figures", () => {
  const report: StrykerReport = parseStrykerReport(REPORT_TEXT);
  const kata = { id: "caching/lru-cache", solution: FILE };

  it("counts each status and scores killed + timed out over valid mutants, compile errors and ignored (static) mutants left out", () => {
    const figures = kataFigures(kata, report, { formatVersion: 1, katas: {} });
    expect(figures).toMatchObject({ mutants: 8, killed: 2, survived: 2, timedOut: 1, noCoverage: 1, invalid: 1, ignored: 1, equivalent: 0, unexplained: 3, rawScore: 50, score: 50 });
  });

  it("shows each survivor as a one-line diff at its location, in file order", () => {
    const figures = kataFigures(kata, report, { formatVersion: 1, katas: {} });
    expect(figures.survivors.map((s) => `${s.status} ${s.location}  ${s.diff}`)).toEqual([
      "Survived solutions/caching/lru-cache.ts:3:9  if (this.map.size >= this.capacity) { → if (true) {",
      // Context beyond 40 characters either side of the change is cut.
      "NoCoverage solutions/caching/lru-cache.ts:6:9  if (value < 0) throw new RangeError(`value must not … → if (value <= 0) throw new RangeError(`value must not …",
      "Survived solutions/caching/lru-cache.ts:6:41  if (value < 0) throw new RangeError(`value must not be negative, got ${value}`); → if (value < 0) throw new RangeError(``);",
    ]);
  });

  it("collapses a multi-line mutated block to one line", () => {
    const block = report.files[FILE]?.mutants.find((m) => m.id === "2") as StrykerMutant;
    expect(oneLineDiff(SOURCE, block)).toBe("if (this.map.size >= this.capacity) { this.evictOldest(); } → if (this.map.size >= this.capacity) {}");
    expect(mutantKey(FILE, SOURCE, block)).toEqual({ file: FILE, mutator: "BlockStatement", original: "{ this.evictOldest(); }", replacement: "{}", line: "if (this.map.size >= this.capacity) {" });
  });

  it("leaves recorded equivalents out of the score and the survivor list, and names entries that match nothing", () => {
    const figures = kataFigures(kata, report, MESSAGE_EQUIVALENT);
    expect(figures).toMatchObject({ equivalent: 1, unexplained: 2, rawScore: 50, score: 60 });
    expect(figures.survivors.map((s) => s.key.mutator)).toEqual(["ConditionalExpression", "EqualityOperator"]);
    expect(figures.staleEquivalents.map((e) => e.reason)).toEqual(["no longer in the code"]);
  });

  it("gives a kata whose solution has no mutant no score rather than 0 or 100", () => {
    expect(kataFigures({ id: "basics/empty", solution: "solutions/basics/empty.ts" }, report, MESSAGE_EQUIVALENT)).toMatchObject({ mutants: 0, rawScore: null, score: null });
  });

  it("totals over all mutants, not as an average of kata scores", () => {
    const one = scoreOf(kataFigures(kata, report, MESSAGE_EQUIVALENT));
    const perfect = { ...one, id: "caching/ttl-cache", mutants: 10, killed: 10, survived: 0, timedOut: 0, noCoverage: 0, invalid: 0, ignored: 0, equivalent: 0, unexplained: 0, rawScore: 100, score: 100 };
    expect(totals([one, perfect])).toMatchObject({ katas: 2, mutants: 18, killed: 12, timedOut: 1, rawScore: 81.3, score: 86.7, unexplained: 2 });
  });

  it("rejects a report that is not Stryker's schema 1", () => {
    expect(() => parseStrykerReport(JSON.stringify({ schemaVersion: "2", files: {} }))).toThrow(/schema 1/);
  });
});

describe("mutate: the equivalents file", () => {
  const survivors = [
    { file: FILE, mutator: "StringLiteral", original: '"a"', replacement: '""', line: 'log("a");' },
    { file: FILE, mutator: "StringLiteral", original: '"a"', replacement: '""', line: 'log("a");' },
    { file: FILE, mutator: "StringLiteral", original: '"a"', replacement: '""', line: 'if (mode === "a") return;' },
    { file: FILE, mutator: "ConditionalExpression", original: "x > 0", replacement: "true", line: "if (x > 0) {" },
  ];
  const entry = (extra: object = {}) => ({ file: FILE, mutator: "StringLiteral", original: '"a"', replacement: '""', line: 'log("a");', reason: "r", ...extra });

  it("matches by file, mutator, original, replacement and line; one entry explains identical survivors", () => {
    const match = matchEquivalents(survivors, (s) => s, [entry()]);
    expect(match.explained).toHaveLength(2);
    // The same change on another line is another mutant: it still needs its own look.
    expect(match.unexplained).toEqual([survivors[2], survivors[3]]);
    expect(match.stale).toEqual([]);
  });

  it("does not match when any part differs (another file, mutator, replacement or line)", () => {
    for (const extra of [{ file: "solutions/other.ts" }, { mutator: "EqualityOperator" }, { replacement: "false" }, { line: 'warn("a");' }]) {
      const match = matchEquivalents([survivors[0]], (s) => s, [entry(extra)]);
      expect(match.unexplained).toHaveLength(1);
      expect(match.stale).toHaveLength(1);
    }
  });

  it("requires a reason for every entry and kata ids as keys", () => {
    const { reason: _reason, ...unexplained } = entry();
    expect(equivalentsSchema.safeParse({ formatVersion: 1, katas: { "caching/lru-cache": [unexplained] } }).success).toBe(false);
    expect(equivalentsSchema.safeParse({ formatVersion: 1, katas: { "Not An Id": [entry()] } }).success).toBe(false);
    expect(equivalentsSchema.safeParse({ formatVersion: 1, katas: { "caching/lru-cache": [entry()] } }).success).toBe(true);
  });

  it("reads the committed file, and none from a project without one", () => {
    expect(readEquivalents(REPO_ROOT).formatVersion).toBe(1);
    expect(readEquivalents(fs.mkdtempSync(path.join(os.tmpdir(), "kata-no-equivalents-")))).toEqual({ formatVersion: 1, katas: {} });
  });
});

describe("mutate: the Stryker run", () => {
  const lru = { id: "caching/lru-cache", solution: "solutions/caching/lru-cache.ts", test: "grader/caching/lru-cache.test.ts" };

  it("builds a perTest config on two workers, with the sandbox and report where it is told", () => {
    const config = strykerConfig([lru], { reportFile: "/tmp/x/report.json", sandboxDir: "/tmp/x/sandbox", dryRunOnly: false, concurrency: 2 });
    expect(config).toMatchObject({ testRunner: "vitest", coverageAnalysis: "perTest", ignoreStatic: true, concurrency: 2, mutate: [lru.solution], testFiles: [lru.test], tempDirName: "/tmp/x/sandbox", jsonReporter: { fileName: "/tmp/x/report.json" }, vitest: { configFile: "grader/vitest.config.ts" } });
  });

  it("parses its arguments", () => {
    expect(parseMutateArgs(["caching/lru-cache", "--json"])).toEqual({ ids: ["caching/lru-cache"], json: true, dryRun: false });
    expect(parseMutateArgs(["--nope"])).toBe("unknown option --nope");
  });
});

describe("mutate: the committed scores", () => {
  const score = { id: "a/b", mutants: 4, killed: 3, survived: 1, timedOut: 0, noCoverage: 0, invalid: 0, ignored: 0, equivalent: 1, unexplained: 0, rawScore: 75, score: 100 };

  it("updates the katas just measured, keeps the others, follows catalog order and drops removed katas", () => {
    const previous = [
      { ...score, id: "a/c", measured: "2026-01-01" },
      { ...score, id: "a/gone", measured: "2026-01-01" },
      { ...score, id: "a/b", measured: "2026-01-01", killed: 0, rawScore: 0, score: 0 },
    ];
    const merged = mergeScores(previous, [score], "2026-02-02", ["a/b", "a/c"], "Stryker");
    expect(merged.katas.map((k) => [k.id, k.measured, k.score])).toEqual([["a/b", "2026-02-02", 100], ["a/c", "2026-01-01", 100]]);
    expect(merged.totals).toMatchObject({ katas: 2, mutants: 8, rawScore: 75, score: 100 });
  });
});

// The real tool on the fixture project's smallest kata: Stryker starts, mutates, and reports.
describe("npm run dev -- mutate (fixture project)", () => {
  const project = createMiniProject();
  afterAll(() => project.cleanup());

  it("mutation-tests one kata and writes its score", { timeout: 120_000 }, async () => {
    const { stdout, stderr, exitCode } = await execa("node", ["--import", "tsx", path.join(REPO_ROOT, "src", "dev", "cli.ts"), "mutate", "basics/add", "--json", "--root", project.root], { cwd: REPO_ROOT, reject: false });
    expect(exitCode, stderr).toBe(0);
    const result = JSON.parse(stdout) as { katas: Array<{ id: string; mutants: number; score: number }> };
    expect(result.katas).toEqual([expect.objectContaining({ id: "basics/add", score: 100 })]);
    expect(result.katas[0]?.mutants).toBeGreaterThan(0);
    const stored = JSON.parse(project.read("grader/mutation-report.json")) as { katas: Array<{ id: string }> };
    expect(stored.katas.map((k) => k.id)).toEqual(["basics/add"]);
  });
});
