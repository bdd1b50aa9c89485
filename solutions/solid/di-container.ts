/**
 * A tiny dependency-injection container — reference solution.
 */

/** A typed key. `T` is never stored; it only carries the type from `register` to `resolve`. */
export interface Token<T> {
  readonly name: string;
  readonly __type?: T;
}

export type Scope = "singleton" | "transient";

export type Factory<T> = (container: Container) => T;

export interface RegisterOptions {
  scope?: Scope;
}

export function createToken<T>(name: string): Token<T> {
  // A fresh object per call: the Map in the container compares tokens by identity.
  return Object.freeze({ name });
}

interface Provider {
  factory: Factory<unknown>;
  scope: Scope;
  // Wrapped so that a singleton whose value is `undefined` still counts as built.
  instance?: { value: unknown };
}

export class Container {
  readonly #providers = new Map<Token<unknown>, Provider>();
  // Tokens whose factories are running right now, outermost first.
  readonly #resolving: Token<unknown>[] = [];

  register<T>(token: Token<T>, factory: Factory<T>, options: RegisterOptions = {}): void {
    if (this.#providers.has(token)) {
      throw new Error(`token "${token.name}" is already registered`);
    }
    this.#providers.set(token, { factory, scope: options.scope ?? "transient" });
  }

  resolve<T>(token: Token<T>): T {
    const provider = this.#providers.get(token);
    if (!provider) throw new Error(`no provider registered for token "${token.name}"`);
    if (provider.instance) return provider.instance.value as T;

    if (this.#resolving.includes(token)) {
      const path = [...this.#resolving, token].map((t) => t.name).join(" -> ");
      throw new Error(`circular dependency: ${path}`);
    }

    this.#resolving.push(token);
    let value: unknown;
    try {
      value = provider.factory(this);
    } finally {
      // Always unwind, or one failed resolve would poison every later one.
      this.#resolving.pop();
    }
    if (provider.scope === "singleton") provider.instance = { value };
    return value as T;
  }
}
