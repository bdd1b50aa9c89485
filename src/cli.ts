/**
 * `npm run learn -- …`: the entry point. Watch mode needs the runner host, which takes a second
 * or so to warm up; it is started here, before the rest of the grader is even loaded, so the two
 * start-ups overlap. Everything else lives in cli/main.ts.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rootFromArgv, spawnHost } from "./runner/host-process.ts";

// `npm run learn -- list | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);
// A cheap look at the arguments (cli/args.ts validates them properly): no command means watch mode.
const rootIndex = argv.indexOf("--root");
const positionals = argv.filter((arg, i) => !arg.startsWith("-") && !(rootIndex !== -1 && i === rootIndex + 1));
const watchMode = (positionals.length === 0 || (positionals.length === 1 && positionals[0] === "learn")) && !argv.includes("--help") && !argv.includes("-h");
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const projectRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const earlyHost = watchMode && interactive ? spawnHost(path.resolve(rootFromArgv(argv, projectRoot))) : undefined;

const { runCli } = await import("./cli/main.ts");
process.exitCode = await runCli(argv, earlyHost);
