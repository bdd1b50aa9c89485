import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.ts";
import type { Kata } from "../../src/catalog/catalog.ts";
import { RunnerClient } from "../../src/runner/client/client.ts";
import type { RunUpdate } from "../../src/runner/client/run-stream.ts";
import { sha256 } from "../../src/util/hash.ts";
import { createMiniProject } from "../support/mini-project.ts";
import { childPids, commandLine } from "../support/processes.ts";

// The runner must survive anything learner code does, and grade the next save normally.
describe("runner: learner code can do anything, the grader keeps going", () => {
  const project = createMiniProject();
  const catalog = loadCatalog(project.root);
  const add = catalog.katas.find((k) => k.id === "basics/add") as Kata;
  const runner = new RunnerClient({ root: project.root, timeoutMs: 2_000 });
  const exercise = "exercises/basics/add.ts";
  const grade = async (content: string) => {
    project.write(exercise, content);
    return runner.grade(add);
  };
  const expectRecovers = async () => {
    const result = await grade(project.solution("add"));
    expect(result.status).toBe("pass");
  };

  beforeAll(async () => {
    await runner.start();
  }, 60_000);
  afterAll(async () => {
    await runner.close();
    project.cleanup();
  });

  it("fails the untouched starter and points at the learner's line", async () => {
    const result = await runner.grade(add);
    expect(result.status).toBe("fail");
    expect(result.tests.map((t) => t.status)).toEqual(["fail", "fail"]);
    expect(result.tests[0]?.message).toBe("not implemented");
    expect(result.tests[0]?.learnerLocation).toMatchObject({ file: exercise, line: 5 });
  });

  it("passes a correct solution and reports each test by name", async () => {
    const result = await grade(project.solution("add"));
    expect(result.status).toBe("pass");
    expect(result.tests.map((t) => t.name)).toEqual(["adds two positive numbers", "adds negative numbers"]);
  });

  it("grades the newest content after every save (no stale module cache)", async () => {
    expect((await grade("export function add(a: number, b: number): number { return a - b; }\n")).status).toBe("fail");
    expect((await grade(project.solution("add"))).status).toBe("pass");
    const wrong = await grade("export function add(a: number, b: number): number { return a * b; }\n");
    expect(wrong.status).toBe("fail");
    expect(wrong.tests[0]?.diff ?? wrong.tests[0]?.message).toMatch(/5|6/);
  });

  it("shows the expected-vs-received diff of a failed assertion, and where in the suite it failed", async () => {
    const result = await grade("export function add(a: number, b: number): number { return a * b; }\n");
    const first = result.tests[0];
    expect(first?.message).toContain("expected 6 to be 5");
    const suiteLines = project.read("grader/basics/add.test.ts").split("\n");
    expect(first?.failedAt?.file).toBe("grader/basics/add.test.ts");
    expect(suiteLines[(first?.failedAt?.line ?? 0) - 1]).toContain("expect(");
  });

  it("fails a file that passes its tests but does not type-check, with line:col", async () => {
    const result = await grade('export function add(a: number, b: number): number {\n  const label: string = 42;\n  void label;\n  return a + b;\n}\n');
    expect(result.status).toBe("fail");
    expect(result.tests.every((t) => t.status === "pass")).toBe(true);
    expect(result.typeErrors[0]).toMatchObject({ line: 2, column: 9, code: 2322 });
  });

  it("reports the type errors of a failing file in the run's final update, after the tests' result or with it", async () => {
    project.write(exercise, "export function add(a: number, b: number): number {\n  const label: string = 42;\n  return a - b + label.length * 0;\n}\n");
    const updates: RunUpdate[] = [];
    const stream = runner.run(add);
    for await (const update of stream) updates.push(update);
    // One ordered stream: every update is of this run, only the last is final, and all agree it fails.
    expect(updates.map((u) => u.runId)).toEqual(updates.map(() => stream.runId));
    expect(updates.map((u) => u.final)).toEqual([...updates.slice(1).map(() => false), true]);
    expect(updates.every((u) => u.result.status === "fail")).toBe(true);
    expect(updates.at(-1)?.result.typeErrors[0]).toMatchObject({ line: 2, column: 9, code: 2322 });
    expect(await stream.result).toBe(updates.at(-1)?.result);
  });

  it("does not make the next save wait for the previous file's type-check", async () => {
    project.write(exercise, "export function add(a: number, b: number): number { return a - b; }\n// v1\n");
    const first = runner.run(add)[Symbol.asyncIterator]();
    await first.next(); // the tests' result: the runner is free
    const result = await grade(project.solution("add"));
    expect(result.status).toBe("pass");
  });

  it("grades the content it was given, tests and type checker alike, whatever the disk holds", async () => {
    // The learner saved again after the grader read the file: the run is for what was read.
    project.write(exercise, project.solution("add"));
    const wrong = "export function add(a: number, b: number): number {\n  const label: string = 7;\n  return a * b + label.length * 0;\n}\n";
    const result = await runner.grade(add, { content: wrong });
    expect(result.status).toBe("fail");
    expect(result.tests.map((t) => t.status)).toEqual(["fail", "fail"]);
    expect(result.typeErrors[0]).toMatchObject({ line: 2, column: 9, code: 2322 });
    expect(result.contentHash).toBe(sha256(wrong));
    // And the other way round: a good content passes while the disk holds a wrong one.
    project.write(exercise, wrong);
    const good = await runner.grade(add, { content: project.solution("add") });
    expect(good.status).toBe("pass");
    expect(good.contentHash).toBe(sha256(project.solution("add")));
  });

  it("reports a syntax error as a clear failure", async () => {
    const result = await grade("// add\nexport function add(a: number, b: number): number { return a + ; }\n");
    expect(result.status).toBe("error");
    expect(result.message).toBe('your file does not parse: Unexpected ";" (line 2, column 64)');
    expect(result.location).toEqual({ file: exercise, line: 2, column: 64 });
    await expectRecovers();
  });

  it("reports a throw at import", async () => {
    const result = await grade('throw new Error("boom at import");\nexport function add(a: number, b: number): number { return a + b; }\n');
    expect(result.status).toBe("error");
    expect(result.message).toContain("boom at import");
    await expectRecovers();
  });

  it("reports process.exit() in a function without the grader exiting", async () => {
    const result = await grade("export function add(a: number, b: number): number { process.exit(1); return a + b; }\n");
    expect(result.status).toBe("fail");
    expect(result.tests[0]?.message).toContain("your code called process.exit(1)");
    await expectRecovers();
  });

  it("reports process.exit() at import without the grader exiting", async () => {
    const result = await grade("process.exit(3);\nexport function add(a: number, b: number): number { return a + b; }\n");
    expect(result.status).toBe("error");
    expect(result.message).toContain("process.exit(3)");
    await expectRecovers();
  });

  it("fails on an unhandled promise rejection even when the tests pass", async () => {
    const result = await grade('export function add(a: number, b: number): number { void Promise.reject(new Error("lost rejection")); return a + b; }\n');
    expect(result.status).not.toBe("pass");
    expect(JSON.stringify(result)).toContain("lost rejection");
    await expectRecovers();
  });

  // The two tests below leave a callback running every turn of the worker's event loop, harmless
  // until the next save sets a global that makes it throw: if it survived into that run, the
  // run would fail with "ghost of an old attempt".
  const arm = "(globalThis as Record<string, unknown>).ghostArmed = true;\n";
  const ghost = "(globalThis as Record<string, unknown>).ghostArmed = false;\nfunction haunt(): void {\n  if ((globalThis as Record<string, unknown>).ghostArmed) throw new Error(\"ghost of an old attempt\");\n  setImmediate(haunt);\n}\nhaunt();\n";

  it("clears timers an earlier attempt left running, so they cannot fail later runs", async () => {
    await grade(`${ghost}export function add(a: number, b: number): number { return a + b; }\n`);
    const next = await grade(`${arm}${project.solution("add")}`);
    expect(JSON.stringify(next)).not.toContain("ghost of an old attempt");
    expect(next.status).toBe("pass");
  });

  it("grades the save after a run whose errors escaped its tests in a fresh worker", async () => {
    // node:timers' own setImmediate is not the global one the suites' clean-up tracks; the
    // lost rejection is what tells the host that this run leaked.
    const leaky = `import { setImmediate } from "node:timers";\n${ghost}void Promise.reject(new Error("lost rejection"));\nexport function add(a: number, b: number): number { return a + b; }\n`;
    expect((await grade(leaky)).status).not.toBe("pass");
    const next = await grade(`${arm}${project.solution("add")}`);
    expect(JSON.stringify(next)).not.toContain("ghost of an old attempt");
    expect(next.status).toBe("pass");
  });

  it("times out a synchronous infinite loop in a function, naming the test that never finished, then recovers", { timeout: 60_000 }, async () => {
    // The first test passes; the second hangs.
    const result = await grade("export function add(a: number, b: number): number {\n  while (a < 0) {}\n  return a + b;\n}\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/^timed out after 2 s in the test "adds negative numbers" — is there an infinite loop\?/);
    await expectRecovers();
  });

  it("times out an infinite loop at import, then recovers", { timeout: 60_000 }, async () => {
    const result = await grade("for (;;) {}\nexport function add(a: number, b: number): number { return a + b; }\n");
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/^timed out after 2 s while loading your file — is there an infinite loop\?/);
    await expectRecovers();
  });

  it("reports a test process killed from outside mid-run (as the kernel's OOM killer would), then recovers", { timeout: 60_000 }, async () => {
    project.write(exercise, "export function add(a: number, b: number): number { for (;;) {} }\n");
    const running = runner.grade(add);
    // The host is this process's child running the bundled host.mjs; kill it once the run is under way.
    const hostPid = await waitForChild(/host\.mjs/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(hostPid, "SIGKILL");
    const result = await running;
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/test process was killed by SIGKILL/);
    await expectRecovers();
  });

  it("refuses to let learner code start a process, whichever way it asks", async () => {
    const attempts = {
      "a shell": 'import { execSync } from "node:child_process";\nexport function add(a: number, b: number): number { execSync("kill -KILL " + process.ppid); return a + b; }\n',
      "a named import": 'import { spawn } from "node:child_process";\nexport function add(a: number, b: number): number { spawn("sleep", ["100"], { detached: true }).unref(); return a + b; }\n',
      "require()": 'import { createRequire } from "node:module";\nexport function add(a: number, b: number): number { createRequire(import.meta.url)("child_process").fork("x.js"); return a + b; }\n',
      "the binding underneath": 'export function add(a: number, b: number): number { (process as unknown as { binding(n: string): unknown }).binding("spawn_sync"); return a + b; }\n',
    };
    for (const [how, code] of Object.entries(attempts)) {
      const result = await grade(code);
      expect(result.status, how).toBe("fail");
      expect(result.tests[0]?.message, how).toMatch(/^your code tried to start a process \(/);
    }
    await expectRecovers();
  });

  it("stops code that fills memory without end, says so, then recovers", { timeout: 90_000 }, async () => {
    // Near its limit V8 collects garbage again and again before it gives up, which can take longer
    // than this file's 2 s watchdog: this test gets a runner of its own with the real 5 s.
    const patient = new RunnerClient({ root: project.root });
    try {
      project.write(exercise, "const hoard: number[][] = [];\nexport function add(a: number, b: number): number {\n  for (;;) hoard.push(new Array(1_000_000).fill(a));\n}\n");
      const result = await patient.grade(add);
      expect(result.status).toBe("error");
      expect(result.message).toMatch(/^your code used more than 512 MB of memory, so the grader stopped it/);
      project.write(exercise, project.solution("add"));
      expect((await patient.grade(add)).status).toBe("pass");
    } finally {
      await patient.close();
    }
  });

  it("stops code that fills memory outside the JavaScript heap, says so, then recovers", { timeout: 90_000 }, async () => {
    // Buffers are not on V8's heap, so its 512 MB limit never sees them. Filling 1 GB takes about
    // a second, more on a busy machine than this file's 2 s watchdog allows: the real 5 s here.
    const patient = new RunnerClient({ root: project.root });
    try {
      project.write(exercise, "const hoard: Buffer[] = [];\nexport function add(a: number, b: number): number {\n  for (;;) hoard.push(Buffer.alloc(64 * 1024 * 1024, a));\n}\n");
      const result = await patient.grade(add);
      expect(result.status).toBe("error");
      expect(result.message).toMatch(/^your code used more than 1 GB of memory outside the JavaScript heap/);
      project.write(exercise, project.solution("add"));
      expect((await patient.grade(add)).status).toBe("pass");
    } finally {
      await patient.close();
    }
  });

  it("refuses learner code that imports the test framework to skip the hidden tests", async () => {
    const skipper = 'import { beforeEach } from "vitest";\nbeforeEach((context) => context.skip());\nexport function add(a: number, b: number): number { return 0; }\n';
    const result = await grade(skipper);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/^import refused: exercises\/basics\/add\.ts imports "vitest", which is the test framework/);
    await expectRecovers();
  });

  it("refuses a dynamic import() of the test framework, whatever the specifier is built from", async () => {
    const result = await grade('const framework = "vi" + "test";\nconst { expect } = await import(framework);\nexpect.extend({ toBe: () => ({ pass: true, message: () => "" }) });\nexport function add(a: number, b: number): number { return 0; }\n');
    expect(result.status).toBe("error");
    expect(result.message).toContain("which is the test framework");
    await expectRecovers();
  });

  it("refuses require() of the test framework", async () => {
    const result = await grade('import { createRequire } from "node:module";\nconst { expect } = createRequire(import.meta.url)("vitest");\nexpect.extend({ toBe: () => ({ pass: true, message: () => "" }) });\nexport function add(a: number, b: number): number { return 0; }\n');
    expect(result.status).toBe("error");
    expect(result.message).toContain("which is the test framework");
    await expectRecovers();
  });

  it("refuses imports of the reference solutions and of the hidden suites' files", async () => {
    const copier = await grade('export { add } from "../../solutions/basics/add.ts";\n');
    expect(copier).toMatchObject({ status: "error" });
    expect(copier.message).toContain('imports "../../solutions/basics/add.ts", which is the reference solutions');
    const peeker = await grade('import "../../grader/basics/add.test.ts";\nexport function add(a: number, b: number): number { return a + b; }\n');
    expect(peeker).toMatchObject({ status: "error" });
    expect(peeker.message).toContain("which is the hidden tests");
    await expectRecovers();
  });

  it("caps what a test printed and strips escape codes from output and messages", async () => {
    const result = await grade('export function add(a: number, b: number): number {\n  console.log("\\u001b[2J\\u001b]0;owned\\u0007" + "x".repeat(200_000));\n  throw new Error("\\u001b[?1049lgone");\n}\n');
    const first = result.tests[0];
    expect(first?.status).toBe("fail");
    expect(first?.message).toBe("gone");
    expect(first?.output?.length).toBeLessThan(70_000);
    expect(first?.output).toMatch(/… and 1\d{5} more characters of output \(only the first 65536 are kept\)$/);
    expect(JSON.stringify(result)).not.toContain("\\u001b");
    await expectRecovers();
  });

  it("refuses to grade a kata whose hidden suite was edited, and says how to restore it", async () => {
    const suite = "grader/basics/add.test.ts";
    const original = project.read(suite);
    project.write(suite, 'import { it } from "vitest";\nit("always passes", () => {});\n');
    try {
      const result = await grade("export function add(a: number, b: number): number { return 0; }\n");
      expect(result).toMatchObject({ status: "error", message: "the hidden tests were changed (grader/basics/add.test.ts), so this kata is not graded: restore them with `git checkout grader/`" });
    } finally {
      project.write(suite, original);
    }
    await expectRecovers();
  });

  it("does not grade a run that collected another number of tests than the suite was shipped with", async () => {
    const manifest = path.join(project.root, "grader", "checksums.json");
    const shipped = fs.readFileSync(manifest, "utf8");
    try {
      const checksums = JSON.parse(shipped) as { testCounts?: Record<string, number> };
      // As if the learner's code had made one test vanish from collection.
      fs.writeFileSync(manifest, JSON.stringify({ ...checksums, testCounts: { ...checksums.testCounts, "grader/basics/add.test.ts": 3 } }));
      const result = await grade(project.solution("add"));
      expect(result.status).toBe("error");
      expect(result.message).toMatch(/^the hidden suite has 3 tests, but 2 were collected/);
    } finally {
      fs.writeFileSync(manifest, shipped);
    }
    await expectRecovers();
  });

  it("refuses to let learner code signal the grader or the runner host", async () => {
    for (const target of ["process.ppid", "process.pid", "0"]) {
      const result = await grade(`export function add(a: number, b: number): number { process.kill(${target}, "SIGTERM"); return a + b; }\n`);
      expect(result.status, target).toBe("fail");
      expect(result.tests[0]?.message, target).toMatch(/^your code tried to send SIGTERM to the grader/);
    }
    await expectRecovers();
  });

  it("reports a deleted exercise file and how to get it back", async () => {
    fs.rmSync(path.join(project.root, exercise));
    const result = await runner.grade(add);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/exercises\/basics\/add\.ts is missing/);
    await expectRecovers();
  });

  it("fails an emptied exercise file", async () => {
    const result = await grade("");
    expect(result.status).not.toBe("pass");
    await expectRecovers();
  });
});

