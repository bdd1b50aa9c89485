/**
 * `npm run bench`: the runner's speed and memory, measured end to end on this machine.
 * Figures are medians and p95s; speed targets are read as ratios against a cold `vitest run`
 * of the same kata measured in the same run, because shared machines are noisy.
 *
 *   save-to-result   write the exercise file → the result is on the screen (watch mode, in a pty)
 *   cold baseline    `npx vitest run <the kata's suite>` as a whole process
 *   start            `npm run learn` started → first result on screen
 *   verify           `npm run learn -- verify` of the whole catalog
 *   peak RSS         each watch-mode process's high-water mark (VmHWM), summed: npm, the grader,
 *                    the runner host. Conservative: pages two processes share (the node binary,
 *                    ≈40 MB in each) count once per process.
 *   peak PSS         the most the process tree held at once in proportional set size, sampled
 *                    every 100 ms: shared pages are split between the processes that map them,
 *                    so this is the memory watch mode actually adds to the machine.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { LearnSession } from "../test/support/pty.ts";
import { descendantPids } from "../test/support/processes.ts";
import { loadCatalog } from "../src/catalog/load.ts";
import { RunnerClient } from "../src/runner/client/client.ts";

const ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const KATA = process.env.BENCH_KATA ?? "rate-limiting/token-bucket";
const SAVES = Number(process.env.BENCH_SAVES ?? 20);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const SOLVES = Number(process.env.BENCH_SOLVES ?? 8);
const DATABASE_KATA = process.env.BENCH_DATABASE_KATA ?? "databases/transactions";

function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kata-bench-"));
  for (const entry of ["catalog.json", "tsconfig.json", "package.json", "exercises", "solutions", "grader"]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  // Start from a clean slate: every exercise is its starter, and no progress.
  fs.cpSync(path.join(ROOT, "grader", "starters"), path.join(dir, "exercises"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

function stats(samples: number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), n: samples.length };
}


/** Proportional set size of these processes, summed, in MB (0 for any that has gone). */
function pssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process has gone
    }
  }
  return kb / 1024;
}

/** Samples the PSS of a process tree until stopped; stop() returns the highest sum seen. */
function samplePeakPss(root: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, pssMb([root, ...descendantPids(root)]));
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return Math.round(peak);
    },
  };
}

/** Peak RSS (VmHWM) of each process, with a short name from its command line. */
function peakRss(pids: number[]): Array<{ process: string; peakMb: number }> {
  const rows: Array<{ process: string; peakMb: number }> = [];
  for (const pid of pids) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      const line = command.join(" ");
      const program = path.basename(command[0] ?? "");
      const name = program === "script" || program === "sh"
        ? `pseudo-terminal (${program})`
        : /host\.(ts|mjs)/.test(line)
        ? "runner host (vitest + type checker)"
        : /start\.mjs/.test(line)
          ? "grader (watch mode)"
          : /npm/.test(line)
            ? "npm"
            : /esbuild/.test(line)
              ? "esbuild service"
              : path.basename(command[0] ?? String(pid));
      rows.push({ process: name, peakMb: Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024) });
    } catch {
      // the process has gone
    }
  }
  return rows;
}

