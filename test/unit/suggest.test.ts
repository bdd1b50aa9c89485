import { describe, expect, it } from "vitest";
import { editDistance, nearestIds, requireKata, UnknownKataError } from "../../src/catalog/suggest.ts";
import { makeCatalog } from "./fixtures.ts";

const catalog = makeCatalog([
  "caching/lru-cache",
  "caching/ttl-cache",
  "caching/memoize",
  "rate-limiting/token-bucket",
  "rate-limiting/sliding-window",
  "solid/memoize",
]);

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });
});

describe("nearestIds", () => {
  it("suggests the kata whose name is a typo away, even without the phase", () => {
    expect(nearestIds(catalog, "tokn-bucket")[0]).toBe("rate-limiting/token-bucket");
  });

  it("puts ids containing what was typed first", () => {
    expect(nearestIds(catalog, "cache", 2)).toEqual(["caching/lru-cache", "caching/ttl-cache"]);
  });

  it("ignores case", () => {
    expect(nearestIds(catalog, "MEMOIZE", 1)).toEqual(["caching/memoize"]);
  });

  it("returns three suggestions by default, and at most as many as there are katas", () => {
    expect(nearestIds(catalog, "x")).toHaveLength(3);
    expect(nearestIds(makeCatalog(["a/one"]), "x")).toEqual(["a/one"]);
  });
});

describe("requireKata", () => {
  it("returns the kata with that id", () => {
    expect(requireKata(catalog, "caching/memoize").id).toBe("caching/memoize");
  });

  it("finds a kata by its bare name when only one phase has it", () => {
    expect(requireKata(catalog, "token-bucket").id).toBe("rate-limiting/token-bucket");
  });

  it("offers every phase's kata of that name when the bare name is ambiguous", () => {
    expect(() => requireKata(catalog, "memoize")).toThrow('There is no kata "memoize". Did you mean "caching/memoize", "solid/memoize"?');
  });

  it("throws an error that suggests the nearest ids and how to list them all", () => {
    let thrown: unknown;
    try {
      requireKata(catalog, "caching/lru");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownKataError);
    const suggested = nearestIds(catalog, "caching/lru");
    expect(suggested).toHaveLength(3);
    expect(suggested[0]).toBe("caching/lru-cache");
    expect((thrown as Error).message).toBe(
      `There is no kata "caching/lru". Did you mean ${suggested.map((id) => `"${id}"`).join(", ")}? (\`npm run learn -- list\` shows them all)`,
    );
  });
});
