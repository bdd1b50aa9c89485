/**
 * Distributed lock with leases and fencing tokens
 *
 * What you build
 *   A lock service that grants time-limited leases with increasing fencing tokens, and a storage
 *   service that uses the tokens to reject writes from a client whose lease has run out.
 *
 * Why it matters
 *   A lock held by a crashed process must not block everyone forever, so distributed locks
 *   (etcd leases, ZooKeeper sessions, Redis `SET key value NX PX ttl`) expire by themselves. But a client can pause — a
 *   long GC, a swapped-out VM — past its lease, wake up still believing it holds the lock, and
 *   overwrite the next holder's work. Martin Kleppmann's fix is a fencing token: a number the
 *   lock service increases on every grant, sent with every write, so the storage can refuse a
 *   write carrying an older token than one it has already accepted.
 *
 * Your task
 *   `interface Lease { resource: string; owner: string; token: number; expiresAt: number }`
 *
 *   `class LockService` — `constructor({ ttlMs, now })`: `now()` returns milliseconds; `ttlMs`
 *   is a positive finite number, else `RangeError`. A lease is live while `now() < expiresAt`
 *   and expired from `expiresAt` on.
 *   - `acquire(resource, owner): Lease | null` — when `resource` has no live lease, grant one:
 *     `token` is one more than the last token this service granted (for any resource; the first
 *     is 1), `expiresAt = now() + ttlMs`. When a live lease exists — even the same owner's —
 *     return `null`.
 *   - `renew(lease): Lease | null` — when `lease` is the live lease of its resource (same token,
 *     not expired), extend it: return it with `expiresAt = now() + ttlMs` and the SAME token.
 *     Otherwise (expired, released, or superseded) return `null` and change nothing: an expired
 *     lease cannot be revived, its holder must `acquire` again and get a new token.
 *   - `release(lease): boolean` — when `lease` is the live lease of its resource, free the
 *     resource and return `true`. Otherwise return `false` and change nothing — so a client
 *     waking from a pause cannot release a lock someone else now holds.
 *   - `holder(resource): string | undefined` — the owner of the live lease, if any.
 *
 *   `class FencedStorage` — the resource the lock protects.
 *   - `write(key, value, token)` — remembers the highest token accepted per key. A write whose
 *     token is LOWER than that throws `StaleTokenError` (provided below) and changes nothing;
 *     an equal or higher token is accepted (one holder may write many times).
 *   - `read(key): string | undefined`.
 *
 * Example (the GC-pause scenario)
 *   let t = 0;
 *   const locks = new LockService({ ttlMs: 10_000, now: () => t });
 *   const storage = new FencedStorage();
 *   const a = locks.acquire("report", "client-1");    // token 1, expiresAt 10 000
 *   t = 15_000;                                        // client-1 pauses past its lease…
 *   const b = locks.acquire("report", "client-2");    // token 2
 *   storage.write("report", "from client-2", b.token);
 *   storage.write("report", "from client-1", a.token); // throws StaleTokenError
 *   locks.release(a);                                  // false: client-2's lock stays
 */

export class StaleTokenError extends Error {
  override name = "StaleTokenError";
}

export interface Lease {
  resource: string;
  owner: string;
  token: number;
  expiresAt: number;
}

export interface LockServiceOptions {
  ttlMs: number;
  now: () => number;
}

export class LockService {
  constructor(options: LockServiceOptions) {
    void options;
    throw new Error("not implemented");
  }

  acquire(resource: string, owner: string): Lease | null {
    void resource;
    void owner;
    throw new Error("not implemented");
  }

  renew(lease: Lease): Lease | null {
    void lease;
    throw new Error("not implemented");
  }

  release(lease: Lease): boolean {
    void lease;
    throw new Error("not implemented");
  }

  holder(resource: string): string | undefined {
    void resource;
    throw new Error("not implemented");
  }
}

export class FencedStorage {
  write(key: string, value: string, token: number): void {
    void key;
    void value;
    void token;
    throw new Error("not implemented");
  }

  read(key: string): string | undefined {
    void key;
    throw new Error("not implemented");
  }
}
