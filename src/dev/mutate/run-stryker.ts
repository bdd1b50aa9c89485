import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { strykerConfig, type PlannedKata } from "./plan.ts";
import { parseStrykerReport, type StrykerReport } from "./stryker-report.ts";

export interface StrykerRunOptions {
  dryRunOnly: boolean;
  concurrency: number;
}

/**
 * Runs Stryker once over `katas` and returns its JSON report (none for a dry run, where Stryker
 * only instruments the solutions and runs the suites once: it writes no report then). The config, the report and the
 * sandbox live in a fresh temporary folder outside the project, removed afterwards, so a run
 * leaves nothing in the working tree. Stryker's progress goes to stderr: stdout stays free for
 * `--json`.
 */
export async function runStryker(root: string, katas: readonly PlannedKata[], options: StrykerRunOptions): Promise<StrykerReport | undefined> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kata-mutate-"));
  try {
    const reportFile = path.join(work, "report.json");
    const configFile = path.join(work, "stryker.config.json");
    // The sandbox sits below `work`, so Node resolves packages from here upwards: link the
    // project's. Stryker links node_modules into the sandbox too, but not when the project's own
    // node_modules is itself a symlink (as in the tests' fixture project).
    fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules")), path.join(work, "node_modules"), "dir");
    const config = strykerConfig(katas, { reportFile, sandboxDir: path.join(work, "sandbox"), ...options });
    fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
    const child = execa("npx", ["stryker", "run", configFile], {
      cwd: root,
      env: { KATA_SOURCE: "solutions", FORCE_COLOR: "0" },
      reject: false,
      stdin: "ignore",
      stdout: ["pipe", process.stderr],
      stderr: ["pipe", process.stderr],
      all: true,
    });
    const result = await child;
    if (options.dryRunOnly && result.exitCode === 0) return undefined;
    if (!fs.existsSync(reportFile)) {
      const tail = (result.all ?? "").split("\n").slice(-15).join("\n");
      throw new Error(`Stryker exited with code ${result.exitCode}${options.dryRunOnly ? "" : " and wrote no report"} for ${katas.map((k) => k.id).join(", ")}:\n${tail}`);
    }
    return parseStrykerReport(fs.readFileSync(reportFile, "utf8"));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
