import path from "node:path";
import type { Colors } from "picocolors/types";
import { phaseTitle, type Kata } from "../catalog/catalog.ts";
import { failingTests, passedCount, type KataResult, type SourceLocation, type TestOutcome } from "../results/result.ts";
import { fitScreen, visibleWidth, wrapProse } from "../terminal/fit.ts";
import { codeFrame } from "./code-frame.ts";
import { computeStats, describeEffort, formatStats } from "../journey/stats.ts";
import { currentKata, doneCount, hintsShown, isDone, type AppState } from "./state.ts";
import { extractTestSource, helpersCalledBy } from "./test-source.ts";

export interface RenderEnv {
  readonly root: string;
  readonly columns: number;
  readonly rows: number;
  readonly colors: Colors;
  /** Makes a path clickable where the terminal supports it; identity elsewhere. */
  readonly link: (text: string, absolutePath: string) => string;
  /** The time the screen is drawn at (the stats view's streak counts back from it). */
  readonly now?: Date;
}

/**
 * The whole screen as text, fitted to the terminal: the header, the kata and the file to edit
 * first, then as much of the result as fits, and the keys last. Pure: the same state always
 * renders the same screen.
 */
export function renderScreen(state: AppState, env: RenderEnv): string {
  const top = [...header(state, env), ""];
  if (state.watchWarning) top.push(...wrap(env.colors.yellow(`⚠ ${state.watchWarning}`), env.columns, "  "), "");
  const hidden = (count: number) => env.colors.dim(`… ${count} more lines: a taller terminal shows them`);
  const fit = (parts: { top: string[]; body: string[]; bottom: string[] }) => fitScreen(parts, env.rows, env.columns, hidden).join("\n");
  if (state.checkAll) {
    return fit({ top, body: [`Checking every kata… ${state.checkAll.done}/${state.checkAll.total}`], bottom: [] });
  }
  switch (state.view.kind) {
    case "kata": {
      const kata = currentKata(state);
      const exercise = env.link(kata.exercise, path.join(env.root, kata.exercise));
      top.push(
        `${env.colors.bold(kata.title)} ${env.colors.dim(`(${kata.index + 1}/${state.catalog.katas.length} · ${kata.id})`)}`,
        ...wrap(`Edit ${env.colors.underline(exercise)} and save: the hidden tests re-run on every save.`, env.columns, "  "),
        "",
      );
      return fit({ top, body: kataView(state, env), bottom: ["", footer(state, env)] });
    }
    case "list": {
      const bottom = ["", listKeys(env)];
      return fit({ top, body: listView(state, env, Math.max(3, env.rows - top.length - bottom.length)), bottom });
    }
    case "confirm-reset":
      return fit({
        top,
        body: [env.colors.bold(`Reset ${state.view.kataId} to its starter?`), ...wrap("Your current file is copied to .learn/attempts/ first, so nothing is lost.", env.columns)],
        bottom: ["", `${key(env, "y")} reset · ${key(env, "n")} cancel`],
      });
    case "stats":
      return fit({
        top,
        body: formatStats(computeStats(state.catalog, state.progress, env.now ?? new Date(0))).split("\n"),
        bottom: ["", `${key(env, "s")} or ${key(env, "Esc")} back · \`npm run learn -- stats --json\` for the figures as data`],
      });
    case "finished":
      return fit({
        top,
        body: [
          env.colors.green(env.colors.bold(`✓ All ${state.catalog.katas.length} katas pass — every one re-checked just now.`)),
          "",
          ...wrap("You have worked through the whole curriculum. Compare your files with solutions/, or reset a kata and solve it again.", env.columns),
        ],
        bottom: ["", `${key(env, "l")} list · ${key(env, "q")} quit`],
      });
  }
}

function key(env: RenderEnv, name: string): string {
  return env.colors.bold(env.colors.cyan(name));
}

function header(state: AppState, env: RenderEnv): string[] {
  const total = state.catalog.katas.length;
  const done = doneCount(state);
  const kata = currentKata(state);
  const barWidth = Math.max(10, Math.min(30, env.columns - 40));
  const filled = Math.round((done / total) * barWidth);
  const bar = env.colors.green("█".repeat(filled)) + env.colors.dim("░".repeat(barWidth - filled));
  const lines = [`${bar} ${done}/${total}  ${env.colors.bold(phaseTitle(state.catalog, kata.phase))}`];
  const notice = state.notice;
  if (notice?.kind === "passed") {
    const solution = env.link(notice.solution, path.join(env.root, notice.solution));
    const took = notice.attempts !== undefined && notice.activeMs !== undefined ? ` (${describeEffort(notice.attempts, notice.activeMs)})` : "";
    lines.push(...wrap(env.colors.green(`✓ ${notice.kataId} passed!${took} Compare your code with ${solution}`) + env.colors.dim(` · ${key(env, "p")} to go back`), env.columns, "  "));
  } else if (notice?.kind === "info") {
    lines.push(...wrap(env.colors.cyan(notice.text), env.columns, "  "));
  } else if (notice?.kind === "warning") {
    lines.push(...wrap(env.colors.yellow(`⚠ ${notice.text}`), env.columns, "  "));
  }
  return lines;
}

