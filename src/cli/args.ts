import { parseArgs as parseNodeArgs } from "node:util";
import { z } from "zod";

/** The command line, validated. `npm run learn -- <command> [args] [flags]`. */
const common = { root: z.string().optional() };

export const commandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("learn"), poll: z.boolean(), ...common }),
  z.object({ command: z.literal("list"), json: z.boolean(), ...common }),
  z.object({ command: z.literal("stats"), json: z.boolean(), ...common }),
  z.object({ command: z.literal("journal"), ...common }),
  z.object({ command: z.literal("report"), ...common }),
  z.object({ command: z.literal("hint"), id: z.string({ message: "hint needs a kata id, e.g. `hint caching/lru-cache`" }), ...common }),
  z.object({ command: z.literal("reset"), id: z.string().optional(), all: z.boolean(), yes: z.boolean(), ...common }),
  z.object({ command: z.literal("run"), id: z.string({ message: "run needs a kata id, e.g. `run caching/lru-cache`" }), ...common }),
  z.object({
    command: z.literal("verify"),
    id: z.string().optional(),
    /** More katas (or whole phases) to grade, after the first. */
    more: z.array(z.string()).optional(),
    json: z.boolean(),
    reporters: z.array(z.enum(["text", "json", "junit", "github", "classroom"], { message: "--reporter is one of text, json, junit, github, classroom" })).optional(),
    ...common,
  }),
  z.object({ command: z.literal("help"), ...common }),
]);

export type Command = z.infer<typeof commandSchema>;

const COMMANDS = new Set(["learn", "list", "stats", "journal", "report", "hint", "reset", "run", "verify", "help"]);

export class UsageError extends Error {}

/** The flags, for node:util's parseArgs (which also accepts `--root=dir` and grouped short flags). */
const OPTIONS = {
  json: { type: "boolean" },
  all: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  poll: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  root: { type: "string" },
  reporter: { type: "string", multiple: true },
} as const;

export function parseArgs(argv: readonly string[]): Command {
  let flagsParsed: ReturnType<typeof parseFlags>;
  try {
    flagsParsed = parseFlags(argv);
  } catch (error) {
    // node:util names the option in its message ("Unknown option '--x'"): keep that part.
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    // A value missing, or taken from the next option ("--root --json"), is ambiguous to node:util.
    if (message.includes("'--root")) throw new UsageError("--root needs a folder");
    throw new UsageError(message);
  }
  const { values, positionals } = flagsParsed;
  const root = values.root;
  if (root !== undefined && (root === "" || root.startsWith("-"))) throw new UsageError("--root needs a folder");
  const flags = new Set(Object.entries(values).filter(([, value]) => value === true).map(([name]) => `--${name}`));
  if (flags.has("--help")) return { command: "help", root };
  const [command = "learn", id, extra] = positionals;
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`);
  if (extra !== undefined && command !== "verify") throw new UsageError(`unexpected argument "${extra}"`);
  if (id !== undefined && (command === "learn" || command === "list" || command === "stats" || command === "journal" || command === "report" || command === "help")) {
    throw new UsageError(`"${command}" takes no kata id (got "${id}"); to work on a kata, pick it from the list (l) in watch mode`);
  }
  const raw = { command, id, root, json: flags.has("--json"), all: flags.has("--all"), yes: flags.has("--yes"), poll: flags.has("--poll"), ...(values.reporter ? { reporters: values.reporter } : {}), ...(command === "verify" && positionals.length > 2 ? { more: positionals.slice(2) } : {}) };
  if (values.reporter && command !== "verify") throw new UsageError("--reporter is for verify, e.g. `verify --reporter junit`");
  const parsed = commandSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? "invalid arguments");
  const result = parsed.data;
  if (result.command === "reset" && !result.id && !result.all) throw new UsageError("reset needs a kata id or --all, e.g. `reset caching/lru-cache`");
  if (result.command === "reset" && result.id && result.all) throw new UsageError("reset takes a kata id or --all, not both");
  return result;
}

export const USAGE = `Usage: npm run learn -- [command] [options]

  (no command)        watch mode: edit the current exercise, see its hidden tests on every save
      --poll          watch by polling (for WSL on a Windows drive, network filesystems)
  list [--json]       every kata with its status (and hints, in JSON)
  stats [--json]      done per phase, attempts, hints and time per kata, streak, checkpoints
  journal             your notes and figures, phase by phase, written to notes/journal.md
  report              an HTML page of your progress (charts), written to .learn/report.html
  hint <id>           show the next hint for a kata
  reset <id>          restore a kata's starter (your file is kept in .learn/attempts/)
  reset --all         restore every kata's starter
      --yes           don't ask for confirmation
  run <id>            grade one kata once; exit code 0 when it passes
  verify [id…] [--json] fresh run of all katas, or of the katas and phases named; --json prints
                      exercism results.json (v3) per kata
      --reporter <name>  text, json, junit (JUnit XML), github (annotations and a job summary),
                      classroom (GitHub Classroom points); repeat it for several`;

function parseFlags(argv: readonly string[]) {
  return parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}
