/**
 * The grader's command line (entered through src/start.mjs): parses the arguments, loads the catalog
 * and progress, and hands over to watch mode or a one-shot command. Every expected failure ends
 * in a message that says what to do next, never a stack trace.
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline/promises";
import pc from "picocolors";
import { PROJECT_ROOT } from "../bundle/bundle.mjs";
import { CatalogError, loadCatalog } from "../catalog/load.ts";
import { UnknownKataError } from "../catalog/suggest.ts";
import { parseArgs, USAGE, UsageError, type Command } from "./args.ts";
import type { CommandContext } from "../commands/context.ts";
import { NewerProgressError, ProgressStore, type LoadedProgress } from "../progress/store.ts";
import { RunnerClient } from "../runner/client/client.ts";
import type { Notice } from "../watch/state.ts";

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function learn(command: Extract<Command, { command: "learn" }>, ctx: CommandContext, loaded: LoadedProgress, runner: RunnerClient): Promise<number> {
  const recovered = loaded.kind === "recovered" ? loaded : undefined;
  const untrusted = loaded.kind === "untrusted" ? loaded : undefined;
  // Loaded here, not at the top: the runner host is already starting while these load.
  const { runWatch } = await import("../watch/app.ts");
  const startNotice: Notice | undefined = recovered
    ? { kind: "warning", text: `${recoveredMessage(ctx.root, recovered)} Progress is being rebuilt by re-checking every kata.` }
    : untrusted && { kind: "warning", text: `${untrustedMessage(untrusted)} Re-checking every kata.` };
  await runWatch({ root: ctx.root, catalog: ctx.catalog, store: ctx.store, progress: loaded.progress, runner, poll: command.poll, ...(startNotice ? { startNotice } : {}), reverifyAtStart: loaded.kind === "recovered" || loaded.kind === "untrusted" });
  return 0;
}

type RecoveredProgress = Extract<LoadedProgress, { kind: "recovered" }>;

function untrustedMessage(loaded: Extract<LoadedProgress, { kind: "untrusted" }>): string {
  const count = loaded.untrusted.length;
  return `${count} ${count === 1 ? "kata is" : "katas are"} marked done in .learn/progress.json by something other than this grader (edited by hand, or copied from another checkout), so ${count === 1 ? "it does" : "they do"} not count until graded here.`;
}

function recoveredMessage(root: string, recovered: RecoveredProgress): string {
  return `Your progress file could not be read (${recovered.reason}). It was kept as ${path.relative(root, recovered.setAsideAs)}.`;
}

let earlyHostAdopted = false;

/** Runs the command line; `earlyHost` is a runner host the entry point already started. */
export async function main(argv: readonly string[], earlyHost?: ChildProcess): Promise<number> {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${pc.red(error.message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.command === "help") {
    out(USAGE);
    return 0;
  }
  const root = path.resolve(command.root ?? PROJECT_ROOT);
  let runner: RunnerClient | undefined;
  if (command.command === "learn") {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      out("Watch mode needs an interactive terminal. In scripts use `npm run learn -- run <id>` or `npm run learn -- verify`.");
      return 2;
    }
    // Start the runner host (vitest, a second or so) first; everything below overlaps with it.
    runner = new RunnerClient({ root, ...(earlyHost ? { spawned: earlyHost } : {}) });
    earlyHostAdopted = true;
    void runner.start().catch(() => {}); // a failed start is reported by the first run
  }
  const ctx: CommandContext = { root, catalog: loadCatalog(root), store: new ProgressStore(root), out, confirm };
  // A corrupt or hand-edited progress file is set aside (never a crash), then rebuilt by re-verifying.
  const loaded = ctx.store.load();
  const recovered = loaded.kind === "recovered" ? loaded : undefined;
  if (recovered && command.command !== "learn") {
    process.stderr.write(`${pc.yellow(recoveredMessage(root, recovered))} Rebuild it with \`npm run learn -- verify\`.\n`);
  }
  if (loaded.kind === "untrusted" && command.command !== "learn" && command.command !== "verify") {
    process.stderr.write(`${pc.yellow(untrustedMessage(loaded))} Grade them with \`npm run learn -- verify\`.\n`);
  }
  switch (command.command) {
    case "learn":
      return learn(command, ctx, loaded, runner ?? new RunnerClient({ root }));
    case "list":
      return (await import("../commands/list.ts")).listCommand(ctx, command.json);
    case "stats":
      return (await import("../commands/stats.ts")).statsCommand(ctx, command.json);
    case "journal":
      return (await import("../commands/journal.ts")).journalCommand(ctx);
    case "report":
      return (await import("../commands/report.ts")).reportCommand(ctx);
    case "hint":
      return (await import("../commands/hint.ts")).hintCommand(ctx, command.id);
    case "reset":
      return (await import("../commands/reset.ts")).resetCommand(ctx, command.id, command.yes);
    case "run":
      return (await import("../commands/verify.ts")).runCommand(ctx, command.id);
    case "verify":
      return (await import("../commands/verify.ts")).verifyCommand(ctx, [command.id, ...(command.more ?? [])].filter((id): id is string => id !== undefined), command.json, command.reporters);
  }
}

/** main(), with every error turned into a message and an exit code. */
export async function runCli(argv: readonly string[], earlyHost?: ChildProcess): Promise<number> {
  try {
    return await main(argv, earlyHost);
  } catch (error) {
    if (error instanceof CatalogError || error instanceof UnknownKataError || error instanceof NewerProgressError) {
      process.stderr.write(`${pc.red(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`${pc.red("The grader hit an unexpected error (your files are untouched):")}\n${(error as Error).stack ?? String(error)}\n`);
    return 70;
  } finally {
    // A host started early for a command that turned out not to need it.
    if (earlyHost && earlyHost.exitCode === null && earlyHost.signalCode === null && !earlyHostAdopted) earlyHost.kill();
  }
}
