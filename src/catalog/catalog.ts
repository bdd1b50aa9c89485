import type { CatalogFile, CatalogKata, Phase } from "./schema.ts";

/** A kata with its place in the ordered catalog. Paths stay relative to the project root. */
export interface Kata extends CatalogKata {
  /** 0-based position in the catalog order (phases in order, katas in order within a phase). */
  readonly index: number;
  /** Where the pristine starter is kept, so reset works without git. */
  readonly starter: string;
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
    .map((kata, fileIndex) => ({ kata, fileIndex }))
    .sort((a, b) => (phaseOrder.get(a.kata.phase) ?? 0) - (phaseOrder.get(b.kata.phase) ?? 0) || a.fileIndex - b.fileIndex)
    .map(({ kata }, index): Kata => ({ ...kata, index, starter: starterPathFor(kata.exercise) }));
  return { phases: file.phases, katas: ordered };
}

export function findKata(catalog: Catalog, id: string): Kata | undefined {
  return catalog.katas.find((kata) => kata.id === id);
}

export function phaseTitle(catalog: Catalog, phaseId: string): string {
  return catalog.phases.find((phase) => phase.id === phaseId)?.title ?? phaseId;
}
