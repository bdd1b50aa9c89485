import pc from "picocolors";
import { describe, expect, it } from "vitest";
import type { Progress } from "../../src/progress/schema.ts";
import type { KataResult } from "../../src/results/result.ts";
import { visibleWidth } from "../../src/terminal/fit.ts";
import { SCREEN_SIZES } from "../support/screen-sizes.ts";
import { renderScreen, wrap, type RenderEnv } from "../../src/watch/render.ts";
import { initialState, type AppState } from "../../src/watch/state.ts";
import { failingTest, kataResult, makeCatalog, passingTest, progressWith, THREE } from "./fixtures.ts";

const env: RenderEnv = { root: "/proj", columns: 100, rows: 40, colors: pc.createColors(false), link: (text) => text };

function stateAt(at: string, progress: Progress = progressWith(), extra: Partial<AppState> = {}): AppState {
  const catalog = makeCatalog(THREE, [
    { id: "a", title: "Alpha basics" },
    { id: "b", title: "Beta things" },
  ]);
  const index = catalog.katas.findIndex((k) => k.id === at);
  return { ...initialState(catalog, progress), currentIndex: index, listCursor: index, ...extra };
}

const render = (state: AppState, overrides: Partial<RenderEnv> = {}): string => renderScreen(state, { ...env, ...overrides });
const lines = (state: AppState, overrides: Partial<RenderEnv> = {}): string[] => render(state, overrides).split("\n");

const EXERCISE_SOURCE = ["export class Cache {", "  get(key: string) {", '    throw new Error("not implemented");', "  }", "}"].join("\n");

function failingResult(extra: Partial<KataResult> = {}): KataResult {
  return kataResult("a/one", "fail", {
    tests: [
      passingTest("starts empty"),
      failingTest("returns a stored value", "expected undefined to be 1", {
        fullName: "Cache > returns a stored value",
        diff: "- Expected\n+ Received\n\n- 1\n+ undefined",
        learnerLocation: { file: "exercises/a/one.ts", line: 3, column: 11 },
        testLocation: { file: "grader/a/one.test.ts", line: 2, column: 3 },
      }),
      failingTest("evicts", "expected 2 to be 1\nmore detail"),
      failingTest("counts", "expected 0 to be 3"),
    ],
    ...extra,
  });
}

describe("renderScreen header", () => {
  it("shows a progress bar with done/total and the current phase's title", () => {
    const [first] = lines(stateAt("a/two", progressWith(["a/one"])));
    expect(first).toBe(`${"█".repeat(10)}${"░".repeat(20)} 1/3  Alpha basics`);
  });

  it("names the current kata's phase", () => {
    expect(lines(stateAt("b/three"))[0]).toMatch(/ 0\/3 {2}Beta things$/);
  });

  it("announces a pass with the solution to compare with", () => {
    const state = stateAt("a/two", progressWith(["a/one"]), { notice: { kind: "passed", kataId: "a/one", solution: "solutions/a/one.ts", advancedTo: "a/two" } });
    expect(lines(state)[1]).toBe("✓ a/one passed! Compare your code with solutions/a/one.ts · p to go back");
  });

  it("shows info and warning notices", () => {
    expect(lines(stateAt("a/one", progressWith(), { notice: { kind: "info", text: "This is the first kata." } }))[1]).toBe("This is the first kata.");
    expect(lines(stateAt("a/one", progressWith(), { notice: { kind: "warning", text: "could not save" } }))[1]).toBe("⚠ could not save");
  });

  it("shows a watch warning", () => {
    expect(render(stateAt("a/one", progressWith(), { watchWarning: "restart with --poll" }))).toContain("⚠ restart with --poll");
  });
});

