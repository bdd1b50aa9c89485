import path from "node:path";
import { execa } from "execa";
import { z } from "zod";

const listing = z.array(z.object({ file: z.string() }));

/**
 * How many tests each hidden suite has, as vitest itself collects them (`vitest list`, against the
 * reference solutions), keyed by the suite's path under the project root.
 */
export async function countTests(root: string): Promise<Record<string, number>> {
  const { stdout } = await execa("npx", ["vitest", "list", "--json", "--config", "grader/vitest.config.ts"], {
    cwd: root,
    env: { KATA_SOURCE: "solutions", FORCE_COLOR: "0" },
  });
  const counts: Record<string, number> = {};
  for (const { file } of listing.parse(JSON.parse(stdout))) {
    const relative = path.relative(root, file);
    counts[relative] = (counts[relative] ?? 0) + 1;
  }
  return counts;
}
