import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildCatalog, type Catalog } from "./catalog.ts";
import { catalogSchema } from "./schema.ts";
import { catalogProblems, referencedFiles } from "./validate.ts";

export const CATALOG_FILE = "catalog.json";

/** A catalog the grader cannot use. The message lists every problem and how to fix it. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${CATALOG_FILE} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogError";
  }
}

function describeZodIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const [first, index] = issue.path;
  let where = issue.path.length ? issue.path.join(".") : "(top level)";
  if (first === "katas" && typeof index === "number" && Array.isArray((raw as { katas?: unknown }).katas)) {
    const entry = ((raw as { katas: unknown[] }).katas)[index] as { id?: unknown } | undefined;
    const rest = issue.path.slice(2).join(".");
    where = `kata ${typeof entry?.id === "string" ? `"${entry.id}"` : `#${index + 1}`}${rest ? ` field "${rest}"` : ""}`;
  }
  return `${where}: ${issue.message}`;
}

/** Parses catalog text; throws CatalogError naming each bad entry. Pure apart from the check hook. */
export function parseCatalog(text: string, fileExists: (relative: string) => boolean = () => true): Catalog {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CatalogError([`is not valid JSON (${(error as Error).message}): fix the syntax, e.g. a trailing comma or a missing quote`]);
  }
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) throw new CatalogError(parsed.error.issues.map((issue) => describeZodIssue(issue, raw)));
  const problems = catalogProblems(parsed.data);
  for (const ref of referencedFiles(parsed.data)) {
    if (!fileExists(ref.path)) {
      problems.push(`kata "${ref.kataId}": ${ref.field} file ${ref.path} does not exist: restore the file (git checkout -- ${ref.path}) or fix the kata id in the catalog`);
    }
  }
  if (problems.length) throw new CatalogError(problems);
  return buildCatalog(parsed.data);
}

export function loadCatalog(root: string): Catalog {
  const file = path.join(root, CATALOG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CatalogError([`cannot be read at ${file}: run the grader from the project folder (where package.json is)`]);
  }
  return parseCatalog(text, (relative) => fs.existsSync(path.join(root, relative)));
}