async function timeWatchMode(dir: string, kata = KATA, runs = { starts: STARTS, saves: SAVES }) {
  const exercise = path.join(dir, "exercises", `${kata}.ts`);
  const solution = fs.readFileSync(path.join(dir, "solutions", `${kata}.ts`), "utf8");
  const starter = fs.readFileSync(path.join(dir, "grader", "starters", `${kata}.ts`), "utf8");
  fs.writeFileSync(exercise, starter);
  // Make the kata under test the current one.
  fs.mkdirSync(path.join(dir, ".learn"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".learn", "progress.json"), JSON.stringify({ formatVersion: 1, done: {}, current: kata, hintsShown: {} }));

  const startTimes: number[] = [];
  for (let i = 0; i < runs.starts; i++) {
    const started = performance.now();
    const session = new LearnSession(dir);
    await session.waitFor(/tests pass/, 60_000);
    startTimes.push(performance.now() - started);
    session.press("q");
    await session.exit();
  }

  const session = new LearnSession(dir);
  const pss = samplePeakPss(session.process.pid ?? 0);
  await session.waitFor(/tests pass/, 60_000);
  // Pass once (the kata is marked done and the grader moves on), then come back with `p`:
  // from then on a passing save shows "All N tests pass" without advancing.
  session.mark();
  fs.writeFileSync(exercise, solution);
  await session.waitFor("passed!", 30_000);
  session.press("p");
  await session.waitFor(/All \d+ tests pass/, 30_000);

  const failing: number[] = [];
  const passing: number[] = [];
  for (let i = 0; i < runs.saves; i++) {
    const pass = i % 2 === 1;
    session.mark();
    const started = performance.now();
    // Each save differs from the last, as a real edit would.
    fs.writeFileSync(exercise, `${pass ? solution : starter}\n// edit ${i}\n`);
    await session.waitFor(pass ? /All \d+ tests pass/ : /✗ 0 of \d+ tests pass/, 30_000);
    (pass ? passing : failing).push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 150)); // let the watcher settle between saves
  }
  const rssByProcess = peakRss([session.process.pid ?? 0, ...descendantPids(session.process.pid ?? 0)].filter(Boolean));
  const rss = rssByProcess.reduce((sum, row) => sum + row.peakMb, 0);
  const peakPss = pss.stop();
  session.press("q");
  await session.exit();
  return { startTimes, failing, passing, rss, rssByProcess, peakPss };
}

/**
 * The save that solves a kata, as a learner meets it: solution written → "passed!" on screen, and
 * → the next kata's first result on screen. Over SOLVES katas in catalog order, from a fresh
 * progress file, with the standby test worker on or off (KATA_STANDBY), so the two can be compared
 * in the same run.
 */
async function timeSolvingSaves(dir: string, standby: boolean) {
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, "catalog.json"), "utf8")) as { katas: Array<{ id: string }> };
  const ids = catalog.katas.slice(0, SOLVES + 1).map((kata) => kata.id);
  fs.cpSync(path.join(dir, "grader", "starters"), path.join(dir, "exercises"), { recursive: true });
  fs.mkdirSync(path.join(dir, ".learn"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".learn", "progress.json"), JSON.stringify({ formatVersion: 1, done: {}, current: ids[0], hintsShown: {} }));
  const session = new LearnSession(dir, { KATA_STANDBY: standby ? "1" : "0" });
  const pss = samplePeakPss(session.process.pid ?? 0);
  const toPass: number[] = [];
  const toNext: number[] = [];
  const failingFirst: number[] = [];
  try {
    await session.waitFor(/tests pass/, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // as a learner reads the first screen
    for (const id of ids.slice(0, SOLVES)) {
      // A first attempt that fails, as most do, then the one that solves the kata.
      const exercise = path.join(dir, "exercises", `${id}.ts`);
      session.mark();
      const tried = performance.now();
      fs.writeFileSync(exercise, `${fs.readFileSync(exercise, "utf8")}\n// a first try\n`);
      await session.waitFor(/✗ 0 of \d+ tests pass/, 30_000);
      failingFirst.push(performance.now() - tried);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // writing the solution
      session.mark();
      const started = performance.now();
      fs.writeFileSync(exercise, fs.readFileSync(path.join(dir, "solutions", `${id}.ts`), "utf8"));
      await session.waitFor(`${id} passed!`, 30_000);
      toPass.push(performance.now() - started);
      session.mark();
      await session.waitFor(/✗ 0 of \d+ tests pass/, 30_000);
      toNext.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // reading the next kata
    }
  } finally {
    session.press("q");
    await session.exit();
  }
  const peakPss = pss.stop();
  return { toPass: stats(toPass), toNext: stats(toNext), failingFirst: stats(failingFirst), peakPss, samples: { ids: ids.slice(0, SOLVES), toPass } };
}

/**
 * The suite's own test time for each kata's solution (vitest's per-test durations, summed), median
 * of three warm runs: the part of a solving save no runner can save, so targets are read above it.
 */
