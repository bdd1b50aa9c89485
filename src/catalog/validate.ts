import type { CatalogFile } from "./schema.ts";
import { starterPathFor } from "./catalog.ts";

/**
 * Consistency rules zod cannot express: ids unique, phases known, paths that mirror the id.
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
    const [phase, name] = kata.id.split("/");
    if (kata.phase !== phase) problems.push(`${where}: "phase" is "${kata.phase}" but the id starts with "${phase}/": make them match`);
    if (!phaseIds.has(kata.phase)) problems.push(`${where}: phase "${kata.phase}" is not in "phases": add it there or fix the kata's phase`);
    const expected = {
      exercise: `exercises/${kata.id}.ts`,
      solution: `solutions/${kata.id}.ts`,
    };
    if (kata.exercise !== expected.exercise) problems.push(`${where}: "exercise" should be "${expected.exercise}" (got "${kata.exercise}")`);
    if (kata.solution !== expected.solution) problems.push(`${where}: "solution" should be "${expected.solution}", the same relative path as the exercise (got "${kata.solution}")`);
    if (!kata.test.startsWith("grader/") || !kata.test.endsWith(`/${name}.test.ts`)) {
      problems.push(`${where}: "test" should be a hidden suite under grader/ named ${name}.test.ts (got "${kata.test}")`);
    }
  }
  return problems;
}

/**
 * The shipped files a catalog entry points at, for the loader's existence check. The learner's
 * exercise file is not among them: a deleted exercise is graded as a failure with a way back
 * (reset), not a reason to refuse to start.
 */
export function referencedFiles(file: CatalogFile): Array<{ kataId: string; field: string; path: string }> {
  return file.katas.flatMap((kata) => [
    { kataId: kata.id, field: "test", path: kata.test },
    { kataId: kata.id, field: "solution", path: kata.solution },
    { kataId: kata.id, field: "starter", path: starterPathFor(kata.exercise) },
  ]);
}
