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
  }),
  /** Load the type checker's libraries for this file ahead of the first save. */
  z.object({ type: z.literal("warm"), exerciseFile: z.string() }),
  z.object({ type: z.literal("shutdown") }),
]);

export const hostReplySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("result"), runId: z.number().int(), result: kataResultSchema }),
  z.object({ type: z.literal("failed"), runId: z.number().int(), message: z.string() }),
]);

export type HostRequest = z.infer<typeof hostRequestSchema>;
export type HostReply = z.infer<typeof hostReplySchema>;
