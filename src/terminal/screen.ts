/**
 * Owns the terminal while watch mode runs: alternate screen, hidden cursor, raw keys.
 * `restore()` is idempotent and is called on every way out (quit, Ctrl-C, a crash, a signal).
 */
export class Screen {
  #active = false;

  constructor(
    private readonly input: NodeJS.ReadStream,
    private readonly output: NodeJS.WriteStream,
  ) {}

  enter(): void {
    this.#active = true;
    this.input.setRawMode?.(true);
    this.input.resume();
    this.output.write("\u001B[?1049h\u001B[?25l");
  }

  draw(text: string): void {
    if (!this.#active) return;
    // Home, draw, clear whatever the previous (longer) frame left below. No newline after the
    // last line: on a frame as tall as the terminal it would scroll the header off the top.
    const body = text.split("\n").map((line) => `${line}\u001B[K`).join("\r\n");
    this.output.write(`\u001B[H${body}\u001B[J`);
  }

  get columns(): number {
    return this.output.columns || 80;
  }

  get rows(): number {
    return this.output.rows || 24;
  }

  restore(): void {
    if (!this.#active) return;
    this.#active = false;
    this.output.write("\u001B[?25h\u001B[?1049l");
    this.input.setRawMode?.(false);
    this.input.pause();
  }
}
