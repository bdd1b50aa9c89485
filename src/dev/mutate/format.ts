import type { KataFigures, Totals } from "./figures.ts";

/** The plain-text report: a row of figures per kata, then each unexplained survivor under it. Pure. */
const COLUMNS = ["mutants", "killed", "survived", "timeout", "no cov", "equiv", "static", "score", "raw"] as const;

function pct(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(1)}%`;
}

function row(label: string, cells: readonly string[], labelWidth: number): string {
  return `${label.padEnd(labelWidth)}  ${cells.map((cell, i) => cell.padStart(Math.max(COLUMNS[i]?.length ?? 0, 6))).join("  ")}`;
}

function cellsOf(f: Omit<Totals, "katas">): string[] {
  return [f.mutants, f.killed, f.survived, f.timedOut, f.noCoverage, f.equivalent, f.ignored].map(String).concat(pct(f.score), pct(f.rawScore));
}

export function formatReport(figures: readonly KataFigures[], total: Totals): string {
  const labelWidth = Math.max(5, ...figures.map((f) => f.id.length));
  const lines = [row("kata", [...COLUMNS], labelWidth)];
  for (const f of figures) {
    lines.push(row(f.id, cellsOf(f), labelWidth));
    for (const s of f.survivors) lines.push(`    ${s.status === "NoCoverage" ? "no coverage" : "survived"}  ${s.location}  ${s.diff}`);
    for (const e of f.staleEquivalents) lines.push(`    ! an entry in grader/mutation-equivalents.json matches no survivor now (killed, or the code changed): ${e.mutator} ${e.original} → ${e.replacement} in "${e.line}"`);
  }
  if (figures.length > 1) lines.push(row(`all ${total.katas} katas`, cellsOf(total), labelWidth));
  lines.push(
    "",
    "score: killed + timed out over valid mutants, equivalents (grader/mutation-equivalents.json) left out; raw: with them. static: mutants of code run at import, not tested.",
    total.unexplained
      ? `${total.unexplained} survivor${total.unexplained === 1 ? "" : "s"} need a look: kill each with a test, or record it in grader/mutation-equivalents.json if no wrong implementation looks like it.`
      : "✓ no unexplained survivor",
  );
  return lines.join("\n");
}
