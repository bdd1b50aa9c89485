import type { CatalogFile, CatalogKata, Phase } from "./schema.ts";

/** A kata with its place in the ordered catalog and the paths its id gives. Paths stay relative to the project root. */
export interface Kata extends CatalogKata, KataPaths {
  readonly phase: string;
  /** 0-based position in the catalog order (phases in order, katas in order within a phase). */
  readonly index: number;
}

export interface KataPaths {
  /** What the learner edits. */
  readonly exercise: string;
  /** The hidden suite. */
  readonly test: string;
  /** The reference solution, at the same relative path as the exercise. */
  readonly solution: string;
  /** Where the pristine starter is kept, so reset works without git. */
  readonly starter: string;
}

/** Every file of kata `<phase>/<name>` follows from its id. Pure. */
export function kataPaths(id: string): KataPaths {
  const exercise = `exercises/${id}.ts`;
  return { exercise, test: `grader/${id}.test.ts`, solution: `solutions/${id}.ts`, starter: starterPathFor(exercise) };
}

export function phaseOf(id: string): string {
  return id.split("/")[0] ?? "";
}

export interface Catalog {
  readonly phases: readonly Phase[];
  readonly katas: readonly Kata[];
}

export const STARTERS_DIR = "grader/starters";

export function starterPathFor(exercise: string): string {
  return exercise.replace(/^exercises\//, `${STARTERS_DIR}/`);
}

/** Orders katas phase by phase (the catalog's phase order), keeping file order within a phase. */
export function buildCatalog(file: CatalogFile): Catalog {
  const phaseOrder = new Map(file.phases.map((phase, i) => [phase.id, i]));
  const ordered = file.katas
    .map((kata, fileIndex) => ({ kata, fileIndex, phase: phaseOf(kata.id) }))
    .sort((a, b) => (phaseOrder.get(a.phase) ?? 0) - (phaseOrder.get(b.phase) ?? 0) || a.fileIndex - b.fileIndex)
    .map(({ kata, phase }, index): Kata => ({ ...kata, phase, index, ...kataPaths(kata.id) }));
  return { phases: file.phases, katas: ordered };
}

export function findKata(catalog: Catalog, id: string): Kata | undefined {
  return catalog.katas.find((kata) => kata.id === id);
}

export function phaseTitle(catalog: Catalog, phaseId: string): string {
  return catalog.phases.find((phase) => phase.id === phaseId)?.title ?? phaseId;
}
