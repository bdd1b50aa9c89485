import { z } from "zod";
import { kataResultSchema } from "../results/result.ts";

/** Messages between the grader and its runner host (a child process). Validated both ways. */
export const hostRequestSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("run"),
    runId: z.number().int(),
    kataId: z.string(),
    /** Absolute paths. */
    testFile: z.string(),
    exerciseFile: z.string(),
    starterFile: z.string(),
    /**
     * The exercise file's content as the grader read it (null: the file is missing). Both the
     * tests and the type checker grade exactly this, whatever the disk holds by then.
     */
    content: z.string().nullable(),
    /** Run in a new test worker rather than the warm one (see RunOptions.freshWorker). */
    freshWorker: z.boolean().optional(),
    /** Run in a fresh worker if one is ready now, at no cost to this run; else in the warm one. */
    preferFreshWorker: z.boolean().optional(),
    /** The kata the learner goes to next runs on the database: have it started in the standby. */
    nextUsesDatabase: z.boolean().optional(),
    /** How many tests the suite has (grader/checksums.json): any other number collected is not graded. */
    expectedTests: z.number().int().positive().optional(),
  }),
  z.object({ type: z.literal("shutdown") }),
]);

export const hostReplySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  /** A test of the run has started (so a timeout can name the test that never finished). */
  z.object({ type: z.literal("test-started"), runId: z.number().int(), name: z.string() }),
  /**
   * The suite is waiting for something the grader provides (the database starting), not for the
   * learner's code: the watchdog pauses until `done`.
   */
  z.object({ type: z.literal("preparing"), runId: z.number().int(), what: z.string(), done: z.boolean() }),
  /** The learner's code has finished running; what is left (type-checking) cannot hang. */
  z.object({ type: z.literal("tests-finished"), runId: z.number().int() }),
  /**
   * What the run has found so far. Not final: the tests fail and the type errors are still being
   * checked; a final update follows. Every run ends with exactly one final update or `failed`.
   */
  z.object({
    type: z.literal("update"),
    runId: z.number().int(),
    result: kataResultSchema,
    final: z.boolean(),
    /** The tests ran in a worker no earlier learner code had run in (asked for, or taken because one was ready). */
    freshWorker: z.boolean().optional(),
  }),
  z.object({ type: z.literal("failed"), runId: z.number().int(), message: z.string() }),
]);

export type HostRequest = z.infer<typeof hostRequestSchema>;
export type HostReply = z.infer<typeof hostReplySchema>;