describe("renderScreen kata view", () => {
  it("names the kata, its position and the exercise path relative to the root", () => {
    const screen = lines(stateAt("a/two"));
    expect(screen).toContain("Title of two (2/3 · a/two)");
    expect(screen).toContain("Edit exercises/a/two.ts and save: the hidden tests re-run on every save.");
    expect(render(stateAt("a/two"))).not.toContain("/proj");
  });

  it("shows that the tests are running while a run is in flight or before the first result", () => {
    expect(lines(stateAt("a/one"))).toContain("⟳ Running the hidden tests…");
    const running = stateAt("a/one", progressWith(), { running: true, result: failingResult() });
    expect(lines(running)).toContain("⟳ Running the hidden tests…");
    expect(render(running)).not.toContain("returns a stored value");
  });

  it("shows the first failing test with its name, message, diff and a code frame of the learner's file", () => {
    const screen = lines(stateAt("a/one", progressWith(), { result: failingResult(), exerciseSource: EXERCISE_SOURCE }));
    const at = screen.indexOf("✗ returns a stored value");
    expect(at).toBeGreaterThan(-1);
    expect(screen).toContain("✗ 1 of 4 tests pass");
    expect(screen.slice(at, at + 17)).toEqual([
      "✗ returns a stored value",
      "  Cache > returns a stored value",
      "  expected undefined to be 1",
      "",
      "  - Expected",
      "  + Received",
      "  ",
      "  - 1",
      "  + undefined",
      "",
      "  at exercises/a/one.ts:3:11",
      "    1 | export class Cache {",
      "    2 |   get(key: string) {",
      '  > 3 |     throw new Error("not implemented");',
      "      |           ^",
      "    4 |   }",
      "    5 | }",
    ]);
  });

  it("leaves out the code frame when the learner's file text is unknown", () => {
    const screen = render(stateAt("a/one", progressWith(), { result: failingResult(), exerciseSource: undefined }));
    expect(screen).toContain("expected undefined to be 1");
    expect(screen).not.toContain("at exercises/a/one.ts:3:11");
  });

  it("lists the other failing tests one line each, with their message's first line", () => {
    const screen = lines(stateAt("a/one", progressWith(), { result: failingResult() }));
    const at = screen.indexOf("Also failing (2):");
    expect(at).toBeGreaterThan(-1);
    expect(screen.slice(at + 1, at + 3)).toEqual(["  ✗ evicts — expected 2 to be 1", "  ✗ counts — expected 0 to be 3"]);
    expect(screen).not.toContain("more detail");
  });

  it("shows at most eight other failures and counts the rest", () => {
    const tests = Array.from({ length: 11 }, (_, i) => failingTest(`test ${i}`, "no"));
    const screen = lines(stateAt("a/one", progressWith(), { result: kataResult("a/one", "fail", { tests }) }));
    expect(screen).toContain("Also failing (10):");
    expect(screen).toContain("  ✗ test 8 — no");
    expect(screen).not.toContain("  ✗ test 9 — no");
    expect(screen).toContain("  …and 2 more");
  });

  it("shows type errors as line:col with their code; the first in full, with a frame of its line, the rest by first line", () => {
    const result = kataResult("a/one", "fail", {
      tests: [passingTest("works")],
      typeErrors: [
        { line: 3, column: 11, code: 2322, message: "Type 'string' is not assignable to type 'number'.\n  Because of this detail." },
        { line: 5, column: 1, code: 1005, message: "'}' expected.\n  a second detail" },
      ],
    });
    const screen = lines(stateAt("a/one", progressWith(), { result, exerciseSource: EXERCISE_SOURCE }));
    expect(screen).toContain("✗ All 1 tests pass, but your file does not type-check");
    expect(screen).toContain("Type errors in exercises/a/one.ts (the file must type-check to pass):");
    expect(screen).toContain("  3:11 TS2322 Type 'string' is not assignable to type 'number'.");
    expect(screen).toContain("      Because of this detail.");
    expect(screen).toContain('  > 3 |     throw new Error("not implemented");');
    expect(screen).toContain(`      |${" ".repeat(11)}^`);
    expect(screen).toContain("  5:1 TS1005 '}' expected.");
    expect(screen.join("\n")).not.toContain("a second detail");
  });

  it("shows a failure's reason when every test passes, e.g. the untouched starter", () => {
    const result = kataResult("a/one", "fail", { tests: [passingTest("works")], message: "this is still the untouched starter: edit the file to make the tests pass" });
    const screen = render(stateAt("a/one", progressWith(), { result }));
    expect(screen).toContain("✗ 1 of 1 tests pass");
    expect(screen).toContain("this is still the untouched starter");
  });

  it("shows a pass, and points to the next kata once the kata is done", () => {
    const result = kataResult("a/one", "pass", { tests: [passingTest("a"), passingTest("b")] });
    expect(render(stateAt("a/one", progressWith(), { result }))).toContain("✓ All 2 tests pass and your file type-checks.");
    expect(render(stateAt("a/one", progressWith(), { result }))).not.toContain("This kata is done");
    expect(render(stateAt("a/one", progressWith(["a/one"]), { result }))).toContain("This kata is done. Press n for the next one, or keep refining.");
  });

  it("shows why the tests could not run", () => {
    const result = kataResult("a/one", "error", { message: "your file does not parse: Unexpected token" });
    const screen = lines(stateAt("a/one", progressWith(), { result }));
    expect(screen).toContain("✗ The hidden tests could not run");
    expect(screen).toContain("  your file does not parse: Unexpected token");
  });

  it("frames the line of a file that does not parse, with a caret at the column", () => {
    const result = kataResult("a/one", "error", { message: 'your file does not parse: Unexpected "}" (line 4, column 3)', location: { file: "exercises/a/one.ts", line: 4, column: 3 } });
    const screen = lines(stateAt("a/one", progressWith(), { result, exerciseSource: EXERCISE_SOURCE }));
    expect(screen).toContain("  at exercises/a/one.ts:4:3");
    expect(screen).toContain("  > 4 |   }");
    expect(screen).toContain("      |   ^");
  });

  it("shows only the hints revealed so far", () => {
    const screen = lines(stateAt("a/one", progressWith([], { hintsShown: { "a/one": 1 } })));
    expect(screen).toContain("Hints (1/2)");
    expect(screen).toContain("1. first hint for one");
    expect(render(stateAt("a/one", progressWith([], { hintsShown: { "a/one": 1 } })))).not.toContain("second hint");
  });

  it("shows no hints section before any hint is revealed", () => {
    expect(render(stateAt("a/one"))).not.toContain("Hints (");
    expect(render(stateAt("a/one"))).not.toContain("first hint");
  });

  it("shows the failing hidden test's source when asked", () => {
    const testSource = ['describe("Cache", () => {', '  it("returns a stored value", () => {', "    expect(get()).toBe(1);", "  });", "});"].join("\n");
    const screen = lines(stateAt("a/one", progressWith(), { result: failingResult(), testSource, showTestSource: true }));
    expect(screen).toContain("  The hidden test (grader/a/one.test.ts:2):");
    expect(screen).toContain("  │     expect(get()).toBe(1);");
    expect(screen).toContain("  │   });");
  });

  it("shows the hidden test asked for with t even in a short terminal, before the longer diff and code frame", () => {
    const testSource = ['describe("Cache", () => {', '  it("returns a stored value", () => {', "    expect(get()).toBe(1);", "  });", "});"].join("\n");
    const screen = lines(stateAt("a/one", progressWith(), { result: failingResult(), testSource, showTestSource: true, exerciseSource: EXERCISE_SOURCE }), { columns: 100, rows: 15 });
    expect(screen).toContain("  │     expect(get()).toBe(1);");
  });

  it("marks the failing assertion's line in the test, and shows the short helpers the test calls", () => {
    const testSource = [
      "function start(capacity: number) {",
      "  return new Cache(capacity);",
      "}",
      "",
      'describe("Cache", () => {',
      '  it("returns a stored value", () => {',
      "    const cache = start(2);",
      "    expect(cache.get()).toBe(1);",
      "  });",
      "});",
    ].join("\n");
    const result = kataResult("a/one", "fail", {
      tests: [
        failingTest("returns a stored value", "expected undefined to be 1", {
          testLocation: { file: "grader/a/one.test.ts", line: 6, column: 3 },
          failedAt: { file: "grader/a/one.test.ts", line: 8, column: 25 },
        }),
      ],
    });
    const screen = lines(stateAt("a/one", progressWith(), { result, testSource, showTestSource: true }));
    expect(screen).toContain("> │     expect(cache.get()).toBe(1);");
    expect(screen).toContain("  │     const cache = start(2);");
    expect(screen).toContain("  It calls start():");
    expect(screen).toContain("  │   return new Cache(capacity);");
  });

  it("shows where the learner stands on the stats view, fitted to every terminal size", () => {
    const state = stateAt("a/one", progressWith(["a/one"], { done: { "a/one": "2026-03-01T10:00:00.000Z" } }), { view: { kind: "stats", returnTo: "kata" } });
    for (const [columns, rows] of SCREEN_SIZES) {
      const screen = lines(state, { columns, rows, now: new Date("2026-03-01T12:00:00.000Z") });
      expect(screen.join("\n")).toContain("1/3 katas done");
      expect(screen.length).toBeLessThanOrEqual(rows);
      for (const line of screen) expect(visibleWidth(line)).toBeLessThanOrEqual(columns);
    }
    expect(lines(state, { now: new Date("2026-03-01T12:00:00.000Z") }).join("\n")).toContain("streak: 1 day");
  });

  it("offers n in the footer only when the kata is done", () => {
    expect(render(stateAt("a/one"))).not.toContain("n next");
    expect(render(stateAt("a/one", progressWith(["a/one"])))).toContain("n next");
    expect(lines(stateAt("a/one")).at(-1)).toBe("h hint · t show test · l list · r reset · p previous · w note · s stats · c check all · q quit");
  });

  it("renders the same state to the same screen", () => {
    const state = stateAt("a/one", progressWith(), { result: failingResult(), exerciseSource: EXERCISE_SOURCE });
    expect(render(state)).toBe(render(state));
  });
});

