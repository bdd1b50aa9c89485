/**
 * The source of one test in a suite, starting at the line vitest reported for it and ending at
 * the line that closes it (the first later line indented like the opening line that starts with
 * a closing bracket). Pure; good enough for the suites' `it("…", () => { … });` style.
 */
export function extractTestSource(source: string, line: number): string | undefined {
  const lines = source.split(/\r?\n/);
  const opening = lines[line - 1];
  if (opening === undefined) return undefined;
  const indent = /^\s*/.exec(opening)?.[0] ?? "";
  for (let n = line; n < lines.length; n++) {
    const candidate = lines[n] ?? "";
    if (candidate.startsWith(`${indent}}`) || candidate.startsWith(`${indent})`)) return lines.slice(line - 1, n + 1).join("\n");
  }
  return lines.slice(line - 1, Math.min(lines.length, line + 30)).join("\n");
}