async function suiteTestTimes(dir: string, ids: readonly string[]): Promise<Map<string, number>> {
  const catalog = loadCatalog(dir);
  const runner = new RunnerClient({ root: dir });
  const times = new Map<string, number>();
  try {
    for (const id of ids) {
      const kata = catalog.katas.find((k) => k.id === id);
      if (!kata) continue;
      const content = fs.readFileSync(path.join(dir, kata.solution), "utf8");
      const samples: number[] = [];
      for (let i = 0; i < 4; i++) {
        const result = await runner.grade(kata, { content });
        // The first run of a suite compiles it; the warm ones are what a re-save meets.
        if (i > 0) samples.push(result.tests.reduce((sum, test) => sum + (test.durationMs ?? 0), 0));
      }
      times.set(id, stats(samples).median);
    }
  } finally {
    await runner.close();
  }
  return times;
}

/** Solving save → pass shown, less that kata's own test time: what the grader adds. */
function aboveSuiteTime(samples: { ids: readonly string[]; toPass: readonly number[] }, suiteMs: Map<string, number>) {
  return stats(samples.toPass.map((ms, i) => ms - (suiteMs.get(samples.ids[i] ?? "") ?? 0)));
}

async function timeCold(dir: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const started = performance.now();
    await execa("npx", ["vitest", "run", "--config", "grader/vitest.config.ts", `grader/${KATA}.test.ts`], { cwd: dir, reject: false, env: { KATA_SOURCE: "solutions" } });
    samples.push(performance.now() - started);
  }
  return samples;
}

async function timeVerify(dir: string): Promise<{ ms: number; katas: number; exitCode: number | undefined }> {
  const started = performance.now();
  const result = await execa("node", [path.join(ROOT, "src", "start.mjs"), "verify", "--root", dir], { cwd: ROOT, reject: false });
  const katas = (/(\d+) passed, (\d+) failed/.exec(result.stdout) ?? []).slice(1).map(Number).reduce((a, b) => a + b, 0);
  return { ms: performance.now() - started, katas, exitCode: result.exitCode };
}