/** Below the kata's title: the result, then the hints shown so far. */
function kataView(state: AppState, env: RenderEnv): string[] {
  const kata = currentKata(state);
  const { colors } = env;
  const hints: string[] = [];
  const shown = hintsShown(state, kata.id);
  if (shown > 0) {
    hints.push("", colors.bold(`Hints (${shown}/${kata.hints.length})`));
    kata.hints.slice(0, shown).forEach((hint, i) => hints.push(...wrap(`${i + 1}. ${hint}`, env.columns, "   ")));
  }
  if (state.running || !state.result) return [colors.dim("⟳ Running the hidden tests…"), ...hints];
  return resultView(state.result, kata, state, env, hints);
}

function footer(state: AppState, env: RenderEnv): string {
  const kata = currentKata(state);
  const keys = [
    `${key(env, "h")} hint`,
    `${key(env, "t")} ${state.showTestSource ? "hide test" : "show test"}`,
    `${key(env, "l")} list`,
    `${key(env, "r")} reset`,
    `${key(env, "p")} previous`,
  ];
  if (isDone(state, kata.id)) keys.push(`${key(env, "n")} next`);
  keys.push(`${key(env, "w")} note`, `${key(env, "s")} stats`, `${key(env, "c")} check all`, `${key(env, "q")} quit`);
  return keysThatFit(keys, env);
}

/** The keys joined, dropping the least needed (those before the last, from the end) until they fit. */
function keysThatFit(keys: string[], env: RenderEnv): string {
  const shown = [...keys];
  const joined = () => shown.join(env.colors.dim(" · "));
  // q quit stays last; h hint and t test stay first; the rest go, rarest first.
  while (visibleWidth(joined()) > env.columns && shown.length > 3) shown.splice(shown.length - 2, 1);
  return joined();
}

/**
 * The result, with `hints` placed right after the first failure's message: on a short terminal a
 * hint the learner asked for must not fall below the diff, the code frame and the other failures.
 */
function resultView(result: KataResult, kata: Kata, state: AppState, env: RenderEnv, hints: readonly string[]): string[] {
  const { colors } = env;
  const total = result.tests.length;
  if (result.status === "pass") {
    const lines = [colors.green(colors.bold(`✓ All ${total} tests pass and your file type-checks.`))];
    if (isDone(state, kata.id)) lines.push(`This kata is done. Press ${key(env, "n")} for the next one, or keep refining.`);
    return [...lines, ...hints];
  }
  if (result.status === "error") {
    const lines = [colors.red(colors.bold("✗ The hidden tests could not run")), ...wrap(result.message ?? "unknown error", env.columns, "  ").map((l) => `  ${l.trimStart()}`)];
    lines.push(...frameAt(result.location, state, env));
    return [...lines, ...hints];
  }
  const failing = failingTests(result);
  const lines: string[] = [];
  if (total && !failing.length && result.typeErrors.length) lines.push(colors.red(colors.bold(`✗ All ${total} tests pass, but your file does not type-check`)));
  else if (total) lines.push(colors.red(colors.bold(`✗ ${passedCount(result)} of ${total} tests pass`)));
  if (result.message) lines.push(...wrap(colors.yellow(result.message), env.columns, "  "));
  const first = failing[0];
  if (first) {
    // Asked for with t, the test's source comes right after the message, so a short terminal shows it.
    lines.push("", ...failureDetail(first, state, env, state.showTestSource ? [...hints, ...testSourceView(first, state, env)] : hints));
    const others = failing.slice(1);
    if (others.length) {
      lines.push("", colors.dim(`Also failing (${others.length}):`));
      for (const test of others.slice(0, 8)) lines.push(`  ${colors.red("✗")} ${test.name}${test.message ? colors.dim(` — ${firstLine(test.message)}`) : ""}`);
      if (others.length > 8) lines.push(colors.dim(`  …and ${others.length - 8} more`));
    }
  } else {
    if (total && !result.typeErrors.length && !result.message) lines.push("", colors.yellow("The tests pass, but the kata is not marked as passed."));
    lines.push(...hints);
  }
  if (state.checkingTypes) lines.push("", colors.dim("⟳ Type-checking your file…"));
  if (result.typeErrors.length) {
    lines.push("", colors.red(colors.bold(`Type errors in ${kata.exercise} (the file must type-check to pass):`)));
    const [first, ...rest] = result.typeErrors;
    if (first) {
      // The first error in full (TypeScript's message continues on further lines) and where it is.
      const [headline, ...details] = first.message.split("\n");
      lines.push(`  ${colors.bold(`${first.line}:${first.column}`)} ${colors.dim(`TS${first.code}`)} ${headline}`, ...details.slice(0, 6).map((l) => `    ${l}`));
      lines.push(...frameAt({ file: kata.exercise, line: first.line, column: first.column }, state, env).slice(2));
    }
    for (const error of rest.slice(0, 4)) lines.push(`  ${colors.bold(`${error.line}:${error.column}`)} ${colors.dim(`TS${error.code}`)} ${firstLine(error.message)}`);
    if (result.typeErrors.length > 5) lines.push(colors.dim(`  …and ${result.typeErrors.length - 5} more`));
  }
  return lines;
}

