import { z } from "zod";

/**
 * The part of Stryker's JSON report (mutation-testing-report-schema, schemaVersion 1.x) that the
 * mutate tool reads. Unknown fields are dropped, so a newer Stryker that adds some still parses.
 */
const positionSchema = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

export const mutantStatusSchema = z.enum(["Killed", "Survived", "NoCoverage", "Timeout", "CompileError", "RuntimeError", "Ignored", "Pending"]);
export type MutantStatus = z.infer<typeof mutantStatusSchema>;

const mutantSchema = z.object({
  id: z.string(),
  mutatorName: z.string(),
  // Absent for a few mutators in older reports; the tool treats it as an empty replacement.
  replacement: z.string().optional(),
  status: mutantStatusSchema,
  static: z.boolean().optional(),
  location: z.object({ start: positionSchema, end: positionSchema }),
});

export const strykerReportSchema = z.object({
  schemaVersion: z.string().regex(/^1(\.|$)/, "the mutate tool reads report schema 1.x"),
  /** Path relative to the project root → the file's unmutated source and its mutants. */
  files: z.record(z.string(), z.object({ source: z.string(), mutants: z.array(mutantSchema) })),
});

export type StrykerReport = z.infer<typeof strykerReportSchema>;
export type StrykerMutant = z.infer<typeof mutantSchema>;

/** Parses report text; throws naming what is wrong. */
export function parseStrykerReport(text: string): StrykerReport {
  const parsed = strykerReportSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`Stryker's JSON report is not in the expected shape: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** Several runs (one per group of katas) make one report: their files never overlap. */
export function mergeReports(reports: readonly StrykerReport[]): StrykerReport {
  return { schemaVersion: reports[0]?.schemaVersion ?? "1.0", files: Object.assign({}, ...reports.map((r) => r.files)) };
}
