import fs from "node:fs";

/** A file's text, or undefined when it cannot be read (a learner may delete or rename it at any time). */
export function readTextOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