const dir = copyProject();
// BENCH_ONLY=solving: just the solving-save comparison, with and without the standby, alternated.
if (process.env.BENCH_ONLY === "solving") {
  try {
    const rounds = [];
    for (let round = 0; round < 2; round++) rounds.push({ without: await timeSolvingSaves(dir, false), with: await timeSolvingSaves(dir, true) });
    const suiteMs = await suiteTestTimes(dir, rounds[0]?.with.samples.ids ?? []);
    const summary = rounds.map((round) =>
      Object.fromEntries(
        Object.entries(round).map(([name, run]) => [
          name,
          { toPass: run.toPass, toNext: run.toNext, failingFirst: run.failingFirst, aboveSuite: aboveSuiteTime(run.samples, suiteMs), peakPss: run.peakPss },
        ]),
      ),
    );
    console.log(JSON.stringify({ loadavg: os.loadavg(), suiteMs: Object.fromEntries(suiteMs), rounds: summary }, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
try {
  console.log(`Benchmarking ${KATA} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), node ${process.version}…`);
  const watch = await timeWatchMode(dir);
  // A database kata: the first result includes starting Postgres once; re-saves reuse it.
  const database = await timeWatchMode(dir, DATABASE_KATA, { starts: 1, saves: Math.min(SAVES, 10) });
  const solving = await timeSolvingSaves(dir, true);
  const solvingWithoutStandby = await timeSolvingSaves(dir, false);
  const suiteMs = await suiteTestTimes(dir, solving.samples.ids);
  const cold = stats(await timeCold(dir));
  const verify = await timeVerify(dir);
  const failing = stats(watch.failing);
  const passing = stats(watch.passing);
  const start = stats(watch.startTimes);
  const results = {
    date: new Date().toISOString(),
    machine: { cores: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() },
    kata: KATA,
    saveToResultFailingMs: failing,
    saveToResultPassingMs: passing,
    coldVitestRunMs: cold,
    speedupVsColdMedian: { failing: +(cold.median / failing.median).toFixed(1), passing: +(cold.median / passing.median).toFixed(1) },
    startToFirstResultMs: start,
    verifyWholeCatalogMs: Math.round(verify.ms),
    verifyKatas: verify.katas,
    peakRssMb: watch.rss,
    peakRssByProcess: watch.rssByProcess,
    peakPssMb: watch.peakPss,
    solvingSave: {
      katas: SOLVES,
      suiteTestMs: Object.fromEntries(suiteMs),
      withStandby: { ...solving, aboveSuiteTime: aboveSuiteTime(solving.samples, suiteMs) },
      withoutStandby: { ...solvingWithoutStandby, aboveSuiteTime: aboveSuiteTime(solvingWithoutStandby.samples, suiteMs) },
    },
    databaseKata: {
      kata: DATABASE_KATA,
      startToFirstResultMs: stats(database.startTimes),
      saveToResultFailingMs: stats(database.failing),
      saveToResultPassingMs: stats(database.passing),
      peakPssMb: database.peakPss,
      peakRssMb: database.rss,
    },
    targets: { saveMedianMs: 150, saveP95Ms: 300, speedup: 8, startMs: 2000, rssMb: 300 },
  };
  const row = (name: string, value: string, target: string) => `${name.padEnd(34)} ${value.padEnd(26)} ${target}`;
  console.log(`\n${row("measure", "result", "target")}`);
  console.log(row("save → result, failing (median/p95)", `${failing.median} / ${failing.p95} ms`, "≤ 150 / ≤ 300 ms"));
  console.log(row("save → result, passing (median/p95)", `${passing.median} / ${passing.p95} ms`, "≤ 150 / ≤ 300 ms"));
  console.log(row("cold npx vitest run (median/p95)", `${cold.median} / ${cold.p95} ms`, "baseline"));
  console.log(row("speed-up vs cold (median)", `${results.speedupVsColdMedian.failing}x failing, ${results.speedupVsColdMedian.passing}x passing`, "≥ 8x"));
  console.log(row("start → first result (median)", `${start.median} ms`, "≤ 2000 ms"));
  console.log(row(`solving save → pass shown (${SOLVES} katas)`, `${solving.toPass.median} / ${solving.toPass.p95} ms`, `without standby ${solvingWithoutStandby.toPass.median} / ${solvingWithoutStandby.toPass.p95} ms`));
  const above = aboveSuiteTime(solving.samples, suiteMs);
  const aboveWithout = aboveSuiteTime(solvingWithoutStandby.samples, suiteMs);
  console.log(row("  less the suite's own test time", `${above.median} / ${above.p95} ms`, `≤ 300 / ≤ 600 ms; without standby ${aboveWithout.median} / ${aboveWithout.p95} ms`));
  console.log(row("solving save → next kata's result", `${solving.toNext.median} / ${solving.toNext.p95} ms`, `without standby ${solvingWithoutStandby.toNext.median} / ${solvingWithoutStandby.toNext.p95} ms`));
  console.log(row("failing first save of a kata", `${solving.failingFirst.median} / ${solving.failingFirst.p95} ms`, "≤ 150 ms median"));
  console.log(row(`peak PSS, solving ${SOLVES} katas`, `${solving.peakPss} MB`, `without standby ${solvingWithoutStandby.peakPss} MB`));
  console.log(row(`verify, whole catalog (${verify.katas} katas)`, `${Math.round(verify.ms)} ms`, "—"));
  console.log(row(`${DATABASE_KATA}: start → first result`, `${stats(database.startTimes).median} ms`, "includes starting Postgres"));
  console.log(row(`${DATABASE_KATA}: save → result`, `${stats(database.failing).median} failing / ${stats(database.passing).median} passing ms`, "suite time + ≤ 150 ms"));
  console.log(row(`${DATABASE_KATA}: peak PSS / RSS`, `${database.peakPss} / ${database.rss} MB`, "one or two Postgres instances"));
  console.log(row("peak RSS, watch mode", `${watch.rss} MB`, "≤ 300 MB"));
  for (const { process: name, peakMb } of watch.rssByProcess) console.log(row(`  ${name}`, `${peakMb} MB`, ""));
  console.log(row("peak PSS, watch mode", `${watch.peakPss} MB`, "(shared pages split)"));
  const out = path.join(ROOT, "bench", "results", "latest.json");
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
