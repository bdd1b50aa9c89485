import { WORKER_HEAP_LIMIT_MB } from "./limits.ts";

/**
 * Turns raw runtime errors into sentences a learner can act on. Pure.
 */
export function explainError(message: string, exerciseRelative: string): string {
  // Already in the learner's words (grader/support/learner-imports.ts), wherever vite wrapped it.
  const refused = /import refused: .*/.exec(message);
  if (refused) return refused[0];
  if (/ERR_WORKER_OUT_OF_MEMORY|reached heap limit|heap out of memory/i.test(message)) {
    return `your code used more than ${WORKER_HEAP_LIMIT_MB} MB of memory, so the grader stopped it: is something growing without end (an array, map or string filled in a loop that never stops)?`;
  }
  // vitest's own advice (raise testTimeout) is for the suite's author; the learner can change neither.
  const waited = /(Test|Hook) timed out in (\d+)ms/.exec(message);
  if (waited) {
    const seconds = Number(waited[2]) / 1000;
    const who = waited[1] === "Hook" ? "the test's set-up" : "the test";
    return `${who} waited ${seconds} s for something that never happened: a promise that never settles, an event that is never emitted, or a callback that is never called`;
  }
  const exit = /process\.exit unexpectedly called with "?(-?\d+)"?/.exec(message);
  if (exit) return `your code called process.exit(${exit[1]}): the grader keeps running, but a library function should throw or return instead of ending the process`;
  if (/Failed to load url|Cannot find module|ENOENT/.test(message) && message.includes(exerciseRelative.split("/").pop() ?? "\0")) {
    return `${exerciseRelative} is missing: restore the starter with \`r\` (or \`npm run learn -- reset <id>\`); earlier attempts are kept under .learn/attempts/`;
  }
  if (/Transform failed|SyntaxError|Expected .* but found|Unexpected token|Parse failure|PARSE_ERROR/.test(message)) {
    return `${DOES_NOT_PARSE} ${firstLine(message)}`;
  }
  return message;
}

/** How a file that fails to parse is reported; the host adds where (syntax-error.ts). */
export const DOES_NOT_PARSE = "your file does not parse:";

function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim().length > 0)?.trim() ?? text;
}

/**
 * Whether an "error" result was decided before any learner code ran (the file does not parse, is
 * missing, or imports what it may not), so no state an earlier run left in the worker can explain
 * it. Any other error is worth one re-run in a fresh worker before the learner sees it. Pure.
 */
export function decidedBeforeRun(message: string | undefined): boolean {
  return message !== undefined && /^(your file does not parse|import refused:|\S+ is missing: restore the starter)/.test(message);
}
