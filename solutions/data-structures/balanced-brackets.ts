/**
 * Balanced brackets — reference solution.
 *
 * The stack holds the INDEXES of the brackets still open, not the characters: the top tells us
 * which closer we expect next (via input[top]), and the bottom is the earliest unclosed opener
 * to report when the input runs out.
 */
export type BracketProblem = "mismatch" | "unexpected-close" | "unclosed";

export type BracketCheck =
  | { ok: true }
  | { ok: false; index: number; kind: BracketProblem };

const OPENER_OF: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export function checkBrackets(input: string): BracketCheck {
  const open: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === "(" || ch === "[" || ch === "{") {
      open.push(i);
    } else if (ch === ")" || ch === "]" || ch === "}") {
      if (open.length === 0) return { ok: false, index: i, kind: "unexpected-close" };
      if (input[open[open.length - 1]] !== OPENER_OF[ch]) return { ok: false, index: i, kind: "mismatch" };
      open.pop();
    }
  }
  if (open.length > 0) return { ok: false, index: open[0], kind: "unclosed" };
  return { ok: true };
}
