import { z } from "zod";

/** A kata id is `<phase>/<name>`, both lowercase kebab-case: it names files and keys progress. */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const kataIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const phaseSchema = z.object({
  id: z.string().regex(kebab, "a phase id is lowercase kebab-case, e.g. rate-limiting"),
  title: z.string().min(1),
});

export const kataSchema = z.object({
  id: z.string().regex(kataIdPattern, 'a kata id is "<phase>/<name>" in kebab-case, e.g. caching/lru-cache'),
  phase: z.string().min(1),
  title: z.string().min(1),
  /** One line for the README's curriculum table and the list view. */
  teaches: z.string().min(1),
  exercise: z.string().min(1),
  test: z.string().min(1),
  solution: z.string().min(1),
  hints: z.array(z.string().min(1)).min(2, "every kata needs at least two hints, weakest first"),
});

export const catalogSchema = z.object({
  formatVersion: z.literal(1, { message: "this grader reads catalog formatVersion 1" }),
  phases: z.array(phaseSchema).min(1),
  katas: z.array(kataSchema).min(1),
});

export type Phase = z.infer<typeof phaseSchema>;
export type CatalogKata = z.infer<typeof kataSchema>;
export type CatalogFile = z.infer<typeof catalogSchema>;
