import { fork } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.ts";
import { RunnerClient } from "../../src/runner/client/client.ts";
import { createMiniProject, REPO_ROOT } from "../support/mini-project.ts";

const project = createMiniProject();
const kata = loadCatalog(project.root).katas[0]!;
let runner: RunnerClient | undefined;

afterEach(async () => {
  await runner?.close();
});
afterAll(() => project.cleanup());

function runnerWithHost(prepareMs: number, timeoutMs: number, options = { announce: true }): RunnerClient {
  const spawned = fork(path.join(REPO_ROOT, "test", "fixtures", "hosts", "preparing-host.mjs"), [], {
    env: { ...process.env, PREPARE_MS: String(prepareMs), ANNOUNCE: options.announce ? "1" : "0" },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  runner = new RunnerClient({ root: project.root, timeoutMs, coldAllowanceMs: 0, spawned });
  return runner;
}

describe("the watchdog guards the learner's code, not what the grader prepares", () => {
  it("waits while the suite says it is preparing the database, longer than the run's own limit", async () => {
    const result = await runnerWithHost(1_200, 300).grade(kata);
    expect(result).toMatchObject({ status: "pass", kataId: kata.id });
  });

  it("stops a run that is slow without saying it is preparing anything", async () => {
    const result = await runnerWithHost(1_200, 300, { announce: false }).grade(kata);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/^timed out after/);
  });
});
