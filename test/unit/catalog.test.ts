import { describe, expect, it } from "vitest";
import { buildCatalog, findKata, phaseTitle, starterPathFor } from "../../src/catalog/catalog.ts";
import { catalogFile, kataEntry, makeCatalog } from "./fixtures.ts";

describe("buildCatalog", () => {
  it("orders katas by the phases' order, keeping file order within a phase", () => {
    const file = {
      formatVersion: 2 as const,
      phases: [
        { id: "first", title: "First" },
        { id: "second", title: "Second" },
      ],
      katas: [kataEntry("second/x"), kataEntry("first/b"), kataEntry("second/a"), kataEntry("first/a")],
    };
    const catalog = buildCatalog(file);
    expect(catalog.katas.map((k) => k.id)).toEqual(["first/b", "first/a", "second/x", "second/a"]);
    expect(catalog.katas.map((k) => k.index)).toEqual([0, 1, 2, 3]);
  });

  it("derives every kata's phase and paths from its id", () => {
    const kata = makeCatalog(["a/one"]).katas[0];
    expect(kata).toMatchObject({
      phase: "a",
      exercise: "exercises/a/one.ts",
      test: "grader/a/one.test.ts",
      solution: "solutions/a/one.ts",
      starter: "grader/starters/a/one.ts",
    });
  });

  it("keeps the phases as listed", () => {
    const file = catalogFile(["b/one", "a/two"]);
    expect(buildCatalog(file).phases).toEqual(file.phases);
  });
});

describe("starterPathFor", () => {
  it("maps exercises/ to grader/starters/", () => {
    expect(starterPathFor("exercises/caching/lru-cache.ts")).toBe("grader/starters/caching/lru-cache.ts");
  });

  it("only replaces the leading exercises/ folder", () => {
    expect(starterPathFor("exercises/exercises/x.ts")).toBe("grader/starters/exercises/x.ts");
  });
});

describe("findKata and phaseTitle", () => {
  const catalog = makeCatalog(["a/one", "b/two"], [
    { id: "a", title: "Alpha" },
    { id: "b", title: "Beta" },
  ]);

  it("finds a kata by id, or nothing", () => {
    expect(findKata(catalog, "b/two")?.index).toBe(1);
    expect(findKata(catalog, "b/three")).toBeUndefined();
  });

  it("gives a phase's title, falling back to its id", () => {
    expect(phaseTitle(catalog, "b")).toBe("Beta");
    expect(phaseTitle(catalog, "zzz")).toBe("zzz");
  });
});
