import { readTextOrUndefined } from "../util/read-text.ts";

/**
 * Whether a hidden suite runs on the test worker's Postgres (it imports grader/support/database.ts).
 * Read by the host (start the database in the standby) and by the client (the next kata will need it).
 */
export function suiteUsesDatabase(testFile: string): boolean {
  const source = readTextOrUndefined(testFile);
  return source !== undefined && /from\s+["'][./]*\/?support\/database(?:\.ts)?["']/.test(source);
}
