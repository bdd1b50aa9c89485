/**
 * LSP: a read-only repository that keeps its promises
 *
 * What you build
 *   An in-memory repository and a read-only (optionally filtered) view of it, designed so that
 *   every implementation honours the contract of the interface it claims.
 *
 * Why it matters
 *   The tempting shortcut is a subclass that refuses part of its parent's job:
 *
 *     class ReadOnlyRepository<T> extends InMemoryRepository<T> {
 *       save(): void { throw new Error("read-only"); }   // compiles, and breaks every caller
 *     }
 *
 *   Any code written against `Repository` — a cache warmer, an import job — now explodes at
 *   runtime when handed this "repository". The Liskov Substitution Principle says a subtype must
 *   keep every promise of its supertype. The fix is to promise less: reporting screens and
 *   read replicas get a `Reader`; only code that writes gets a `Repository extends Reader`.
 *   One shared contract suite then runs against every implementation — exactly what the
 *   hidden tests do.
 *
 * Your task
 *   Entities are plain data (structuredClone-able) with a string `id`.
 *   The `Reader<T>` contract — every implementation must keep all of it:
 *   - `get(id)` returns the entity with that id, or `undefined`.
 *   - `list()` returns all entities in the order their ids were first saved, as a new array.
 *   - `count()` always equals `list().length`.
 *   - Everything returned is a deep copy: mutating a returned entity (including nested arrays)
 *     or a returned array never changes what is stored.
 *   The `Repository<T>` contract adds:
 *   - `save(entity)` stores a deep copy; saving an existing id replaces that entity in place
 *     (it keeps its position in `list()`); changing the object after saving changes nothing.
 *   - `delete(id)` removes the entity: `true` if it was there, `false` otherwise.
 *
 *   Implement:
 *   - `class InMemoryRepository<T>` implementing `Repository<T>`.
 *   - `class ReadOnlyView<T>` implementing `Reader<T>` and nothing more — no `save` or `delete`
 *     methods at all, not even ones that throw. `constructor(source: Reader<T>, visible?)`:
 *     - it is live: every read goes to `source`, so later writes to the source show through;
 *     - `visible(entity)` (default: everything visible) hides entities, and a hidden entity is
 *       hidden from `get`, `list` AND `count` — the view is a `Reader` too, so its `count()` must
 *       still equal its `list().length`.
 *
 * Example
 *   const products = new InMemoryRepository<Product>();
 *   products.save({ id: "p1", name: "Lamp", archived: false });
 *   products.save({ id: "p2", name: "Desk", archived: true });
 *   const catalogue = new ReadOnlyView(products, (p) => !p.archived);
 *   catalogue.list();    // [{ id: "p1", name: "Lamp", archived: false }]
 *   catalogue.count();   // 1
 *   catalogue.get("p2"); // undefined
 *   "save" in catalogue; // false
 */

export interface Entity {
  readonly id: string;
}

export interface Reader<T extends Entity> {
  get(id: string): T | undefined;
  list(): T[];
  count(): number;
}

export interface Repository<T extends Entity> extends Reader<T> {
  save(entity: T): void;
  delete(id: string): boolean;
}

export class InMemoryRepository<T extends Entity> implements Repository<T> {
  get(id: string): T | undefined {
    void id;
    throw new Error("not implemented");
  }

  list(): T[] {
    throw new Error("not implemented");
  }

  count(): number {
    throw new Error("not implemented");
  }

  save(entity: T): void {
    void entity;
    throw new Error("not implemented");
  }

  delete(id: string): boolean {
    void id;
    throw new Error("not implemented");
  }
}

export class ReadOnlyView<T extends Entity> implements Reader<T> {
  constructor(source: Reader<T>, visible: (entity: T) => boolean = () => true) {
    // TODO: keep the source and the filter; read through to the source on every call.
    void source;
    void visible;
  }

  get(id: string): T | undefined {
    void id;
    throw new Error("not implemented");
  }

  list(): T[] {
    throw new Error("not implemented");
  }

  count(): number {
    throw new Error("not implemented");
  }
}
