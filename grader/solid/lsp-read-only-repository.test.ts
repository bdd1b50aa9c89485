import { describe, expect, expectTypeOf, it } from "vitest";
import {
  InMemoryRepository,
  ReadOnlyView,
  type Entity,
  type Reader,
  type Repository,
} from "../../exercises/solid/lsp-read-only-repository.ts";

interface Product extends Entity {
  id: string;
  name: string;
  archived: boolean;
  tags: string[];
}

const product = (id: string, name: string, archived = false): Product => ({ id, name, archived, tags: ["new"] });

const seed = (): Product[] => [product("p1", "Lamp"), product("p2", "Desk"), product("p3", "Chair")];

function repositoryWith(products: Product[]): InMemoryRepository<Product> {
  const repo = new InMemoryRepository<Product>();
  for (const p of products) repo.save(p);
  return repo;
}

// The Reader contract, run against every implementation. Each factory must return a reader that
// exposes exactly the given products, in that order.
const implementations: [string, (products: Product[]) => Reader<Product>][] = [
  ["InMemoryRepository", (products) => repositoryWith(products)],
  ["ReadOnlyView", (products) => new ReadOnlyView(repositoryWith(products))],
  [
    "filtered ReadOnlyView",
    (products) => {
      // Archived products are interleaved in the source; the view must make them vanish completely.
      const withHidden = products.flatMap((p, i) => [product(`hidden-${i}`, "Old stock", true), p]);
      withHidden.push(product("hidden-last", "Old stock", true));
      return new ReadOnlyView(repositoryWith(withHidden), (p) => !p.archived);
    },
  ],
];

for (const [name, make] of implementations) {
  describe(`Reader contract: ${name}`, () => {
    it("get returns the entity with that id, and undefined for an id it does not hold", () => {
      const reader = make(seed());
      expect(reader.get("p2")).toEqual(product("p2", "Desk"));
      expect(reader.get("nope")).toBeUndefined();
    });

    it("list returns every entity in first-saved order, and count equals its length", () => {
      const reader = make(seed());
      expect(reader.list().map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
      expect(reader.count()).toBe(3);
    });

    it("hands out deep copies: mutating what it returns changes nothing it holds", () => {
      const reader = make(seed());
      const lamp = reader.get("p1")!;
      lamp.name = "Broken lamp";
      lamp.tags.push("mutated");
      const listed = reader.list();
      listed[1]!.tags.push("mutated");
      listed.pop();
      expect(reader.get("p1")).toEqual(product("p1", "Lamp"));
      expect(reader.list()).toEqual(seed());
      expect(reader.list()).not.toBe(reader.list());
    });

    it("an empty reader lists nothing and counts 0", () => {
      const reader = make([]);
      expect(reader.list()).toEqual([]);
      expect(reader.count()).toBe(0);
    });
  });
}

describe("InMemoryRepository (the Repository contract)", () => {
  it("saving an existing id replaces that entity in place, keeping its position", () => {
    const repo = repositoryWith(seed());
    repo.save(product("p1", "Floor lamp"));
    expect(repo.list().map((p) => p.name)).toEqual(["Floor lamp", "Desk", "Chair"]);
    expect(repo.count()).toBe(3);
  });

  it("stores a copy: changing an object after saving it changes nothing stored", () => {
    const repo = new InMemoryRepository<Product>();
    const lamp = product("p1", "Lamp");
    repo.save(lamp);
    lamp.name = "Changed";
    lamp.tags.push("changed");
    expect(repo.get("p1")).toEqual(product("p1", "Lamp"));
  });

  it("delete removes an entity and reports whether it was there", () => {
    const repo = repositoryWith(seed());
    expect(repo.delete("p2")).toBe(true);
    expect(repo.delete("p2")).toBe(false);
    expect(repo.get("p2")).toBeUndefined();
    expect(repo.list().map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(repo.count()).toBe(2);
  });
});

describe("ReadOnlyView", () => {
  it("is live: writes made to its source after it was created show through", () => {
    const repo = repositoryWith(seed());
    const view = new ReadOnlyView(repo);
    repo.save(product("p4", "Shelf"));
    repo.save(product("p1", "Floor lamp"));
    repo.delete("p2");
    expect(view.list().map((p) => p.name)).toEqual(["Floor lamp", "Chair", "Shelf"]);
    expect(view.count()).toBe(3);
  });

  it("offers reads only: it has no save or delete at all, not even ones that throw", () => {
    const view = new ReadOnlyView(repositoryWith(seed()));
    expect(view.get("p1")?.name).toBe("Lamp");
    expect("save" in view).toBe(false);
    expect("delete" in view).toBe(false);

    expectTypeOf(view).toExtend<Reader<Product>>();
    expectTypeOf(view).not.toExtend<Repository<Product>>();
    expectTypeOf<ReadOnlyView<Product>>().not.toHaveProperty("save");
    expectTypeOf<InMemoryRepository<Product>>().toExtend<Repository<Product>>();
  });

  it("hides filtered-out entities from get, list and count alike, following changes in the source", () => {
    const repo = repositoryWith(seed());
    const view = new ReadOnlyView(repo, (p) => !p.archived);
    repo.save({ ...product("p2", "Desk"), archived: true });
    expect(view.get("p2")).toBeUndefined();
    expect(view.list().map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(view.count()).toBe(2);
    expect(repo.count()).toBe(3);
  });
});
