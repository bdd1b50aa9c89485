import readline from "node:readline";

/** What readline reports for one key press (node:readline's `keypress` event). */
export interface Keypress {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  sequence?: string;
}

const NAMED: Record<string, string> = { return: "enter", enter: "enter", escape: "escape", up: "up", down: "down", left: "left", right: "right" };

/**
 * The grader's name for a key press, or undefined for keys it has no use for (function keys,
 * Home/End, Delete…), so their letters never act as commands. Pure.
 */
export function keyOf(text: string | undefined, key: Keypress | undefined): string | undefined {
  if (key?.ctrl) return key.name === "c" ? "ctrl-c" : key.name === "d" ? "ctrl-d" : undefined;
  if (key?.meta) return key.name === "escape" ? "escape" : undefined;
  if (key?.name && NAMED[key.name]) return NAMED[key.name];
  if (key?.name && key.name.length === 1) return key.name.toLowerCase();
  if (text && text.length === 1 && text >= " " && text !== "\u007F") return text.toLowerCase();
  return undefined;
}

/**
 * Calls `onKey` with each key pressed on `input` (in raw mode). readline's decoder joins an
 * escape sequence split across reads into one key; a lone ESC is told from the start of a
 * sequence after `escapeMs` without a follow-up (readline's default, 500 ms, makes Esc feel slow).
 */
export function listenForKeys(input: NodeJS.ReadStream | NodeJS.ReadableStream, onKey: (key: string) => void, escapeMs = 50): () => void {
  readline.emitKeypressEvents(input as NodeJS.ReadableStream, { escapeCodeTimeout: escapeMs } as unknown as readline.Interface);
  const listener = (text: string | undefined, key: Keypress | undefined) => {
    const name = keyOf(text, key);
    if (name) onKey(name);
  };
  input.on("keypress", listener);
  return () => void input.off("keypress", listener);
}
