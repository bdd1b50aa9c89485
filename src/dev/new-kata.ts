import fs from "node:fs";
import path from "node:path";
import { kataPaths } from "../catalog/catalog.ts";
import { CATALOG_FILE, loadCatalog } from "../catalog/load.ts";
import { catalogSchema, kataIdPattern } from "../catalog/schema.ts";
import { writeChecksums } from "../integrity/checksums.ts";
import { phaseReadmeProblems, runAllSuites, suiteProblems } from "./content-check.ts";

/**
 * `npm run dev -- new <phase>/<name>`: the five parts of a kata, scaffolded where they belong
 * (exercise with the header template, its starter copy, a solution stub, a suite stub, the catalog
 * entry at the end of its phase), then the content check for that kata, so the author sees at
 * once what is still missing.
 */
export async function newKata(root: string, id: string): Promise<{ created: string[]; missing: string[] }> {
  if (!kataIdPattern.test(id)) throw new Error(`"${id}" is not a kata id: use <phase>/<name> in kebab-case, e.g. caching/write-through`);
  const [phase = "", name = ""] = id.split("/");
  const paths = kataPaths(id);
  const catalogFile = path.join(root, CATALOG_FILE);
  const catalog = catalogSchema.parse(JSON.parse(fs.readFileSync(catalogFile, "utf8")));
  if (catalog.katas.some((kata) => kata.id === id)) throw new Error(`${id} is already in ${CATALOG_FILE}`);
  const existing = [paths.exercise, paths.starter, paths.solution, paths.test].filter((file) => fs.existsSync(path.join(root, file)));
  if (existing.length) throw new Error(`these files exist already, so nothing was written: ${existing.join(", ")}`);

  const title = name.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
  const created: string[] = [];
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text, { flag: "wx" });
    created.push(file);
  };
  const starter = exerciseTemplate(title);
  write(paths.exercise, starter);
  write(paths.starter, starter);
  write(paths.solution, solutionTemplate(title));
  write(paths.test, suiteTemplate(id));
  if (!fs.existsSync(path.join(root, "exercises", phase, "README.md"))) {
    write(path.join("exercises", phase, "README.md"), `# ${phase}\n\nTODO: what this phase covers, the order of its katas, and where to read further.\n`);
  }

  // The entry goes after the last kata of its phase; a new phase goes last.
  if (!catalog.phases.some((p) => p.id === phase)) catalog.phases.push({ id: phase, title: `TODO: a title for ${phase}` });
  const entry = { id, title, teaches: "TODO: one line on what this kata teaches", hints: ["TODO: a nudge: which idea to reach for, and why", "TODO: the approach: the steps, the invariant to keep"] };
  const lastInPhase = catalog.katas.map((kata) => kata.id.split("/")[0]).lastIndexOf(phase);
  catalog.katas.splice(lastInPhase === -1 ? catalog.katas.length : lastInPhase + 1, 0, entry);
  fs.writeFileSync(catalogFile, `${JSON.stringify(catalog, null, 2)}\n`);
  const loaded = loadCatalog(root);
  writeChecksums(root, loaded);

  const only = { ...loaded, katas: loaded.katas.filter((kata) => kata.id === id) };
  const [solutions, starters] = [await runAllSuites(root, "solutions", [paths.test]), await runAllSuites(root, "starters", [paths.test])];
  const todos = [paths.exercise, paths.solution, paths.test, CATALOG_FILE]
    .filter((file) => fs.readFileSync(path.join(root, file), "utf8").includes("TODO"))
    .map((file) => `${file} still has TODOs to fill in`);
  return { created, missing: [...todos, ...suiteProblems(only, solutions, starters), ...phaseReadmeProblems(root, only)] };
}

function exerciseTemplate(title: string): string {
  return `/**
 * ${title}
 *
 * What you build
 *   TODO: one sentence.
 *
 * Why it matters
 *   TODO: where this shows up in production backends, concretely.
 *
 * Your task
 *   TODO: the exact API: names, parameters, return values, errors thrown, and every edge case
 *   the hidden tests check. A learner who meets every sentence here passes the suite.
 *
 * Example
 *   TODO: a few lines of usage with their results.
 */

export function solve(input: string): string {
  void input;
  throw new Error("not implemented");
}
`;
}

function solutionTemplate(title: string): string {
  return `/** ${title} — reference solution. TODO: the simplest correct version a senior engineer would write. */

export function solve(input: string): string {
  return input; // TODO
}
`;
}

function suiteTemplate(id: string): string {
  return `import { describe, expect, it } from "vitest";
import { solve } from "../../exercises/${id}.ts";

// TODO: at least 6 tests named as behaviours, happy path first, then edge cases, errors, scale.
describe("solve", () => {
  it("TODO: names the behaviour it checks", () => {
    expect(solve("input")).toBe("TODO: the expected result");
  });
});
`;
}
