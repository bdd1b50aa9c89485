import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { visibleWidth } from "../../src/terminal/fit.ts";
import { SCREEN_SIZES } from "../support/screen-sizes.ts";
import { createMiniProject, REPO_ROOT } from "../support/mini-project.ts";
import { execa } from "execa";
import { LearnSession } from "../support/pty.ts";
import { commandLine, descendantPids } from "../support/processes.ts";

// `npm run learn` driven through a real pseudo-terminal, as a learner would use it.
describe("npm run learn (watch mode, in a terminal)", () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  const start = (env: Record<string, string> = {}, size?: { columns: number; rows: number }) => {
    const project = createMiniProject();
    const session = new LearnSession(project.root, env, size);
    cleanups.push(() => {
      session.kill();
      project.cleanup();
    });
    return { project, session };
  };

  it("fails the first kata, advances when it passes, and keeps progress across a restart", { timeout: 120_000 }, async () => {
    const { project, session } = start();
    const first = await session.waitFor("0 of 2 tests pass");
    expect(first).toContain("0/3");
    expect(first).toContain("exercises/basics/add.ts");
    expect(first).toContain("✗ adds two positive numbers");

    session.mark();
    project.write("exercises/basics/add.ts", project.solution("add"));
    const advanced = await session.waitFor("0 of 1 tests pass");
    expect(advanced).toMatch(/✓ basics\/add passed! \(1 attempt, under a minute\) Compare your code with solutions\/basics\/add.ts/);
    expect(advanced).toContain("exercises/basics/greet.ts");
    expect(advanced).toContain("1/3");

    session.press("q");
    await session.waitFor("1/3 done · next: basics/greet");
    expect(await session.exit()).toBe(0);

    const restarted = new LearnSession(project.root);
    cleanups.push(() => restarted.kill());
    const resumed = await restarted.waitFor("0 of 1 tests pass");
    expect(resumed).toContain("1/3");
    expect(resumed).toContain("exercises/basics/greet.ts");
    restarted.press("q");
    expect(await restarted.exit()).toBe(0);

    // A corrupt progress file is set aside, not fatal, and progress is rebuilt by re-checking.
    fs.writeFileSync(path.join(project.root, ".learn", "progress.json"), "{ not json");
    const recovered = new LearnSession(project.root);
    cleanups.push(() => recovered.kill());
    const notice = await recovered.waitFor("Your progress file could not be read");
    expect(notice).toContain("progress.json.corrupt-");
    await recovered.waitFor(/1\/3[\s\S]*0 of 1 tests pass/);
    expect(fs.readdirSync(path.join(project.root, ".learn")).some((f) => f.startsWith("progress.json.corrupt-"))).toBe(true);
    recovered.press("q");
    expect(await recovered.exit()).toBe(0);
  });

  for (const [columns, rows] of SCREEN_SIZES) {
    it(`fits a ${columns}x${rows} terminal: header and first failure on screen, no line wider than it`, { timeout: 60_000 }, async () => {
      const { session } = start({}, { columns, rows });
      await session.waitFor("0 of 2 tests pass");
      // A frame is drawn in one write; wait for the keys line that ends it.
      await session.waitFor(/q quit\s*$/);
      const frame = session.lastFrame;
      expect(frame.length).toBeLessThanOrEqual(rows);
      for (const line of frame) expect(visibleWidth(line), line).toBeLessThanOrEqual(columns);
      const text = frame.join("\n");
      expect(text).toMatch(/0\/3 {2}Basics/);
      expect(text).toContain("exercises/basics/add.ts");
      expect(text).toContain("✗ adds two positive numbers");
      session.press("q");
      expect(await session.exit()).toBe(0);
    });
  }

  it("grades each kata in a fresh test worker: a global the previous kata's code set is gone", { timeout: 120_000 }, async () => {
    const { project, session } = start();
    await session.waitFor("0 of 2 tests pass");
    session.mark();
    const setsGlobal = "(globalThis as Record<string, unknown>).greetFromAdd = (name: string) => `Hello, ${name}!`;\n";
    project.write("exercises/basics/add.ts", setsGlobal + project.solution("add"));
    await session.waitFor("0 of 1 tests pass");

    // Passes only if add's global survived into greet's runs.
    session.mark();
    project.write("exercises/basics/greet.ts", "export function greet(name: string): string {\n  return ((globalThis as Record<string, unknown>).greetFromAdd as (n: string) => string)(name);\n}\n");
    const screen = await session.waitFor(/is not a function|greet passed!/);
    expect(screen).not.toContain("greet passed!");
    expect(screen).toContain("0 of 1 tests pass");
    session.press("q");
    expect(await session.exit()).toBe(0);
  });

  it("confirms a first pass in a fresh test worker: a pass owed to an earlier attempt's global does not count", { timeout: 120_000 }, async () => {
    const { project, session } = start();
    await session.waitFor("0 of 2 tests pass");
    session.mark();
    project.write(
      "exercises/basics/add.ts",
      '(globalThis as Record<string, unknown>).addFromEarlier = (a: number, b: number) => a + b;\nexport function add(a: number, b: number): number {\n  throw new Error("not yet");\n}\n',
    );
    await session.waitFor("not yet");

    // Passes in the warm worker, where the earlier attempt's global is still set.
    session.mark();
    project.write("exercises/basics/add.ts", "export function add(a: number, b: number): number {\n  return ((globalThis as Record<string, unknown>).addFromEarlier as (a: number, b: number) => number)(a, b);\n}\n");
    const screen = await session.waitFor(/is not a function|add passed!/);
    expect(screen).not.toContain("add passed!");
    expect(screen).toContain("0 of 2 tests pass");
    session.press("q");
    expect(await session.exit()).toBe(0);
  });

  it("h shows hints one at a time, l lists, r+y resets keeping the attempt, p goes back, q quits", { timeout: 120_000 }, async () => {
    const { project, session } = start();
    await session.waitFor("0 of 2 tests pass");

    session.press("h");
    let screen = await session.waitFor("Hints (1/2)");
    expect(screen).toContain("ADD-HINT-ONE");
    expect(screen).not.toContain("ADD-HINT-TWO");
    session.press("h");
    screen = await session.waitFor("Hints (2/2)");
    expect(screen).toContain("ADD-HINT-TWO");

    session.press("l");
    screen = await session.waitFor("Basics 0/3");
    expect(screen).toMatch(/› · pending basics\/add — Add two numbers ← current/);
    expect(screen).toContain("basics/double");
    session.press("j");
    await session.waitFor(/› · pending basics\/greet/);
    session.press("\r");
    screen = await session.waitFor("0 of 1 tests pass");
    expect(screen).toContain("exercises/basics/greet.ts");

    session.press("p");
    screen = await session.waitFor("0 of 2 tests pass");
    expect(screen).toContain("exercises/basics/add.ts");

    const attempt = "export function add(a: number, b: number): number { return a - b; } // my attempt\n";
    session.mark();
    project.write("exercises/basics/add.ts", attempt);
    await session.waitFor(/\d of 2 tests pass/);
    session.press("r");
    await session.waitFor("Reset basics/add to its starter?");
    session.press("y");
    screen = await session.waitFor("0 of 2 tests pass");
    const kept = /kept at\s+(\.learn\/attempts\/basics\/add\/[^\s]+\.ts)/.exec(screen)?.[1];
    expect(kept).toBeDefined();
    expect(fs.readFileSync(path.join(project.root, kept ?? ""), "utf8")).toBe(attempt);
    expect(project.read("exercises/basics/add.ts")).toBe(project.read("grader/starters/basics/add.ts"));

    session.press("q");
    expect(await session.exit()).toBe(0);
  });

  it("times out an infinite loop and grades the next save normally", { timeout: 120_000 }, async () => {
    const { project, session } = start({ KATA_TIMEOUT_MS: "1500" });
    await session.waitFor("0 of 2 tests pass");
    session.mark();
    project.write("exercises/basics/add.ts", "export function add(a: number, b: number): number { while (true) {} }\n");
    await session.waitFor('timed out after 2 s in the test "adds two positive numbers" — is there an infinite loop?');
    session.mark();
    project.write("exercises/basics/add.ts", "export function add(a: number, b: number): number { process.exit(1); }\n");
    await session.waitFor("your code called process.exit(1)");
    session.mark();
    project.write("exercises/basics/add.ts", project.solution("add"));
    await session.waitFor("✓ basics/add passed!");
    session.press("\u0003");
    expect(await session.exit()).toBe(0);
  });

  it("re-checks done marks it did not write instead of trusting them", { timeout: 120_000 }, async () => {
    const project = createMiniProject();
    cleanups.push(() => project.cleanup());
    // A learner (or a copied file) marks the unsolved first kata done by hand.
    fs.mkdirSync(path.join(project.root, ".learn"), { recursive: true });
    fs.writeFileSync(path.join(project.root, ".learn", "progress.json"), JSON.stringify({ formatVersion: 1, done: { "basics/add": "2026-01-01T00:00:00.000Z" }, hintsShown: {} }));
    const session = new LearnSession(project.root);
    cleanups.push(() => session.kill());
    await session.waitFor("1 kata is marked done in .learn/progress.json by something other than this grader");
    await session.waitFor("0 of 2 tests pass", 60_000);
    session.press("q");
    expect(await session.exit()).toBe(0);
    expect(session.recent).toMatch(/0\/3 done · next: basics\/add/);
  });

  it("w opens the kata's note in $EDITOR, from a template, and journal gathers the notes", { timeout: 120_000 }, async () => {
    // An "editor" that writes a line into the file it is given, then exits.
    const { project, session } = start({ EDITOR: `sh -c 'printf "Learned: + adds.\\n" >> "$0"'` });
    await session.waitFor("0 of 2 tests pass");
    session.press("w");
    await session.waitFor("Note saved in notes/basics/add.md");
    const note = project.read("notes/basics/add.md");
    expect(note).toContain("## What I learned");
    expect(note).toContain("Learned: + adds.");
    session.press("q");
    expect(await session.exit()).toBe(0);
    const journal = await execa("node", [path.join(REPO_ROOT, "src", "start.mjs"), "journal", "--root", project.root], { reject: false });
    expect(journal.exitCode).toBe(0);
    expect(project.read("notes/journal.md")).toContain("Learned: + adds.");
  });

  it("gives the terminal back and exits cleanly on signals, even a second one while it shuts down", { timeout: 120_000 }, async () => {
    const { session } = start();
    await session.waitFor("0 of 2 tests pass");
    const grader = graderPid(session.process.pid ?? 0);
    expect(grader).toBeDefined();
    session.mark();
    process.kill(grader ?? 0, "SIGTERM");
    process.kill(grader ?? 0, "SIGTERM");
    process.kill(grader ?? 0, "SIGINT");
    expect(await session.exit()).toBe(0);
    expect(session.rawRecent).toContain("\u001B[?1049l"); // left the alternate screen
    expect(session.rawRecent).toContain("\u001B[?25h"); // cursor shown again
    expect(session.recent).toMatch(/0\/3 done · next: basics\/add/);
  });
});

/** The grader's own process (node src/start.mjs) under the pty's shell and npm. */
function graderPid(root: number): number | undefined {
  // npm runs the script through a shell whose command line names start.mjs too: find node itself.
  return [root, ...descendantPids(root)].find((pid) => {
    const [program, ...args] = commandLine(pid);
    return /(^|\/)node$/.test(program ?? "") && args.some((arg) => arg.endsWith("start.mjs"));
  });
}
