/**
 * LSP: a read-only repository that keeps its promises — reference solution.
 *
 * ReadOnlyView implements Reader, not Repository, so it never has to refuse a write: code that
 * needs to write asks for a Repository and the type checker keeps views away from it.
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
  // A Map keeps first-insertion order, and set() on an existing key keeps its position.
  readonly #entities = new Map<string, T>();

  get(id: string): T | undefined {
    const entity = this.#entities.get(id);
    return entity === undefined ? undefined : structuredClone(entity);
  }

  list(): T[] {
    return [...this.#entities.values()].map((entity) => structuredClone(entity));
  }

  count(): number {
    return this.#entities.size;
  }

  save(entity: T): void {
    this.#entities.set(entity.id, structuredClone(entity));
  }

  delete(id: string): boolean {
    return this.#entities.delete(id);
  }
}

export class ReadOnlyView<T extends Entity> implements Reader<T> {
  readonly #source: Reader<T>;
  readonly #visible: (entity: T) => boolean;

  constructor(source: Reader<T>, visible: (entity: T) => boolean = () => true) {
    this.#source = source;
    this.#visible = visible;
  }

  get(id: string): T | undefined {
    const entity = this.#source.get(id);
    return entity !== undefined && this.#visible(entity) ? entity : undefined;
  }

  list(): T[] {
    return this.#source.list().filter(this.#visible);
  }

  // Delegating to source.count() would be shorter and wrong: it would count hidden entities,
  // breaking the Reader promise that count() === list().length.
  count(): number {
    return this.list().length;
  }
}
