/**
 * Distributed lock with leases and fencing tokens — reference solution.
 *
 * The lock alone cannot stop a paused client: by the time it writes, its lease may be gone and
 * it cannot know. Safety comes from the storage checking the token, so the token counter must
 * itself be durable and replicated in a real lock service: a counter that restarts at 1 after a
 * crash would let a stale client back in.
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
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #leases = new Map<string, Lease>();
  #lastToken = 0;

  constructor({ ttlMs, now }: LockServiceOptions) {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive finite number, got ${ttlMs}`);
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** The resource's lease if it is still live; expired leases are dropped on sight. */
  #live(resource: string): Lease | undefined {
    const lease = this.#leases.get(resource);
    if (lease && this.#now() >= lease.expiresAt) {
      this.#leases.delete(resource);
      return undefined;
    }
    return lease;
  }

  #isCurrent(lease: Lease): boolean {
    return this.#live(lease.resource)?.token === lease.token;
  }

  acquire(resource: string, owner: string): Lease | null {
    if (this.#live(resource)) return null;
    // Tokens come from one counter, so they never repeat or go back, whatever the resource.
    const lease = { resource, owner, token: ++this.#lastToken, expiresAt: this.#now() + this.#ttlMs };
    this.#leases.set(resource, lease);
    return { ...lease };
  }

  renew(lease: Lease): Lease | null {
    if (!this.#isCurrent(lease)) return null;
    const renewed = { ...this.#leases.get(lease.resource)!, expiresAt: this.#now() + this.#ttlMs };
    this.#leases.set(lease.resource, renewed);
    return { ...renewed };
  }

  release(lease: Lease): boolean {
    if (!this.#isCurrent(lease)) return false;
    this.#leases.delete(lease.resource);
    return true;
  }

  holder(resource: string): string | undefined {
    return this.#live(resource)?.owner;
  }
}

export class FencedStorage {
  readonly #values = new Map<string, string>();
  readonly #highestToken = new Map<string, number>();

  write(key: string, value: string, token: number): void {
    const highest = this.#highestToken.get(key) ?? Number.NEGATIVE_INFINITY;
    if (token < highest) {
      throw new StaleTokenError(`write to ${key} with token ${token}, but token ${highest} was already accepted`);
    }
    this.#highestToken.set(key, token);
    this.#values.set(key, value);
  }

  read(key: string): string | undefined {
    return this.#values.get(key);
  }
}
