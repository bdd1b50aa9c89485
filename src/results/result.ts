import { z } from "zod";

/**
 * A grading result as data (after exercism's test-runner interface): the screen, `--json`
 * and CI all consume this one shape. It crosses the runner's process boundary, hence zod.
 */
export const sourceLocationSchema = z.object({
  /** Path relative to the project root. */
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
});

export const testOutcomeSchema = z.object({
  name: z.string(),
  /** Describe blocks and name, joined with " > ". */
  fullName: z.string(),
  status: z.enum(["pass", "fail", "skip"]),
  message: z.string().optional(),
  /** vitest's expected-vs-received diff, when the assertion produced one. */
  diff: z.string().optional(),
  /** Where the failure surfaced in the learner's own file, if the stack passes through it. */
  learnerLocation: sourceLocationSchema.optional(),
  /** Where the test is defined in the hidden suite (for the `t` key). */
  testLocation: sourceLocationSchema.optional(),
  /** Where in the hidden suite the failing assertion is (the `t` view marks that line). */
  failedAt: sourceLocationSchema.optional(),
  /** What the test printed (console.log etc.). */
  output: z.string().optional(),
  /** How long the test itself ran (vitest's measure), without the run's set-up. */
  durationMs: z.number().optional(),
});

export const typeErrorSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
  code: z.number().int(),
});

export const kataResultSchema = z.object({
  kataId: z.string(),
  /** pass: suite green and file type-checks; fail: tests or types fail; error: the suite could not run. */
  status: z.enum(["pass", "fail", "error"]),
  /** For status "error" (and crashes): what happened, in words a learner can act on. */
  message: z.string().optional(),
  /** For an "error" in the learner's file itself (it does not parse): where. */
  location: sourceLocationSchema.optional(),
  tests: z.array(testOutcomeSchema),
  typeErrors: z.array(typeErrorSchema),
  durationMs: z.number(),
  /** sha-256 of the exercise file as graded; lets the caller drop results for stale content. */
  contentHash: z.string().optional(),
});

export type SourceLocation = z.infer<typeof sourceLocationSchema>;
export type TestOutcome = z.infer<typeof testOutcomeSchema>;
export type TypeError_ = z.infer<typeof typeErrorSchema>;
export type KataResult = z.infer<typeof kataResultSchema>;

export function failingTests(result: KataResult): TestOutcome[] {
  return result.tests.filter((test) => test.status === "fail");
}

export function passedCount(result: KataResult): number {
  return result.tests.filter((test) => test.status === "pass").length;
}