describe("renderScreen other views", () => {
  it("lists katas grouped by phase with done/pending, marking the current one and the cursor", () => {
    const state = stateAt("a/two", progressWith(["a/one"]), { view: { kind: "list" }, listCursor: 2 });
    const screen = lines(state);
    const alpha = screen.indexOf("Alpha basics 1/2");
    const beta = screen.indexOf("Beta things 0/1");
    expect(alpha).toBeGreaterThan(-1);
    expect(beta).toBeGreaterThan(alpha);
    expect(screen[alpha + 1]).toBe("  ✓ done    a/one — Title of one");
    expect(screen[alpha + 2]).toBe("  · pending a/two — Title of two ← current");
    expect(screen[beta + 1]).toBe("› · pending b/three — Title of three");
    expect(screen).toContain("↑↓/j k move · Enter continue here · r reset · Esc back");
  });

  it("keeps the cursor row visible in a long list on a short terminal", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `a/kata-${i}`);
    const catalog = makeCatalog(ids);
    const state: AppState = { ...initialState(catalog, progressWith()), view: { kind: "list" }, listCursor: 35 };
    const screen = render(state, { rows: 15 });
    expect(screen).toContain("› · pending a/kata-35");
    expect(screen).not.toContain("a/kata-0 ");
    expect(screen.split("\n").length).toBeLessThanOrEqual(15);
  });

  it("asks before resetting", () => {
    const screen = lines(stateAt("a/one", progressWith(), { view: { kind: "confirm-reset", kataId: "a/one", returnTo: "kata" } }));
    expect(screen).toContain("Reset a/one to its starter?");
    expect(screen).toContain("Your current file is copied to .learn/attempts/ first, so nothing is lost.");
    expect(screen).toContain("y reset · n cancel");
  });

  it("shows the check-all progress instead of any view", () => {
    const screen = render(stateAt("a/one", progressWith(), { checkAll: { done: 1, total: 3, final: false }, view: { kind: "list" } }));
    expect(screen).toContain("Checking every kata… 1/3");
    expect(screen).not.toContain("Alpha basics 0/2");
  });

  it("congratulates when the whole curriculum passes", () => {
    const screen = lines(stateAt("a/one", progressWith(["a/one", "a/two", "b/three"]), { view: { kind: "finished" } }));
    expect(screen[0]).toBe(`${"█".repeat(30)} 3/3  Alpha basics`);
    expect(screen).toContain("✓ All 3 katas pass — every one re-checked just now.");
    expect(screen).toContain("l list · q quit");
  });
});

