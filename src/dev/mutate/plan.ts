/** A kata as a Stryker run needs it: its reference solution to mutate and its hidden suite. */
export interface PlannedKata {
  id: string;
  solution: string;
  test: string;
}

export interface RunOptions {
  /** Where Stryker writes its JSON report (outside the project). */
  reportFile: string;
  /** Stryker's sandbox copies of the project (outside the project). */
  sandboxDir: string;
  /** Instrument and run the suites once without testing any mutant (`--dry-run`). */
  dryRunOnly: boolean;
  concurrency: number;
}

/**
 * The Stryker config of one run: mutate the reference solutions, test them with their hidden
 * suites through the grader's own vitest config (run with KATA_SOURCE=solutions, which points the
 * suites' `exercises/` imports at `solutions/`). Pure.
 */
export function strykerConfig(katas: readonly PlannedKata[], options: RunOptions): Record<string, unknown> {
  return {
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    // `related` would ask vite which suites import each solution; testFiles already says so.
    vitest: { configFile: "grader/vitest.config.ts", related: false },
    // Static mutants (code run once, at import: a lookup table, a module constant) are left out:
    // Stryker's vitest runner does not re-import the solution for them under the grader's config
    // (not even with `isolate: true` merged into it: tried),
    // so each would run against the unmutated module and "survive" (seen: balanced-brackets'
    // OPENER_OF = {}); they also took most of the run time. The report counts them as ignored.
    ignoreStatic: true,
    mutate: katas.map((kata) => kata.solution),
    testFiles: katas.map((kata) => kata.test),
    coverageAnalysis: "perTest",
    concurrency: options.concurrency,
    dryRunOnly: options.dryRunOnly,
    reporters: ["json", "progress"],
    jsonReporter: { fileName: options.reportFile },
    tempDirName: options.sandboxDir,
    cleanTempDir: true,
    // The sandbox needs the suites, solutions, exercises and configs; not the tool's own tests.
    ignorePatterns: ["/test", "/bench", "/.learn", "/reports"],
    logLevel: "warn",
    fileLogLevel: "off",
    allowConsoleColors: false,
  };
}
