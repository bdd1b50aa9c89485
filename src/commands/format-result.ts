import pc from "picocolors";
import { failingTests, passedCount, type KataResult } from "../results/result.ts";

/** A result as plain lines for non-interactive commands (no TTY needed). Pure. */
export function formatResultText(result: KataResult): string[] {
  const total = result.tests.length;
  if (result.status === "pass") return [`${pc.green("✓ pass")}  ${result.kataId}  ${total}/${total} tests`];
  if (result.status === "error") return [`${pc.red("✗ error")} ${result.kataId}  ${result.message ?? ""}`];
  const lines = [`${pc.red("✗ fail")}  ${result.kataId}  ${passedCount(result)}/${total} tests pass`];
  if (result.message) lines.push(`    ${result.message}`);
  for (const test of failingTests(result).slice(0, 5)) lines.push(`    ✗ ${test.name}${test.message ? ` — ${test.message.split("\n")[0]}` : ""}`);
  for (const error of result.typeErrors.slice(0, 5)) lines.push(`    ${error.line}:${error.column} TS${error.code}: ${error.message.split("\n")[0]}`);
  return lines;
}
