/**
 * Balanced brackets
 *
 * What you build
 *   A checker that says whether the (), [] and {} in a string are correctly nested and, if not,
 *   where the first problem is.
 *
 * Why it matters
 *   Every parser keeps a stack of what it has opened: JSON and template parsers, SQL and config
 *   linters, the editor that underlines the stray `}` in your handler. Reporting *where* it broke,
 *   not just *that* it broke, is what turns a 400 Bad Request into an error a client can fix.
 *
 * Your task
 *   Implement `checkBrackets(input: string): BracketCheck`:
 *   - Only the six characters ( ) [ ] { } matter; every other character is ignored.
 *   - Balanced input (including the empty string and text with no brackets) returns `{ ok: true }`.
 *   - Otherwise return `{ ok: false, index, kind }` for the FIRST problem met reading left to right,
 *     where `index` is a position in `input` (so `input[index]` is the offending bracket):
 *     - `"mismatch"` — a closing bracket whose kind differs from the most recently opened,
 *       still-open bracket, e.g. `"([)]"` → index 2.
 *     - `"unexpected-close"` — a closing bracket when nothing is open, e.g. `"())"` → index 2.
 *     - `"unclosed"` — the input ends with brackets still open; `index` is that of the EARLIEST
 *       (leftmost) one still open, e.g. `"x{[]"` → index 1.
 *   - Problems inside the input win over problems at the end: `"(]"` is a mismatch at 1, not unclosed.
 *   - Must run in O(n) and must not recurse: the suite checks a 200 000-deep nesting.
 *
 * Example
 *   checkBrackets("{[()()]}");   // { ok: true }
 *   checkBrackets("f(a[1)]");    // { ok: false, index: 5, kind: "mismatch" }
 *   checkBrackets("a)");         // { ok: false, index: 1, kind: "unexpected-close" }
 *   checkBrackets("((x)");       // { ok: false, index: 0, kind: "unclosed" }
 */

export type BracketProblem = "mismatch" | "unexpected-close" | "unclosed";

export type BracketCheck =
  | { ok: true }
  | { ok: false; index: number; kind: BracketProblem };

export function checkBrackets(input: string): BracketCheck {
  void input;
  throw new Error("not implemented");
}
