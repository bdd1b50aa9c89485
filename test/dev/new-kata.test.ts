import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.ts";
import { newKata } from "../../src/dev/new-kata.ts";
import { tamperedGraderFiles } from "../../src/integrity/checksums.ts";
import { createMiniProject } from "../support/mini-project.ts";

describe("npm run dev -- new <phase>/<name>", () => {
  const project = createMiniProject();
  afterAll(() => project.cleanup());

  it("scaffolds the five parts in their places, then says what is still missing", { timeout: 60_000 }, async () => {
    const { created, missing } = await newKata(project.root, "basics/triple");
    expect(created.slice(0, 4)).toEqual(["exercises/basics/triple.ts", "grader/starters/basics/triple.ts", "solutions/basics/triple.ts", "grader/basics/triple.test.ts"]);
    expect(project.read("exercises/basics/triple.ts")).toBe(project.read("grader/starters/basics/triple.ts"));
    expect(project.read("exercises/basics/triple.ts")).toContain(" * What you build");
    const catalog = loadCatalog(project.root);
    // At the end of its phase, with the catalog still valid and the suite recorded.
    expect(catalog.katas.map((k) => k.id).at(-1)).toBe("basics/triple");
    expect(tamperedGraderFiles(project.root, catalog.katas.at(-1)!)).toBeUndefined();
    expect(missing).toContain("exercises/basics/triple.ts still has TODOs to fill in");
    expect(missing).toContain("catalog.json still has TODOs to fill in");
    expect(missing.some((m) => /basics\/triple: the suite has 1 tests; a kata needs at least 6/.test(m))).toBe(true);
    expect(missing.some((m) => /basics\/triple: the solution fails 1 of 1 tests/.test(m))).toBe(true);
  });

  it("refuses an id that exists or is malformed, writing nothing", async () => {
    const before = fs.readFileSync(path.join(project.root, "catalog.json"), "utf8");
    await expect(newKata(project.root, "basics/add")).rejects.toThrow("basics/add is already in catalog.json");
    await expect(newKata(project.root, "Basics/Add")).rejects.toThrow(/is not a kata id: use <phase>\/<name> in kebab-case/);
    expect(fs.readFileSync(path.join(project.root, "catalog.json"), "utf8")).toBe(before);
  });
});
