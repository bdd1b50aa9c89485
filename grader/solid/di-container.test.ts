import { describe, expect, expectTypeOf, it } from "vitest";
import { Container, createToken } from "../../exercises/solid/di-container.ts";

interface Config {
  dbUrl: string;
}

class Database {
  constructor(readonly url: string) {}
}

class UserService {
  constructor(readonly db: Database) {}
}

describe("Container", () => {
  it("resolves a registered value by its token, with the token's type", () => {
    const Port = createToken<number>("Port");
    const container = new Container();
    container.register(Port, () => 8080);

    const port = container.resolve(Port);
    expectTypeOf(port).toEqualTypeOf<number>();
    expect(port).toBe(8080);
    expect(Port.name).toBe("Port");
  });

  it("passes the container to factories so they can resolve their own dependencies", () => {
    const ConfigToken = createToken<Config>("Config");
    const DbToken = createToken<Database>("Db");
    const UsersToken = createToken<UserService>("Users");
    const container = new Container();
    container.register(UsersToken, (c) => new UserService(c.resolve(DbToken)));
    container.register(DbToken, (c) => new Database(c.resolve(ConfigToken).dbUrl));
    container.register(ConfigToken, () => ({ dbUrl: "postgres://localhost/app" }));

    const users = container.resolve(UsersToken);
    expect(users).toBeInstanceOf(UserService);
    expect(users.db.url).toBe("postgres://localhost/app");
  });

  it("builds a transient value afresh on every resolve, which is the default scope", () => {
    const ByDefault = createToken<{ id: number }>("ByDefault");
    const Explicit = createToken<{ id: number }>("Explicit");
    let built = 0;
    const container = new Container();
    container.register(ByDefault, () => ({ id: ++built }));
    container.register(Explicit, () => ({ id: ++built }), { scope: "transient" });

    expect(container.resolve(ByDefault)).toEqual({ id: 1 });
    expect(container.resolve(ByDefault)).toEqual({ id: 2 });
    const first = container.resolve(Explicit);
    const second = container.resolve(Explicit);
    expect(first).not.toBe(second);
    expect(built).toBe(4);
  });

  it("builds a singleton lazily, once, and returns the same instance every time", () => {
    const DbToken = createToken<Database>("Db");
    let built = 0;
    const container = new Container();
    container.register(DbToken, () => {
      built++;
      return new Database("postgres://localhost/app");
    }, { scope: "singleton" });
    expect(built).toBe(0);

    const first = container.resolve(DbToken);
    const second = container.resolve(DbToken);
    expect(first).toBe(second);
    expect(built).toBe(1);
  });

  it("tells tokens apart by identity, not by name", () => {
    const first = createToken<string>("Greeting");
    const second = createToken<string>("Greeting");
    const container = new Container();
    container.register(first, () => "hello");
    container.register(second, () => "bonjour");

    expect(first).not.toBe(second);
    expect(container.resolve(first)).toBe("hello");
    expect(container.resolve(second)).toBe("bonjour");
  });

  it("throws an error naming the token when nothing is registered for it", () => {
    const Mailer = createToken<{ send(to: string): void }>("Mailer");
    const Signup = createToken<string>("Signup");
    const container = new Container();
    container.register(Signup, (c) => {
      c.resolve(Mailer);
      return "ok";
    });

    expect(() => container.resolve(Mailer)).toThrow(/no provider/i);
    expect(() => container.resolve(Mailer)).toThrow(/Mailer/);
    expect(() => container.resolve(Signup)).toThrow(/Mailer/);
  });

  it("refuses to register the same token twice", () => {
    const Port = createToken<number>("Port");
    const container = new Container();
    container.register(Port, () => 8080);

    expect(() => container.register(Port, () => 9090)).toThrow(/already registered/);
    expect(() => container.register(Port, () => 9090)).toThrow(/Port/);
    expect(container.resolve(Port)).toBe(8080);
  });

  it("detects a dependency cycle and reports the resolution path", () => {
    const Api = createToken<string>("Api");
    const Service = createToken<string>("Service");
    const Repo = createToken<string>("Repo");
    const completed: string[] = [];
    const container = new Container();
    container.register(Api, (c) => {
      const value = `api(${c.resolve(Service)})`;
      completed.push("Api");
      return value;
    });
    container.register(Service, (c) => {
      const value = `service(${c.resolve(Repo)})`;
      completed.push("Service");
      return value;
    });
    container.register(Repo, (c) => {
      const value = `repo(${c.resolve(Service)})`;
      completed.push("Repo");
      return value;
    });

    expect(() => container.resolve(Api)).toThrow(/circular/i);
    expect(() => container.resolve(Api)).toThrow("Api -> Service -> Repo -> Service");
    expect(completed).toEqual([]);
  });

  it("detects a token whose factory resolves itself", () => {
    const Self = createToken<number>("Self");
    const container = new Container();
    container.register(Self, (c) => c.resolve(Self) + 1, { scope: "singleton" });

    expect(() => container.resolve(Self)).toThrow("Self -> Self");
  });

  it("keeps working after a failed resolve: nothing is cached and no false cycle is reported", () => {
    const Flaky = createToken<string>("Flaky");
    const Outer = createToken<string>("Outer");
    let calls = 0;
    const container = new Container();
    container.register(Flaky, () => {
      calls++;
      if (calls === 1) throw new Error("connection refused");
      return `ready after ${calls} calls`;
    }, { scope: "singleton" });
    container.register(Outer, (c) => `outer(${c.resolve(Flaky)})`);

    expect(() => container.resolve(Outer)).toThrow("connection refused");
    expect(container.resolve(Outer)).toBe("outer(ready after 2 calls)");
    expect(container.resolve(Flaky)).toBe("ready after 2 calls");
    expect(calls).toBe(2);
  });

  it("recovers after a cycle error once the cycle is gone", () => {
    const Api = createToken<string>("Api");
    const Service = createToken<string>("Service");
    let cyclic = true;
    const container = new Container();
    container.register(Api, (c) => `api(${c.resolve(Service)})`);
    container.register(Service, (c) => (cyclic ? c.resolve(Api) : "service"));

    expect(() => container.resolve(Api)).toThrow("Api -> Service -> Api");
    cyclic = false;
    expect(container.resolve(Api)).toBe("api(service)");
    expect(container.resolve(Service)).toBe("service");
  });
});
