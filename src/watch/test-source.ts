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

/**
 * The suite's own helper functions that `testSource` calls, with their source, when each is at most
 * `maxLines` long: a learner reading a test wants `start()` or `createSink()` beside it. Pure.
 */
export function helpersCalledBy(suiteSource: string, testSource: string, maxLines = 12): Array<{ name: string; source: string }> {
  const lines = suiteSource.split(/\r?\n/);
  const helpers: Array<{ name: string; source: string }> = [];
  for (const [index, line] of lines.entries()) {
    const name = /^(?:export\s+)?(?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)\s*[<(]/.exec(line)?.[1] ?? /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(/.exec(line)?.[1];
    if (!name || !new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\s*[(<]`).test(testSource)) continue;
    const source = extractTestSource(suiteSource, index + 1);
    if (source && source.split("\n").length <= maxLines) helpers.push({ name, source });
  }
  return helpers;
}
