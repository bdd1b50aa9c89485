import cliTruncate from "cli-truncate";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

/** Columns a line takes on screen: escape codes take none, wide characters two. */
export function visibleWidth(text: string): number {
  return stringWidth(text);
}

/** Prose wrapped at word boundaries to `columns`, continuation lines indented. Pure. */
export function wrapProse(text: string, columns: number, indent = ""): string[] {
  const width = Math.max(10, columns - indent.length);
  return wrapAnsi(text, width, { hard: true, trim: false })
    .split("\n")
    .map((line, i) => (i === 0 ? line : indent + line.trimStart()));
}

/** One line cut to `columns`, ending in "…" when it was longer. Pure. */
export function clipLine(line: string, columns: number): string {
  return visibleWidth(line) <= columns ? line : cliTruncate(line, columns, { position: "end" });
}

export interface ScreenParts {
  /** Always shown, first: progress, kata title, the file to edit. */
  readonly top: readonly string[];
  /** Shown from its start for as many rows as remain. */
  readonly body: readonly string[];
  /** Always shown, last: the keys. */
  readonly bottom: readonly string[];
}

/**
 * A screen that fits `rows` × `columns`: no line wider than the terminal, and when the body is
 * too tall, its blank lines go first, then its tail, replaced by a line that says how much is
 * hidden. Pure.
 */
export function fitScreen(parts: ScreenParts, rows: number, columns: number, hiddenNote: (count: number) => string): string[] {
  const clip = (lines: readonly string[]) => lines.map((line) => clipLine(line, columns));
  const top = clip(parts.top);
  const bottom = clip(parts.bottom);
  let body = clip(parts.body);
  const room = Math.max(0, rows - top.length - bottom.length);
  if (body.length > room) body = body.filter((line) => line.trim() !== "");
  if (body.length > room) {
    const kept = Math.max(0, room - 1);
    body = [...body.slice(0, kept), clipLine(hiddenNote(body.length - kept), columns)];
  }
  return [...top, ...body, ...bottom].slice(0, Math.max(rows, 1));
}
