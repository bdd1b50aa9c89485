import fs from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, it } from "vitest";
import { createMiniProject, REPO_ROOT } from "../support/mini-project.ts";

// The non-interactive commands, as a script or CI would call them: no TTY, plain text, exit codes.
describe("npm run learn -- <command> (no terminal)", () => {
  const project = createMiniProject();
  afterAll(() => project.cleanup());
  const learn = (...args: string[]) =>
    execa("node", [path.join(REPO_ROOT, "src", "start.mjs"), ...args, "--root", project.root], { cwd: REPO_ROOT, reject: false, env: { NO_COLOR: "1" } });

  it("list --json gives every kata with its status, paths and hints", async () => {
    const { stdout, exitCode } = await learn("list", "--json");
    expect(exitCode).toBe(0);
    const listing = JSON.parse(stdout) as { katas: Array<{ id: string; status: string; exercise: string; hints: string[] }> };
    expect(listing.katas.map((k) => [k.id, k.status])).toEqual([
      ["basics/add", "pending"],
      ["basics/greet", "pending"],
      ["basics/double", "pending"],
    ]);
    expect(listing.katas[0]?.exercise).toBe("exercises/basics/add.ts");
    expect(listing.katas[0]?.hints).toHaveLength(2);
  });

  it("stats prints done per phase and checkpoints, and --json the same figures as data", async () => {
    const text = await learn("stats");
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^\d\/3 katas done · /);
    expect(text.stdout).toContain("Checkpoints (months from junior):");
    const json = await learn("stats", "--json");
    const stats = JSON.parse(json.stdout) as { total: number; phases: Array<{ id: string; total: number }>; katas: Array<{ id: string; attempts: number }> };
    expect(stats.total).toBe(3);
    expect(stats.phases).toEqual([expect.objectContaining({ id: "basics", total: 3 })]);
    expect(stats.katas.map((k) => k.id)).toEqual(["basics/add", "basics/greet", "basics/double"]);
  });

  it("verify --reporter junit --reporter classroom prints JUnit XML and the points, and hands Classroom its result", { timeout: 60_000 }, async () => {
    const output = path.join(project.root, "github-output.txt");
    const run = await execa("node", [path.join(REPO_ROOT, "src", "start.mjs"), "verify", "basics/greet", "--reporter", "junit", "--reporter", "classroom", "--root", project.root], {
      cwd: REPO_ROOT,
      reject: false,
      env: { NO_COLOR: "1", GITHUB_OUTPUT: output },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('<testsuite name="basics/greet"');
    expect(run.stdout).toContain("Points 0/1");
    const encoded = /^result=(.+)$/m.exec(fs.readFileSync(output, "utf8"))?.[1] ?? "";
    expect(JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))).toMatchObject({ status: "fail", max_score: 1, tests: [{ name: "basics/greet", score: 0 }] });
  });

  it("run exits 1 on a failing kata and 0 once it passes, recording progress", { timeout: 60_000 }, async () => {
    const failing = await learn("run", "basics/double");
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toContain("✗ fail  basics/double  0/1 tests pass");
    project.write("exercises/basics/double.ts", project.solution("double"));
    const passing = await learn("run", "basics/double");
    expect(passing.exitCode).toBe(0);
    expect(passing.stdout).toContain("✓ pass  basics/double");
    const progress = JSON.parse(project.read(".learn/progress.json")) as { done: Record<string, string> };
    expect(Object.keys(progress.done)).toEqual(["basics/double"]);
  });

  it("verify --json prints exercism results.json (v3) for every kata", { timeout: 60_000 }, async () => {
    const { stdout, exitCode } = await learn("verify", "--json");
    expect(exitCode).toBe(1);
    const results = JSON.parse(stdout) as Record<string, { version: number; status: string; tests: Array<{ name: string; status: string; message?: string }> }>;
    expect(Object.keys(results)).toEqual(["basics/add", "basics/greet", "basics/double"]);
    expect(results["basics/add"]).toMatchObject({ version: 3, status: "fail" });
    expect(results["basics/add"]?.tests[0]).toEqual({ name: "adds two positive numbers", status: "fail", message: "not implemented" });
  });

  it("verify grades each kata in a worker no other kata's code has touched", { timeout: 60_000 }, async () => {
    // Correct, but leaves string comparisons broken for whatever runs after it in the same worker.
    const patchingAdd = project.solution("add") + '\nconst is = Object.is;\nObject.is = (a: unknown, b: unknown) => (typeof a === "string" ? false : is(a, b));\n';
    project.write("exercises/basics/add.ts", patchingAdd);
    project.write("exercises/basics/greet.ts", project.solution("greet"));
    const { stdout } = await learn("verify");
    expect(stdout).toContain("✓ pass  basics/add");
    expect(stdout).toContain("✓ pass  basics/greet");
    project.write("exercises/basics/add.ts", fs.readFileSync(path.join(project.root, "grader", "starters", "basics", "add.ts"), "utf8"));
    project.write("exercises/basics/greet.ts", fs.readFileSync(path.join(project.root, "grader", "starters", "basics", "greet.ts"), "utf8"));
  });

  it("verify --json through npm run -s, as the README documents it, is plain JSON on stdout", { timeout: 60_000 }, async () => {
    const { stdout } = await execa("npm", ["run", "-s", "learn", "--", "verify", "basics/add", "--json", "--root", project.root], { cwd: REPO_ROOT, reject: false, env: { NO_COLOR: "1" } });
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(["basics/add"]);
  });

  it("hint shows one more hint on each call", async () => {
    expect((await learn("hint", "basics/greet")).stdout).toContain("1. GREET-HINT-ONE");
    const second = await learn("hint", "basics/greet");
    expect(second.stdout).toContain("2. GREET-HINT-TWO");
  });

  it("suggests the nearest ids for an unknown one", async () => {
    const { stderr, exitCode } = await learn("run", "basics/ad");
    expect(exitCode).toBe(2);
    expect(stderr).toContain('There is no kata "basics/ad". Did you mean "basics/add"');
  });

  it("refuses to reset without a terminal to ask on unless --yes is given, then keeps the attempt", async () => {
    project.write("exercises/basics/greet.ts", "export const greet = (name: string) => name; // mine\n");
    const refused = await learn("reset", "basics/greet");
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain("add --yes");
    expect(project.read("exercises/basics/greet.ts")).toContain("// mine");
    const done = await learn("reset", "basics/greet", "--yes");
    expect(done.exitCode).toBe(0);
    const kept = /kept at (\S+\.ts)/.exec(done.stdout)?.[1] ?? "";
    expect(fs.readFileSync(path.join(project.root, kept), "utf8")).toContain("// mine");
    expect(project.read("exercises/basics/greet.ts")).toBe(project.read("grader/starters/basics/greet.ts"));
  });

  it("stops on a newer grader's progress file, says to update, and leaves the file as it was", async () => {
    const file = path.join(project.root, ".learn", "progress.json");
    const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    const newer = JSON.stringify({ formatVersion: 9, done: {} });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, newer);
    try {
      const { stderr, exitCode } = await learn("stats");
      expect(exitCode).toBe(2);
      expect(stderr).toContain("written by a newer version of the grader (format 9");
      expect(stderr).toContain("git pull, then npm install");
      expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(fs.readFileSync(file, "utf8")).toBe(newer);
    } finally {
      if (before === undefined) fs.rmSync(file, { force: true });
      else fs.writeFileSync(file, before);
    }
  });

  it("stops on a broken catalog with a message naming the entry and the fix", async () => {
    const catalog = JSON.parse(project.read("catalog.json")) as { katas: Array<{ id: string; hints: string[] }> };
    const good = project.read("catalog.json");
    catalog.katas[1] = { ...catalog.katas[1]!, id: "basics/add" };
    project.write("catalog.json", JSON.stringify(catalog));
    try {
      const { stderr, exitCode } = await learn("list");
      expect(exitCode).toBe(2);
      expect(stderr).toContain('kata "basics/add" is listed twice: kata ids must be unique');
    } finally {
      project.write("catalog.json", good);
    }
  });

  it("explains that watch mode needs a terminal instead of hanging", async () => {
    const { stdout, exitCode } = await learn();
    expect(exitCode).toBe(2);
    expect(stdout).toContain("Watch mode needs an interactive terminal");
  });
});
