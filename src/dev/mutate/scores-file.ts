import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { kataIdPattern } from "../../catalog/schema.ts";
import { totals, type KataScore, type Totals } from "./figures.ts";

/**
 * grader/mutation-report.json: the latest score of each kata (committed, so a change that lets
 * more mutants survive shows in review). A run over some katas updates only theirs; the totals
 * are recomputed over every kata the file holds that is still in the catalog.
 */
export const SCORES_FILE = path.join("grader", "mutation-report.json");

const count = z.number().int().min(0);
const scoreSchema = z.object({
  id: z.string().regex(kataIdPattern),
  /** The day this kata was last measured (YYYY-MM-DD). */
  measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  mutants: count,
  killed: count,
  survived: count,
  timedOut: count,
  noCoverage: count,
  invalid: count,
  ignored: count,
  equivalent: count,
  unexplained: count,
  rawScore: z.number().min(0).max(100).nullable(),
  score: z.number().min(0).max(100).nullable(),
});

const scoresFileSchema = z.object({
  formatVersion: z.literal(1),
  tool: z.string(),
  totals: z.unknown(),
  katas: z.array(scoreSchema),
});

export type StoredScore = z.infer<typeof scoreSchema>;
export interface ScoresFile {
  formatVersion: 1;
  tool: string;
  totals: Totals;
  katas: StoredScore[];
}

/** The stored scores; none when the file is missing. Throws on a malformed file rather than overwrite it blindly. */
export function readScores(root: string): StoredScore[] {
  const file = path.join(root, SCORES_FILE);
  if (!fs.existsSync(file)) return [];
  const parsed = scoresFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${SCORES_FILE} is malformed (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}): delete it and run the whole catalog`);
  return parsed.data.katas;
}

/** The stored scores with the new ones in, in catalog order, dropping katas no longer in the catalog. Pure. */
export function mergeScores(previous: readonly StoredScore[], fresh: readonly KataScore[], measured: string, catalogOrder: readonly string[], tool: string): ScoresFile {
  const byId = new Map(previous.map((score) => [score.id, score]));
  for (const { id, ...score } of fresh) byId.set(id, { id, measured, ...score });
  const katas = catalogOrder.flatMap((id) => byId.get(id) ?? []);
  return { formatVersion: 1, tool, totals: totals(katas), katas };
}

export function writeScores(root: string, scores: ScoresFile): void {
  fs.writeFileSync(path.join(root, SCORES_FILE), `${JSON.stringify(scores, null, 2)}\n`);
}