describe("runner: a fresh worker kept ready in the background", () => {
  const project = createMiniProject();
  const add = loadCatalog(project.root).katas.find((k) => k.id === "basics/add") as Kata;
  const runner = new RunnerClient({ root: project.root });
  afterAll(async () => {
    await runner.close();
    project.cleanup();
  });
  /** Correct only where an earlier run's code left its global behind: a pass here is owed to a leftover. */
  const leftover = "(globalThis as Record<string, unknown>).leftover = true;\n";
  const needsLeftover = "export function add(a: number, b: number): number {\n  return (globalThis as Record<string, unknown>).leftover ? a + b : Number.NaN;\n}\n";
  const finalUpdate = async (options: { preferFreshWorker: boolean }): Promise<RunUpdate | undefined> => {
    let last: RunUpdate | undefined;
    for await (const update of runner.run(add, options)) last = update;
    return last;
  };

  it("is taken when asked for and ready, and says so: no earlier run's leftovers grade the save", { timeout: 60_000 }, async () => {
    project.write("exercises/basics/add.ts", `${leftover}${project.solution("add")}`);
    expect((await runner.grade(add)).status).toBe("pass");
    // Straight after a run the standby has not booted: the warm worker grades it, and says it is not fresh.
    project.write("exercises/basics/add.ts", needsLeftover);
    const warm = await finalUpdate({ preferFreshWorker: true });
    expect(warm?.freshWorker).toBe(false);
    expect(warm?.result.status).toBe("pass");
    // As while a learner types: the host boots and warms a standby once idle.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const fresh = await finalUpdate({ preferFreshWorker: true });
    expect(fresh?.freshWorker).toBe(true);
    expect(fresh?.result.status).toBe("fail");
  });

  it("is not taken unless asked for", { timeout: 60_000 }, async () => {
    project.write("exercises/basics/add.ts", `${leftover}${project.solution("add")}`);
    await runner.grade(add);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    project.write("exercises/basics/add.ts", needsLeftover);
    const warm = await finalUpdate({ preferFreshWorker: false });
    expect(warm?.freshWorker).toBe(false);
    expect(warm?.result.status).toBe("pass");
  });
});

/** The pid of this process's child whose command line matches, once there is one. */
async function waitForChild(command: RegExp): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = childPids(process.pid).find((pid) => command.test(commandLine(pid).join(" ")));
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no child process matching ${command}`);
}
