import type { StrykerMutant } from "./stryker-report.ts";

/**
 * What a mutant changed, in words that survive edits elsewhere in the file: the mutator, the
 * original code and its replacement, and the source line it starts on (all whitespace
 * collapsed, so re-indenting does not change them). Mutant ids and columns shift whenever the
 * file changes; this does not. The line tells apart the same small change at two places
 * (`""` → `"Stryker was here!"` can be an equivalent default here and a missing test there). Pure.
 */
export interface MutantKey {
  file: string;
  mutator: string;
  original: string;
  replacement: string;
  line: string;
}

/** Runs of whitespace (line breaks included) become one space: a key and a diff fit on one line. */
export function collapse(code: string): string {
  return code.replace(/\s+/g, " ").trim();
}

/** Offsets of each line's first character, so 1-based line/column positions map to string offsets. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  return starts;
}

/** Stryker's positions are 1-based lines and 1-based columns; the end column is exclusive. */
function offsetOf(starts: readonly number[], position: { line: number; column: number }): number {
  return (starts[position.line - 1] ?? 0) + position.column - 1;
}

function span(source: string, mutant: StrykerMutant): { start: number; end: number; lineStart: number; lineEnd: number } {
  const starts = lineStarts(source);
  const start = offsetOf(starts, mutant.location.start);
  const end = offsetOf(starts, mutant.location.end);
  const lineStart = starts[mutant.location.start.line - 1] ?? 0;
  const next = source.indexOf("\n", end);
  return { start, end, lineStart, lineEnd: next === -1 ? source.length : next };
}

export function mutantKey(file: string, source: string, mutant: StrykerMutant): MutantKey {
  const { start, end, lineStart } = span(source, mutant);
  const lineEnd = source.indexOf("\n", start);
  return {
    file,
    mutator: mutant.mutatorName,
    original: collapse(source.slice(start, end)),
    replacement: collapse(mutant.replacement ?? ""),
    line: collapse(source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd)),
  };
}

export const DIFF_SIDE_WIDTH = 90;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Context kept on each side of the change, so a long line still shows where the change is. */
const CONTEXT = 40;

/**
 * `if (this.map.size >= this.capacity) → if (true)`: the lines the mutant touches, before and
 * after, each collapsed to one line, with long context on either side cut to `…`.
 */
export function oneLineDiff(source: string, mutant: StrykerMutant): string {
  const { start, end, lineStart, lineEnd } = span(source, mutant);
  const collapsedBefore = source.slice(lineStart, start).replace(/\s+/g, " ").trimStart();
  const collapsedAfter = source.slice(end, lineEnd).replace(/\s+/g, " ").trimEnd();
  // Cut at a space, so the context starts and ends with whole words.
  const before = collapsedBefore.length > CONTEXT ? `…${collapsedBefore.slice(-CONTEXT).replace(/^\S*\s/, "")}` : collapsedBefore;
  const after = collapsedAfter.length > CONTEXT ? `${collapsedAfter.slice(0, CONTEXT).replace(/\s\S*$/, "")} …` : collapsedAfter;
  const side = (middle: string) => clip(`${before}${collapse(middle)}${after}`.trim(), DIFF_SIDE_WIDTH);
  return `${side(source.slice(start, end))} → ${side(mutant.replacement ?? "")}`;
}

/** `solutions/caching/lru-cache.ts:42:7`, as editors and terminals link it. */
export function locationOf(file: string, mutant: StrykerMutant): string {
  return `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
}
