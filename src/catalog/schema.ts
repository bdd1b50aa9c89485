import { z } from "zod";

/** A kata id is `<phase>/<name>`, both lowercase kebab-case: it names files and keys progress. */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const kataIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const phaseSchema = z.object({
  id: z.string().regex(kebab, "a phase id is lowercase kebab-case, e.g. rate-limiting"),
  title: z.string().min(1),
});

/**
 * What a catalog entry holds: only what cannot be derived. The phase is the id's first part, and
 * every path follows from the id (catalog.ts, kataPaths), as rustlings derives them.
 */
export const kataSchema = z
  .object({
    id: z.string().regex(kataIdPattern, 'a kata id is "<phase>/<name>" in kebab-case, e.g. caching/lru-cache'),
    title: z.string().min(1),
    /** One line for the README's curriculum table and the list view. */
    teaches: z.string().min(1),
    hints: z.array(z.string().min(1)).min(2, "every kata needs at least two hints, weakest first"),
    /** What the kata is worth to the classroom reporter (default 1). */
    points: z.number().int().positive().optional(),
  })
  .strict();

export const catalogSchema = z.object({
  formatVersion: z.literal(2, { message: "this grader reads catalog formatVersion 2 (entries hold id, title, teaches and hints; paths follow from the id)" }),
  phases: z.array(phaseSchema).min(1),
  katas: z.array(kataSchema).min(1),
});

export type Phase = z.infer<typeof phaseSchema>;
export type CatalogKata = z.infer<typeof kataSchema>;
export type CatalogFile = z.infer<typeof catalogSchema>;
