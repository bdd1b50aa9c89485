// `npm run learn -- …` starts here.
//
// Plain JavaScript on purpose: the grader runs as a bundle of src/ (bundle/bundle.mjs says why),
// which this file builds when src/ has changed. In watch mode it then forks the runner host,
// which takes ≈1 s to warm up, before loading the rest of the grader, so the two start-ups
// overlap. Everything else lives in cli/main.ts.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { nodeVersionProblem } from "./node-version.mjs";

const nodeProblem = nodeVersionProblem(process.versions.node);
if (nodeProblem) {
  process.stderr.write(`${nodeProblem}\n`);
  process.exit(1);
}

// Imported only once Node is known to be new enough.
const { buildBundle, PROJECT_ROOT } = await import("./bundle/bundle.mjs");
const { forkHost } = await import("./runner/client/host-launch.mjs");

// `npm run learn -- list | head`: a reader that stops early is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);

// A cheap look at the arguments (cli/args.ts validates them properly): no command means watch mode.
const rootIndex = argv.indexOf("--root");
const rootArg = argv.find((arg) => arg.startsWith("--root="))?.slice("--root=".length) ?? (rootIndex === -1 ? undefined : argv[rootIndex + 1]);
const positionals = argv.filter((arg, i) => !arg.startsWith("-") && !(rootIndex !== -1 && i === rootIndex + 1));
const watchMode = (positionals.length === 0 || (positionals.length === 1 && positionals[0] === "learn")) && !argv.includes("--help") && !argv.includes("-h");
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

let bundle;
try {
  bundle = buildBundle();
} catch (error) {
  const missingPackages = error?.code === "MODULE_NOT_FOUND" || error?.code === "ERR_MODULE_NOT_FOUND";
  process.stderr.write(
    missingPackages
      ? "The grader's dependencies are not installed. Run `npm install`, then `npm run learn` again.\n"
      : `The grader could not be built from src/ (your exercises are untouched):\n${error?.message ?? error}\nIf you changed src/, fix the error above (\`npm test\` type-checks it); otherwise reinstall with \`npm ci\`.\n`,
  );
  process.exit(70);
}
// Watch mode forks the host now, so its start-up overlaps with loading the grader.
const earlyHost = watchMode && interactive ? forkHost(path.resolve(rootArg && !rootArg.startsWith("-") ? rootArg : PROJECT_ROOT), bundle) : undefined;

const { runCli } = await import(pathToFileURL(bundle.cli).href);
process.exitCode = await runCli(argv, earlyHost);
