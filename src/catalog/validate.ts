import type { CatalogFile } from "./schema.ts";
import { kataPaths, phaseOf } from "./catalog.ts";

/**
 * Consistency rules zod cannot express: ids unique, each id's phase declared.
 * Pure: file existence is checked by the loader, which owns the file system.
 * Each problem names the entry and says what to change.
 */
export function catalogProblems(file: CatalogFile): string[] {
  const problems: string[] = [];
  const phaseIds = new Set<string>();
  for (const phase of file.phases) {
    if (phaseIds.has(phase.id)) problems.push(`phase "${phase.id}" is listed twice in "phases": remove one of them`);
    phaseIds.add(phase.id);
  }
  const seen = new Set<string>();
  for (const kata of file.katas) {
    const where = `kata "${kata.id}"`;
    if (seen.has(kata.id)) problems.push(`${where} is listed twice: kata ids must be unique, rename or remove one entry`);
    seen.add(kata.id);
    const phase = phaseOf(kata.id);
    if (!phaseIds.has(phase)) problems.push(`${where}: its phase "${phase}" is not in "phases": add it there or fix the id`);
  }
  return problems;
}

/**
 * The shipped files a catalog entry points at, for the loader's existence check. The learner's
 * exercise file is not among them: a deleted exercise is graded as a failure with a way back
 * (reset), not a reason to refuse to start.
 */
export function referencedFiles(file: CatalogFile): Array<{ kataId: string; field: string; path: string }> {
  return file.katas.flatMap((kata) => {
    const paths = kataPaths(kata.id);
    return [
      { kataId: kata.id, field: "test", path: paths.test },
      { kataId: kata.id, field: "solution", path: paths.solution },
      { kataId: kata.id, field: "starter", path: paths.starter },
    ];
  });
}
