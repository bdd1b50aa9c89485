import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { kataIdPattern } from "../../catalog/schema.ts";
import type { MutantKey } from "./describe-mutant.ts";

/**
 * grader/mutation-equivalents.json: survivors an author judged equivalent (no learner could write
 * them as a wrong implementation the header rules out), one reason each, per kata. An entry names
 * the mutant by what it changes and the line it is on (see MutantKey), never by its id or column, so it still applies
 * after unrelated edits; after an edit to the mutated code itself it stops matching, and the
 * survivor shows again for a fresh look.
 */
export const EQUIVALENTS_FILE = path.join("grader", "mutation-equivalents.json");

const entrySchema = z.object({
  file: z.string().min(1),
  mutator: z.string().min(1),
  /** The mutated code, whitespace collapsed (as the report's survivor line shows it). */
  original: z.string(),
  replacement: z.string(),
  /** The source line the mutant starts on, whitespace collapsed. */
  line: z.string(),
  reason: z.string().min(1, "say in one line why no wrong implementation looks like this mutant"),
});

export const equivalentsSchema = z.object({
  formatVersion: z.literal(1),
  katas: z.record(z.string().regex(kataIdPattern, 'keys are kata ids, e.g. "caching/lru-cache"'), z.array(entrySchema)),
});

export type EquivalentEntry = z.infer<typeof entrySchema>;
export type Equivalents = z.infer<typeof equivalentsSchema>;

export const NO_EQUIVALENTS: Equivalents = { formatVersion: 1, katas: {} };

/** The recorded equivalents; none when the file does not exist (a new project). Throws on a malformed file. */
export function readEquivalents(root: string): Equivalents {
  const file = path.join(root, EQUIVALENTS_FILE);
  if (!fs.existsSync(file)) return NO_EQUIVALENTS;
  const parsed = equivalentsSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`${EQUIVALENTS_FILE} is malformed: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

export function sameMutant(entry: MutantKey, key: MutantKey): boolean {
  return entry.file === key.file && entry.mutator === key.mutator && entry.original === key.original && entry.replacement === key.replacement && entry.line === key.line;
}

export interface EquivalenceMatch<T> {
  /** Survivors some entry explains, with the reason. */
  explained: Array<{ mutant: T; reason: string }>;
  /** Survivors no entry explains: these still need a look. */
  unexplained: T[];
  /** Entries that matched no survivor: the mutant is killed now, or its code changed. */
  stale: EquivalentEntry[];
}

/**
 * Splits one kata's survivors into explained and unexplained. One entry may explain several
 * identical survivors (the same change to the same line, repeated in the file). Pure.
 */
export function matchEquivalents<T>(survivors: readonly T[], keyOf: (mutant: T) => MutantKey, entries: readonly EquivalentEntry[]): EquivalenceMatch<T> {
  const used = new Set<EquivalentEntry>();
  const explained: EquivalenceMatch<T>["explained"] = [];
  const unexplained: T[] = [];
  for (const mutant of survivors) {
    const key = keyOf(mutant);
    const entry = entries.find((candidate) => sameMutant(candidate, key));
    if (entry) {
      used.add(entry);
      explained.push({ mutant, reason: entry.reason });
    } else {
      unexplained.push(mutant);
    }
  }
  return { explained, unexplained, stale: entries.filter((entry) => !used.has(entry)) };
}
