import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../src/cli/args.ts";

function usageErrorOf(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to be rejected`);
}

describe("parseArgs", () => {
  it("rejects a kata id where the command takes none, instead of silently ignoring it", () => {
    expect(usageErrorOf(["learn", "caching/lru-cache"])).toContain('"learn" takes no kata id');
    expect(usageErrorOf(["list", "foo"])).toContain('"list" takes no kata id');
  });

  it("rejects --root followed by another option instead of taking it as the folder", () => {
    expect(usageErrorOf(["--root", "--json"])).toBe("--root needs a folder");
    expect(usageErrorOf(["list", "--root"])).toBe("--root needs a folder");
  });

  it("takes --root as --root dir or --root=dir", () => {
    expect(parseArgs(["list", "--root", "/p"])).toEqual({ command: "list", json: false, root: "/p" });
    expect(parseArgs(["list", "--root=/p"])).toEqual({ command: "list", json: false, root: "/p" });
  });

  it("names an unknown option", () => {
    expect(usageErrorOf(["list", "--jsn"])).toBe("unknown option --jsn");
  });

  it("starts watch mode with no arguments", () => {
    expect(parseArgs([])).toEqual({ command: "learn", poll: false });
  });

  it("watches by polling with --poll", () => {
    expect(parseArgs(["--poll"])).toEqual({ command: "learn", poll: true });
    expect(parseArgs(["learn", "--poll"])).toEqual({ command: "learn", poll: true });
  });

  it("lists katas, as JSON with --json", () => {
    expect(parseArgs(["list"])).toEqual({ command: "list", json: false });
    expect(parseArgs(["list", "--json"])).toEqual({ command: "list", json: true });
  });

  it("shows a hint for a kata", () => {
    expect(parseArgs(["hint", "caching/lru-cache"])).toEqual({ command: "hint", id: "caching/lru-cache" });
  });

  it("resets one kata, or all with --all, asking unless --yes or -y", () => {
    expect(parseArgs(["reset", "caching/lru-cache"])).toEqual({ command: "reset", id: "caching/lru-cache", all: false, yes: false });
    expect(parseArgs(["reset", "--all", "--yes"])).toEqual({ command: "reset", all: true, yes: true });
    expect(parseArgs(["reset", "-y", "caching/lru-cache"])).toEqual({ command: "reset", id: "caching/lru-cache", all: false, yes: true });
  });

  it("runs one kata", () => {
    expect(parseArgs(["run", "caching/lru-cache"])).toEqual({ command: "run", id: "caching/lru-cache" });
  });

  it("verifies every kata or one, as JSON with --json", () => {
    expect(parseArgs(["verify"])).toEqual({ command: "verify", json: false });
    expect(parseArgs(["verify", "caching/lru-cache", "--json"])).toEqual({ command: "verify", id: "caching/lru-cache", json: true });
    expect(parseArgs(["verify", "caching", "rate-limiting/token-bucket", "--reporter", "junit", "--reporter", "github"])).toEqual({
      command: "verify",
      id: "caching",
      more: ["rate-limiting/token-bucket"],
      json: false,
      reporters: ["junit", "github"],
    });
    expect(usageErrorOf(["verify", "--reporter", "tap"])).toBe("--reporter is one of text, json, junit, github, classroom");
  });

  it("shows help for the help command, --help or -h, whatever else is typed", () => {
    expect(parseArgs(["help"])).toEqual({ command: "help" });
    expect(parseArgs(["--help"])).toEqual({ command: "help" });
    expect(parseArgs(["run", "-h"])).toEqual({ command: "help" });
    expect(parseArgs(["nonsense", "--help"])).toEqual({ command: "help" });
  });

  it("takes the project folder from --root, for any command", () => {
    expect(parseArgs(["--root", "/tmp/p"])).toEqual({ command: "learn", poll: false, root: "/tmp/p" });
    expect(parseArgs(["verify", "--root", "/tmp/p", "--json"])).toEqual({ command: "verify", json: true, root: "/tmp/p" });
    expect(parseArgs(["--root", "/tmp/p", "-h"])).toEqual({ command: "help", root: "/tmp/p" });
  });

  it("rejects --root without a folder", () => {
    expect(usageErrorOf(["--root"])).toBe("--root needs a folder");
  });

  it("rejects an unknown option, naming it", () => {
    expect(usageErrorOf(["list", "--verbose"])).toBe("unknown option --verbose");
  });

  it("rejects an unknown command, naming it", () => {
    expect(usageErrorOf(["lsit"])).toBe('unknown command "lsit"');
  });

  it("rejects an extra argument, naming it", () => {
    expect(usageErrorOf(["run", "a/one", "a/two"])).toBe('unexpected argument "a/two"');
  });

  it("asks for a kata id for hint and run", () => {
    expect(usageErrorOf(["hint"])).toBe("hint needs a kata id, e.g. `hint caching/lru-cache`");
    expect(usageErrorOf(["run"])).toBe("run needs a kata id, e.g. `run caching/lru-cache`");
  });

  it("asks reset for a kata id or --all, but not both", () => {
    expect(usageErrorOf(["reset"])).toBe("reset needs a kata id or --all, e.g. `reset caching/lru-cache`");
    expect(usageErrorOf(["reset", "a/one", "--all"])).toBe("reset takes a kata id or --all, not both");
  });
});
