import { describe, expect, it } from "vitest";
import { CatalogError, parseCatalog } from "../../src/catalog/load.ts";
import { catalogFile, kataEntry } from "./fixtures.ts";

function problemsOf(text: string, fileExists?: (relative: string) => boolean): readonly string[] {
  try {
    parseCatalog(text, fileExists);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).problems;
  }
  throw new Error("expected parseCatalog to throw a CatalogError");
}

function errorOf(text: string, fileExists?: (relative: string) => boolean): CatalogError {
  try {
    parseCatalog(text, fileExists);
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error("expected parseCatalog to throw a CatalogError");
}

const json = (value: unknown): string => JSON.stringify(value);

describe("parseCatalog", () => {
  it("returns the katas ordered, with their index and starter path, for a valid catalog", () => {
    const catalog = parseCatalog(json(catalogFile(["a/one", "b/two"])));
    expect(catalog.katas.map((k) => [k.id, k.index, k.starter])).toEqual([
      ["a/one", 0, "grader/starters/a/one.ts"],
      ["b/two", 1, "grader/starters/b/two.ts"],
    ]);
    expect(catalog.phases.map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("rejects text that is not JSON with a hint about the syntax", () => {
    const error = errorOf('{"formatVersion": 2,}');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^is not valid JSON \(.+\): fix the syntax/);
    expect(error.message).toMatch(/^catalog\.json has a problem:\n {2}- is not valid JSON/);
  });

  it("names a kata with a bad field by its id and the field", () => {
    const file = catalogFile(["a/one", "a/two"]);
    file.katas[1] = kataEntry("a/two", { hints: ["only one"] });
    const problems = problemsOf(json(file));
    expect(problems).toEqual(['kata "a/two" field "hints": every kata needs at least two hints, weakest first']);
  });

  it("names a kata without a usable id by its position", () => {
    const file = catalogFile(["a/one"]);
    const { id: _id, ...withoutId } = kataEntry("a/two");
    const raw = { ...file, katas: [...file.katas, withoutId] };
    const problems = problemsOf(json(raw));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kata #2 field "id": /);
  });

  it("explains an id that is not <phase>/<name> in kebab-case", () => {
    const file = catalogFile(["a/one"]);
    file.katas[0] = kataEntry("a/one", { id: "A/One" });
    expect(problemsOf(json(file))).toEqual(['kata "A/One" field "id": a kata id is "<phase>/<name>" in kebab-case, e.g. caching/lru-cache']);
  });

  it("explains a wrong formatVersion at the top level", () => {
    const problems = problemsOf(json({ ...catalogFile(["a/one"]), formatVersion: 3 }));
    expect(problems).toEqual(["formatVersion: this grader reads catalog formatVersion 2 (entries hold id, title, teaches and hints; paths follow from the id)"]);
  });

  it("explains JSON that is not an object at the top level", () => {
    const problems = problemsOf("null");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\(top level\): /);
  });

  it("lists every schema problem, not just the first", () => {
    const file = catalogFile(["a/one", "a/two"]);
    file.katas[0] = kataEntry("a/one", { title: "" });
    file.katas[1] = kataEntry("a/two", { hints: [] });
    const error = errorOf(json(file));
    expect(error.problems).toHaveLength(2);
    expect(error.problems[0]).toMatch(/^kata "a\/one" field "title": /);
    expect(error.problems[1]).toMatch(/^kata "a\/two" field "hints": /);
    expect(error.message).toMatch(/^catalog\.json has 2 problems:\n {2}- kata "a\/one"[^\n]*\n {2}- kata "a\/two"/);
  });

  it("rejects a kata id listed twice", () => {
    const file = catalogFile(["a/one", "a/one"]);
    expect(problemsOf(json(file))).toEqual(['kata "a/one" is listed twice: kata ids must be unique, rename or remove one entry']);
  });

  it("rejects a phase listed twice", () => {
    const file = catalogFile(["a/one"], [
      { id: "a", title: "A" },
      { id: "a", title: "A again" },
    ]);
    expect(problemsOf(json(file))).toEqual(['phase "a" is listed twice in "phases": remove one of them']);
  });

  it("rejects a kata whose phase is not declared in phases", () => {
    const file = catalogFile(["a/one", "b/two"], [{ id: "a", title: "A" }]);
    expect(problemsOf(json(file))).toEqual(['kata "b/two": its phase "b" is not in "phases": add it there or fix the id']);
  });

  it("refuses fields it derives itself (phase, paths), naming the entry", () => {
    const file = catalogFile(["a/one"]);
    const raw = { ...file, katas: [{ ...kataEntry("a/one"), exercise: "exercises/a/uno.ts" }] };
    const problems = problemsOf(json(raw));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kata "a\/one": .*exercise/);
  });

  it("explains a catalog in the old format, whose entries listed their paths", () => {
    expect(problemsOf(json({ ...catalogFile(["a/one"]), formatVersion: 1 }))).toEqual([
      "formatVersion: this grader reads catalog formatVersion 2 (entries hold id, title, teaches and hints; paths follow from the id)",
    ]);
  });

  it("reports each missing shipped file (test, solution, starter) with how to restore it", () => {
    const file = catalogFile(["a/one"]);
    const missing = new Set(["grader/a/one.test.ts", "solutions/a/one.ts", "grader/starters/a/one.ts"]);
    expect(problemsOf(json(file), (relative) => !missing.has(relative))).toEqual([
      'kata "a/one": test file grader/a/one.test.ts does not exist: restore the file (git checkout -- grader/a/one.test.ts) or fix the kata id in the catalog',
      'kata "a/one": solution file solutions/a/one.ts does not exist: restore the file (git checkout -- solutions/a/one.ts) or fix the kata id in the catalog',
      'kata "a/one": starter file grader/starters/a/one.ts does not exist: restore the file (git checkout -- grader/starters/a/one.ts) or fix the kata id in the catalog',
    ]);
  });

  it("does not require the learner's exercise file to exist", () => {
    const file = catalogFile(["a/one"]);
    const asked: string[] = [];
    const catalog = parseCatalog(json(file), (relative) => {
      asked.push(relative);
      return relative !== "exercises/a/one.ts";
    });
    expect(catalog.katas).toHaveLength(1);
    expect(asked).not.toContain("exercises/a/one.ts");
  });

  it("reports consistency problems and missing files together", () => {
    const file = catalogFile(["a/one", "a/one"]);
    const error = errorOf(json(file), (relative) => relative !== "solutions/a/one.ts");
    expect(error.problems).toHaveLength(3);
    expect(error.problems[0]).toContain("listed twice");
    expect(error.problems.filter((p) => p.includes("solutions/a/one.ts does not exist"))).toHaveLength(2);
    expect(error.message.startsWith("catalog.json has 3 problems:\n")).toBe(true);
    for (const problem of error.problems) expect(error.message).toContain(`\n  - ${problem}`);
  });

  it("is a CatalogError named as such", () => {
    const error = errorOf("nope");
    expect(error.name).toBe("CatalogError");
    expect(error).toBeInstanceOf(Error);
  });
});