/** The failure, with `hints` (and the test's source, when shown) after its name and message, before the longer diff, frame and output. */
function failureDetail(test: TestOutcome, state: AppState, env: RenderEnv, hints: readonly string[]): string[] {
  const { colors } = env;
  const lines = [colors.red(colors.bold(`✗ ${test.name}`))];
  if (test.fullName !== test.name) lines.push(colors.dim(`  ${test.fullName}`));
  if (test.message) lines.push(...test.message.split("\n").slice(0, 6).map((l) => `  ${l}`));
  lines.push(...hints);
  if (test.diff) lines.push("", ...test.diff.split("\n").slice(0, 16).map((l) => `  ${l}`));
  lines.push(...frameAt(test.learnerLocation, state, env));
  if (test.output) lines.push("", colors.dim("  Your code printed:"), ...test.output.trimEnd().split("\n").slice(0, 6).map((l) => `  │ ${l}`));
  return lines;
}

/** A blank line, "at file:line:col" and a code frame of the learner's source there; nothing when either is unknown. */
function frameAt(where: SourceLocation | undefined, state: AppState, env: RenderEnv): string[] {
  if (!where || state.exerciseSource === undefined) return [];
  const frame = codeFrame(state.exerciseSource, where.line, where.column);
  if (!frame) return [];
  return ["", env.colors.dim(`  at ${where.file}:${where.line}:${where.column}`), ...frame.split("\n").map((l) => `  ${l}`)];
}

function testSourceView(test: TestOutcome, state: AppState, env: RenderEnv): string[] {
  if (!state.testSource || !test.testLocation) return ["", env.colors.dim("  (the test's source is not available)")];
  const start = test.testLocation.line;
  const source = extractTestSource(state.testSource, start);
  if (!source) return [];
  // The line of the assertion that failed, when it is inside this test (not in a helper).
  const failedLine = test.failedAt && test.failedAt.file === test.testLocation.file ? test.failedAt.line : undefined;
  const lines = ["", env.colors.dim(`  The hidden test (${test.testLocation.file}:${start}):`)];
  for (const [offset, line] of source.split("\n").entries()) {
    lines.push(start + offset === failedLine ? `${env.colors.red(">")} ${env.colors.dim("│")} ${env.colors.bold(line)}` : `  ${env.colors.dim("│")} ${line}`);
  }
  for (const helper of helpersCalledBy(state.testSource, source).slice(0, 2)) {
    lines.push("", env.colors.dim(`  It calls ${helper.name}():`), ...helper.source.split("\n").map((l) => `  ${env.colors.dim("│")} ${l}`));
  }
  return lines;
}

function listView(state: AppState, env: RenderEnv, height: number): string[] {
  const { colors } = env;
  const rows: Array<{ text: string; kataIndex?: number }> = [];
  for (const phase of state.catalog.phases) {
    const katas = state.catalog.katas.filter((kata) => kata.phase === phase.id);
    if (!katas.length) continue;
    const done = katas.filter((kata) => isDone(state, kata.id)).length;
    rows.push({ text: colors.bold(`${phase.title} ${colors.dim(`${done}/${katas.length}`)}`) });
    for (const kata of katas) {
      const mark = isDone(state, kata.id) ? colors.green("✓ done   ") : colors.dim("· pending");
      const cursor = kata.index === state.listCursor ? colors.cyan("›") : " ";
      const current = kata.index === state.currentIndex ? colors.cyan(" ← current") : "";
      const label = `${cursor} ${mark} ${kata.id}${colors.dim(` — ${kata.title}`)}${current}`;
      rows.push({ text: kata.index === state.listCursor ? colors.inverse(label) : label, kataIndex: kata.index });
    }
  }
  const cursorRow = rows.findIndex((row) => row.kataIndex === state.listCursor);
  const start = Math.max(0, Math.min(cursorRow - Math.floor(height / 2), rows.length - height));
  return rows.slice(start, start + height).map((row) => row.text);
}

function listKeys(env: RenderEnv): string {
  return keysThatFit([`${key(env, "↑↓/j k")} move`, `${key(env, "Enter")} continue here`, `${key(env, "r")} reset`, `${key(env, "Esc")} back`], env);
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? "";
}

/** Wraps prose at word boundaries to the terminal width, by visible width. */
export function wrap(text: string, columns: number, indent = ""): string[] {
  return wrapProse(text, columns, indent);
}
