import { execa, type ResultPromise } from "execa";
import { REPO_ROOT } from "./mini-project.ts";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/**
 * `npm run learn` in a real pseudo-terminal, via util-linux `script`, so the grader sees a TTY
 * (raw keys, alternate screen) exactly as a learner's terminal would give it.
 */
export class LearnSession {
  #output = "";
  #mark = 0;
  readonly process: ResultPromise;

  constructor(root: string, extraEnv: Record<string, string> = {}, size: { columns: number; rows: number } = { columns: 120, rows: 60 }) {
    // Exactly what a learner types, pointed at a throwaway copy of a project.
    const command = `stty cols ${size.columns} rows ${size.rows}; exec npm run -s learn -- --root ${root}`;
    this.process = execa("script", ["-qfec", command, "/dev/null"], {
      env: { ...extraEnv, NO_COLOR: "1", TERM: "xterm-256color" },
      cwd: REPO_ROOT,
      stdin: "pipe",
      reject: false,
    });
    this.process.stdout?.on("data", (chunk: Buffer) => {
      this.#output += chunk.toString("utf8");
    });
  }

  /** Everything printed since the last mark(), without escape codes. */
  get recent(): string {
    return stripAnsi(this.#output.slice(this.#mark));
  }

  /** Everything printed since the last mark(), escape codes and all. */
  get rawRecent(): string {
    return this.#output.slice(this.#mark);
  }

  /** The lines of the last frame drawn (each frame starts by moving the cursor home). */
  get lastFrame(): string[] {
    const frame = this.#output.slice(this.#output.lastIndexOf("\u001B[H") + 3);
    return stripAnsi(frame).replace(/\r/g, "").split("\n");
  }

  /** Later waitFor() calls only look at output printed after this point. */
  mark(): void {
    this.#mark = this.#output.length;
  }

  /** Resolves as soon as output matching `pattern` arrives (checked on every chunk, not by polling). */
  waitFor(pattern: string | RegExp, timeoutMs = 30_000): Promise<string> {
    const matches = () => {
      const text = this.recent;
      return typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);
    };
    if (matches()) return Promise.resolve(this.recent);
    return new Promise((resolve, reject) => {
      const stdout = this.process.stdout;
      const done = (error?: Error) => {
        clearTimeout(timer);
        stdout?.off("data", onData);
        this.process.off("exit", onExit);
        if (error) reject(error);
        else resolve(this.recent);
      };
      const onData = () => {
        if (matches()) done();
      };
      const onExit = () => done(new Error(`the grader exited (${this.process.exitCode}) while waiting for ${String(pattern)}:\n${this.recent.slice(-3_000)}`));
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${String(pattern)}; the screen showed:\n${this.recent.slice(-3_000)}`)), timeoutMs);
      // Listen after the accumulating listener, so `recent` already holds this chunk.
      stdout?.on("data", onData);
      this.process.on("exit", onExit);
    });
  }

  press(keys: string): void {
    this.mark();
    this.process.stdin?.write(keys);
  }

  async exit(): Promise<number | undefined> {
    const result = await this.process;
    return result.exitCode;
  }

  kill(): void {
    this.process.kill("SIGKILL");
  }
}