describe("renderScreen hyperlinks", () => {
  const link = (text: string, absolutePath: string): string => `<${text}|${absolutePath}>`;

  it("links the exercise path to its absolute file", () => {
    expect(render(stateAt("a/two"), { link })).toContain("Edit <exercises/a/two.ts|/proj/exercises/a/two.ts> and save");
  });

  it("links the solution in a pass notice", () => {
    const state = stateAt("a/two", progressWith(["a/one"]), { notice: { kind: "passed", kataId: "a/one", solution: "solutions/a/one.ts", advancedTo: "a/two" } });
    expect(render(state, { link })).toContain("Compare your code with <solutions/a/one.ts|/proj/solutions/a/one.ts>");
  });
});

describe("wrap", () => {
  it("wraps prose at word boundaries, indenting continuation lines", () => {
    const text = "one two three four five six seven eight nine ten eleven twelve";
    const wrapped = wrap(text, 24, "  ");
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(24);
    expect(wrapped.slice(1).every((line) => /^ {2}\S/.test(line))).toBe(true);
    expect(wrapped.map((line) => line.trim()).join(" ")).toBe(text);
  });

  it("keeps explicit line breaks", () => {
    expect(wrap("a\nb", 80)).toEqual(["a", "b"]);
  });
});

describe("the screen fits the terminal it is in", () => {
  const longName = "evicts the least recently used key when the cache is full and a new key arrives after many reads";
  const crowded = (): KataResult =>
    failingResult({
      tests: [
        failingTest(longName, "expected [ 'a', 'b', 'c' ] to deeply equal [ 'b', 'c', 'd' ]", {
          diff: Array.from({ length: 14 }, (_, i) => `- line ${i}`).join("\n"),
          learnerLocation: { file: "exercises/a/one.ts", line: 3, column: 11 },
          output: Array.from({ length: 10 }, (_, i) => `log ${i} 世界`).join("\n"),
        }),
        ...Array.from({ length: 12 }, (_, i) => failingTest(`also fails number ${i} with a long descriptive name that goes on`, "expected 1 to be 2")),
      ],
    });

  for (const [columns, rows] of SCREEN_SIZES) {
    it(`at ${columns}x${rows}: header, file to edit, first failure and keys are on screen, no line too wide`, () => {
      const state = stateAt("a/one", progressWith(), { result: crowded(), exerciseSource: EXERCISE_SOURCE, notice: { kind: "warning", text: "a notice long enough to need wrapping on a narrow terminal, because it explains something" } });
      const screen = lines(state, { columns, rows });
      expect(screen.length).toBeLessThanOrEqual(rows);
      for (const line of screen) expect(visibleWidth(line), line).toBeLessThanOrEqual(columns);
      expect(screen[0]).toMatch(/0\/3 {2}Alpha basics/);
      const text = screen.join("\n");
      expect(text).toContain("Title of one");
      expect(text).toContain("exercises/a/one.ts");
      expect(text).toMatch(/✗ evicts the least recently used key/);
      expect(text).toContain("expected [ 'a', 'b', 'c' ]");
      expect(screen.at(-1)).toMatch(/^h hint · t show test .*q quit$/);
    });
  }

  it("says how much did not fit instead of pushing the header off the top", () => {
    const screen = lines(stateAt("a/one", progressWith(), { result: crowded(), exerciseSource: EXERCISE_SOURCE }), { columns: 80, rows: 15 });
    expect(screen.join("\n")).toMatch(/… \d+ more lines: a taller terminal shows them/);
  });

  it("ends a name that does not fit in …", () => {
    const screen = lines(stateAt("a/one", progressWith(), { result: crowded(), exerciseSource: EXERCISE_SOURCE }), { columns: 60, rows: 24 });
    expect(screen.find((line) => line.startsWith("✗ evicts"))).toMatch(/…$/);
  });
});

describe("what the learner asked for stays on a short screen", () => {
  it("shows the hints right after the first failure's message, above its diff and the other failures", () => {
    const state = stateAt("a/one", progressWith([], { hintsShown: { "a/one": 1 } }), { result: failingResult(), exerciseSource: EXERCISE_SOURCE });
    const screen = lines(state, { columns: 80, rows: 15 });
    expect(screen.join("\n")).toContain("Hints (1/");
    expect(screen.length).toBeLessThanOrEqual(15);
  });
});
