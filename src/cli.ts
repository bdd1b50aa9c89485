/**
 * `npm run learn -- …`: the grader's entry point. Parses the command line, loads the catalog and
 * progress, and hands over to watch mode or a one-shot command. Every expected failure ends in a
 * message that says what to do next, never a stack trace.
 */
import path from "node:path";
import readline from "node:readline/promises";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { CatalogError, loadCatalog } from "./catalog/load.ts";
import { UnknownKataError } from "./catalog/suggest.ts";
import { parseArgs, USAGE, UsageError, type Command } from "./cli/args.ts";
import type { CommandContext } from "./commands/context.ts";
import { hintCommand } from "./commands/hint.ts";
import { listCommand } from "./commands/list.ts";
import { resetCommand } from "./commands/reset.ts";
import { runCommand, verifyCommand } from "./commands/verify.ts";
import { ProgressStore } from "./progress/store.ts";
import { runWatch } from "./watch/app.ts";
import type { Notice } from "./watch/state.ts";

const projectRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function learn(command: Extract<Command, { command: "learn" }>, ctx: CommandContext): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    ctx.out("Watch mode needs an interactive terminal. In scripts use `npm run learn -- run <id>` or `npm run learn -- verify`.");
    return 2;
  }
  // A corrupt or hand-edited progress file is set aside, then progress is rebuilt by re-verifying.
  const loaded = ctx.store.load();
  let startNotice: Notice | undefined;
  if (loaded.kind === "recovered") {
    startNotice = { kind: "warning", text: `Your progress file could not be read (${loaded.reason}). It was kept as ${path.relative(ctx.root, loaded.setAsideAs)}; progress is being rebuilt by re-checking every kata.` };
  }
  await runWatch({ root: ctx.root, catalog: ctx.catalog, store: ctx.store, poll: command.poll, ...(startNotice ? { startNotice } : {}), reverifyAtStart: loaded.kind === "recovered" });
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
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
  const root = path.resolve(command.root ?? projectRoot);
  const ctx: CommandContext = { root, catalog: loadCatalog(root), store: new ProgressStore(root), out, confirm };
  switch (command.command) {
    case "learn":
      return learn(command, ctx);
    case "list":
      return listCommand(ctx, command.json);
    case "hint":
      return hintCommand(ctx, command.id);
    case "reset":
      return resetCommand(ctx, command.id, command.yes);
    case "run":
      return runCommand(ctx, command.id);
    case "verify":
      return verifyCommand(ctx, command.id, command.json);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CatalogError || error instanceof UnknownKataError) {
    process.stderr.write(`${pc.red(error.message)}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${pc.red("The grader hit an unexpected error (your files are untouched):")}\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}
