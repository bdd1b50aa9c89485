/**
 * A tiny dependency-injection container
 *
 * What you build
 *   A container that maps typed tokens to factories, builds objects on demand with their
 *   dependencies, caches singletons, and explains what went wrong when the wiring is broken.
 *
 * Why it matters
 *   Once classes receive their dependencies instead of creating them, something has to do the
 *   wiring. In a small service that is a hand-written composition root; in bigger ones it is a
 *   container (NestJS, InversifyJS, tsyringe, Spring). Knowing how one works, with lifetimes,
 *   lazy construction and cycle detection, makes its error messages and surprises readable.
 *
 * Your task
 *   Implement `createToken<T>(name): Token<T>` — returns a new token each call. Tokens are told
 *   apart by identity, not by name: two tokens with the same name are different tokens. The type
 *   parameter only lets `resolve` return the right type.
 *   Implement `class Container`:
 *   - `register(token, factory, options?)` — `factory` receives the container (so it can resolve
 *     its own dependencies) and returns the value. `options.scope` is "singleton" or "transient";
 *     the default is "transient". Registering a token that is already registered throws an
 *     `Error` whose message contains "already registered" and the token's name.
 *     Nothing is built at registration time.
 *   - `resolve(token)` — returns the value for the token:
 *     - "transient": calls the factory on every resolve, returning a fresh value each time;
 *     - "singleton": calls the factory on the first resolve only, and returns that same value
 *       on every later resolve. If the factory throws, nothing is cached and the error
 *       propagates; the next resolve calls the factory again.
 *   - Resolving a token with no registration throws an `Error` whose message contains the
 *     token's name (and "no provider").
 *   - Resolving a token whose factory (directly or indirectly) resolves that same token again
 *     throws an `Error` instead of recursing forever. Its message contains "circular" and the
 *     resolution path: token names from the outermost resolve to the repeated token, joined by
 *     " -> ", e.g. "Api -> Service -> Repo -> Service". The factories on that path do not
 *     complete, and after any error (a cycle or a factory that throws) the container still works
 *     normally for later resolves.
 *
 * Example
 *   const Config = createToken<{ dbUrl: string }>("Config");
 *   const Db = createToken<Database>("Db");
 *   const container = new Container();
 *   container.register(Config, () => ({ dbUrl: "postgres://localhost/app" }), { scope: "singleton" });
 *   container.register(Db, (c) => new Database(c.resolve(Config).dbUrl), { scope: "singleton" });
 *   container.resolve(Db) === container.resolve(Db);   // true: one shared pool
 *   container.resolve(createToken("Db"));               // throws: a different token, not registered
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
  void name;
  throw new Error("not implemented");
}

export class Container {
  register<T>(token: Token<T>, factory: Factory<T>, options: RegisterOptions = {}): void {
    void token;
    void factory;
    void options;
    throw new Error("not implemented");
  }

  resolve<T>(token: Token<T>): T {
    void token;
    throw new Error("not implemented");
  }
}
