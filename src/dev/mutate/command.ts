import fs from "node:fs";
import path from "node:path";
import type { Kata } from "../../catalog/catalog.ts";
import { loadCatalog } from "../../catalog/load.ts";
import { requireKata } from "../../catalog/suggest.ts";
import { readEquivalents } from "./equivalents.ts";
import { kataFigures, scoreOf, totals } from "./figures.ts";
import { formatReport } from "./format.ts";
import type { PlannedKata } from "./plan.ts";
import { runStryker } from "./run-stryker.ts";
import { mergeScores, readScores, SCORES_FILE, writeScores } from "./scores-file.ts";
import { mergeReports, parseStrykerReport, type StrykerReport } from "./stryker-report.ts";

/**
 * `npm run dev -- mutate [id…] [--json] [--dry-run]`: mutation testing of the reference
 * solutions against their hidden suites, one Stryker run per kata. Exit code 1 when a kata has a
 * survivor that grader/mutation-equivalents.json does not explain, or Stryker could not run a
 * kata; 0 otherwise; 2 on bad arguments. A survivor is either a missing test or an equivalence
 * nobody recorded yet: both need an author's look, so a script can gate on the exit code.
 */
export const MUTATE_USAGE = "mutate [kata-id…] [--json] [--dry-run] [--save-report file] [--from-report file]";

export interface MutateArgs {
  ids: string[];
  json: boolean;
  dryRun: boolean;
  /** Keep Stryker's JSON report (the runs merged) here, to re-judge survivors without a new run. */
  saveReport?: string;
  /** Skip Stryker and take the figures from a report kept with --save-report (after editing the equivalents). */
  fromReport?: string;
  /** Another project (the tests' fixture): defaults to this one. */
  root?: string;
}

export function parseMutateArgs(argv: readonly string[]): MutateArgs | string {
  const args: MutateArgs = { ids: [], json: false, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--dry-run") args.dryRun = true;
    else if (arg === "--root" && argv[i + 1]) args.root = argv[++i];
    else if (arg === "--save-report" && argv[i + 1]) args.saveReport = argv[++i];
    else if (arg === "--from-report" && argv[i + 1]) args.fromReport = argv[++i];
    else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else args.ids.push(arg);
  }
  return args;
}

/** Both cores of the 2-core machines this is measured on; Stryker's default would be n − 1. */
const CONCURRENCY = 2;

interface FailedKata {
  id: string;
  message: string;
}

/**
 * One Stryker run per kata. Per kata, a mutant meets only its own suite even when another
 * solution imports it (memoize uses the LRU cache; with "perTest" coverage in one shared run,
 * memoize's tests would kill LRU mutants). It was also faster: one run over the 40 katas had
 * not finished after 15 minutes, as each static mutant ran every suite of the run and many
 * timed out (which Stryker counts as killed); per-kata runs cost ~5 s of start-up each.
 */
async function runEach(root: string, katas: readonly PlannedKata[], dryRun: boolean, done: (report: StrykerReport) => void): Promise<{ reports: StrykerReport[]; failed: FailedKata[] }> {
  const reports: StrykerReport[] = [];
  let failed: FailedKata[] = [];
  // A kata whose suite fails Stryker's initial run — typically a timed performance test, slowed
  // by the instrumentation on a busy machine — gets one more try once the others are done.
  const queue = katas.map((kata) => ({ kata, retry: false }));
  for (let index = 0; index < queue.length; index++) {
    const { kata, retry } = queue[index] as (typeof queue)[number];
    const what = `${index + 1}/${queue.length} ${kata.id}${dryRun ? " (dry run)" : ""}${retry ? " (second try)" : ""}`;
    console.error(`mutate: ${what}`);
    const started = Date.now();
    try {
      const report = await runStryker(root, [kata], { dryRunOnly: dryRun, concurrency: CONCURRENCY });
      if (report) {
        reports.push(report);
        done(mergeReports(reports));
      }
      failed = failed.filter((f) => f.id !== kata.id);
      console.error(`mutate: ${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // One kata Stryker cannot run (a suite failing in its initial run) must not cost the others' results.
      failed = failed.filter((f) => f.id !== kata.id).concat({ id: kata.id, message: (error as Error).message });
      if (!retry) queue.push({ kata, retry: true });
      console.error(`mutate: ${what} failed${retry ? "" : "; it will be tried again at the end"}`);
    }
  }
  return { reports, failed };
}

export async function mutateCommand(defaultRoot: string, argv: readonly string[]): Promise<number> {
  const args = parseMutateArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\nUsage: npm run dev -- ${MUTATE_USAGE}`);
    return 2;
  }
  const root = path.resolve(args.root ?? defaultRoot);
  const catalog = loadCatalog(root);
  let chosen: Kata[];
  try {
    chosen = args.ids.length ? args.ids.map((id) => requireKata(catalog, id)) : [...catalog.katas];
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  // Read before the long run, so a malformed file fails in a second, not after ten minutes.
  const equivalents = readEquivalents(root);
  readScores(root);
  let katas: PlannedKata[] = chosen.map((kata) => ({ id: kata.id, solution: kata.solution, test: kata.test }));

  // Figures and the stored scores are brought up to date after every kata, so an interrupted
  // run of the whole catalog keeps what it measured.
  const today = new Date().toISOString().slice(0, 10);
  const tool = "Stryker 9.6.1, vitest runner, perTest coverage, one run per kata";
  const record = (report: StrykerReport) => {
    if (args.saveReport) fs.writeFileSync(args.saveReport, JSON.stringify(report));
    const figures = katas.filter((kata) => kata.solution in report.files).map((kata) => kataFigures(kata, report, equivalents));
    // Re-read at each write: another mutate run (other katas) may have written since this one began.
    writeScores(root, mergeScores(readScores(root), figures.map(scoreOf), today, catalog.katas.map((kata) => kata.id), tool));
  };

  const started = Date.now();
  let reports: StrykerReport[];
  let failed: FailedKata[] = [];
  if (args.fromReport) {
    const saved = parseStrykerReport(fs.readFileSync(args.fromReport, "utf8"));
    katas = katas.filter((kata) => kata.solution in saved.files);
    reports = [saved];
  } else {
    ({ reports, failed } = await runEach(root, katas, args.dryRun, args.dryRun ? () => {} : record));
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  for (const { id, message } of failed) console.error(`✗ ${id}: Stryker could not run it:\n${message}`);
  if (args.dryRun) {
    if (!failed.length) console.log(`✓ dry run: Stryker instrumented ${katas.length} solution${katas.length === 1 ? "" : "s"} and their suites passed (${seconds} s); no mutant was tested`);
    return failed.length ? 1 : 0;
  }

  const report = mergeReports(reports);
  record(report);
  const measured = katas.filter((kata) => kata.solution in report.files);
  const figures = measured.map((kata) => kataFigures(kata, report, equivalents));
  const total = totals(figures);
  const stored = readScores(root);
  const storedTotals = totals(stored);

  if (args.json) console.log(JSON.stringify({ seconds, totals: total, katas: figures, failed }, null, 2));
  else {
    console.log(formatReport(figures, total));
    for (const { id } of failed) console.log(`✗ ${id}: Stryker could not run it (see above); its stored score is unchanged`);
    console.log(`${seconds} s; wrote ${SCORES_FILE} (all ${stored.length} katas it holds: ${storedTotals.score ?? "—"}% excluding equivalents, ${storedTotals.rawScore ?? "—"}% raw)`);
  }
  return total.unexplained > 0 || failed.length ? 1 : 0;
}
