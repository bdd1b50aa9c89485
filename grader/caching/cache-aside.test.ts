import { describe, expect, it } from "vitest";
import { CacheAside, type Repository } from "../../exercises/caching/cache-aside.ts";

/** An in-memory repository that counts its calls and can be told to fail. */
class CountingRepository<V> implements Repository<string, V> {
  readonly rows = new Map<string, V>();
  gets = 0;
  saves = 0;
  failGetWith: Error | undefined;
  failSaveWith: Error | undefined;

  constructor(rows: Record<string, V> = {}) {
    for (const [key, value] of Object.entries(rows)) this.rows.set(key, value);
  }

  async get(key: string): Promise<V | undefined> {
    this.gets++;
    if (this.failGetWith) throw this.failGetWith;
    return this.rows.get(key);
  }

  async save(key: string, value: V): Promise<void> {
    this.saves++;
    if (this.failSaveWith) throw this.failSaveWith;
    this.rows.set(key, value);
  }
}

function manualClock(start = 0) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

describe("CacheAside", () => {
  it("reads from the repository on a miss, then serves the value from the cache", async () => {
    const repository = new CountingRepository({ ada: "Ada Lovelace" });
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: manualClock().now });
    expect(await cache.get("ada")).toBe("Ada Lovelace");
    expect(repository.gets).toBe(1);
    expect(await cache.get("ada")).toBe("Ada Lovelace");
    expect(await cache.get("ada")).toBe("Ada Lovelace");
    expect(repository.gets).toBe(1);
  });

  it("caches falsy values such as 0 and an empty string as values, not misses", async () => {
    const repository = new CountingRepository<number | string>({ zero: 0, empty: "" });
    const cache = new CacheAside(repository, { missTtlMs: 0, now: manualClock().now });
    expect(await cache.get("zero")).toBe(0);
    expect(await cache.get("empty")).toBe("");
    expect(await cache.get("zero")).toBe(0);
    expect(await cache.get("empty")).toBe("");
    expect(repository.gets).toBe(2);
  });

  it("writes to the repository and invalidates the cached entry, so the next read reloads it", async () => {
    const repository = new CountingRepository({ ada: "Ada" });
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: manualClock().now });
    await cache.get("ada");
    await cache.save("ada", "Ada Lovelace");
    expect(repository.saves).toBe(1);
    expect(repository.rows.get("ada")).toBe("Ada Lovelace");
    expect(await cache.get("ada")).toBe("Ada Lovelace");
    expect(repository.gets).toBe(2);
  });

  it("invalidates instead of updating: the next read returns what the repository stored", async () => {
    // This repository normalises on write, as databases do with defaults and triggers.
    class TrimmingRepository extends CountingRepository<string> {
      override save(key: string, value: string): Promise<void> {
        return super.save(key, value.trim());
      }
    }
    const repository = new TrimmingRepository({ ada: "Ada" });
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: manualClock().now });
    await cache.get("ada");
    await cache.save("ada", "  Ada Lovelace  ");
    expect(await cache.get("ada")).toBe("Ada Lovelace");
  });

  it("invalidates only after the repository write completes, so a read during the write cannot re-cache the old value", async () => {
    let finishWrite!: () => void;
    class SlowWriteRepository extends CountingRepository<string> {
      override async save(key: string, value: string): Promise<void> {
        this.saves++;
        await new Promise<void>((resolve) => (finishWrite = resolve));
        this.rows.set(key, value);
      }
    }
    const repository = new SlowWriteRepository({ ada: "old" });
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: manualClock().now });
    expect(await cache.get("ada")).toBe("old");

    const saving = cache.save("ada", "new");
    // While the write is in flight the cached value is still served...
    expect(await cache.get("ada")).toBe("old");
    finishWrite();
    await saving;
    // ...and once it lands the entry is gone, so the new value is read.
    expect(await cache.get("ada")).toBe("new");
    expect(repository.gets).toBe(2);
  });

  it("caches a miss for missTtlMs, then asks the repository again", async () => {
    const clock = manualClock(10_000);
    const repository = new CountingRepository<string>();
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: clock.now });
    expect(await cache.get("ghost")).toBeUndefined();
    expect(repository.gets).toBe(1);

    repository.rows.set("ghost", "appeared directly in the database");
    clock.time = 10_999;
    expect(await cache.get("ghost")).toBeUndefined();
    expect(repository.gets).toBe(1);

    clock.time = 11_000;
    expect(await cache.get("ghost")).toBe("appeared directly in the database");
    expect(repository.gets).toBe(2);
  });

  it("clears a cached miss when the key is saved", async () => {
    const repository = new CountingRepository<string>();
    const cache = new CacheAside(repository, { missTtlMs: 60_000, now: manualClock().now });
    expect(await cache.get("grace")).toBeUndefined();
    await cache.save("grace", "Grace Hopper");
    expect(await cache.get("grace")).toBe("Grace Hopper");
    expect(repository.gets).toBe(2);
  });

  it("keeps other keys cached when one key is saved", async () => {
    const repository = new CountingRepository({ ada: "Ada", grace: "Grace" });
    const cache = new CacheAside(repository, { missTtlMs: 1_000, now: manualClock().now });
    await cache.get("ada");
    await cache.get("grace");
    await cache.save("ada", "Ada Lovelace");
    expect(await cache.get("grace")).toBe("Grace");
    expect(repository.gets).toBe(2);
  });

  it("rejects a failed write with its error and leaves the cache untouched", async () => {
    const repository = new CountingRepository({ ada: "Ada" });
    const cache = new CacheAside(repository, { missTtlMs: 60_000, now: manualClock().now });
    await cache.get("ada");
    await cache.get("ghost");
    const failure = new Error("write conflict");
    repository.failSaveWith = failure;

    await expect(cache.save("ada", "Ada Lovelace")).rejects.toBe(failure);
    await expect(cache.save("ghost", "Boo")).rejects.toBe(failure);
    expect(await cache.get("ada")).toBe("Ada");
    expect(await cache.get("ghost")).toBeUndefined();
    expect(repository.gets).toBe(2);
  });

  it("rejects a failed read with its error and caches nothing", async () => {
    const repository = new CountingRepository({ ada: "Ada" });
    const cache = new CacheAside(repository, { missTtlMs: 60_000, now: manualClock().now });
    const failure = new Error("connection reset");
    repository.failGetWith = failure;
    await expect(cache.get("ada")).rejects.toBe(failure);

    repository.failGetWith = undefined;
    expect(await cache.get("ada")).toBe("Ada");
    expect(repository.gets).toBe(2);
  });

  it("rejects a negative or non-finite missTtlMs", () => {
    const repository = new CountingRepository<string>();
    expect(() => new CacheAside(repository, { missTtlMs: -1 })).toThrow(RangeError);
    expect(() => new CacheAside(repository, { missTtlMs: Number.NaN })).toThrow(RangeError);
  });
});
