/**
 * Bulkheads — reference solution.
 *
 * One small semaphore per dependency (as in rate-limiting/concurrency-limiter). The isolation
 * comes from never sharing a counter or a queue between pools.
 */

export class BulkheadFullError extends Error {
  override name = "BulkheadFullError";
  readonly pool: string;

  constructor(pool: string) {
    super(`bulkhead "${pool}" is full`);
    this.pool = pool;
  }
}

export interface PoolLimits {
  maxConcurrent: number;
  maxQueue: number;
}

interface Pool {
  limits: PoolLimits;
  active: number;
  queue: (() => void)[];
}

export class Bulkheads {
  readonly #pools = new Map<string, Pool>();

  constructor(pools: Record<string, PoolLimits>) {
    for (const [name, limits] of Object.entries(pools)) {
      if (!Number.isInteger(limits.maxConcurrent) || limits.maxConcurrent < 1) {
        throw new RangeError(`pool "${name}": maxConcurrent must be a positive integer`);
      }
      if (!Number.isInteger(limits.maxQueue) || limits.maxQueue < 0) {
        throw new RangeError(`pool "${name}": maxQueue must be a non-negative integer`);
      }
      this.#pools.set(name, { limits: { ...limits }, active: 0, queue: [] });
    }
  }

  async run<T>(pool: string, fn: () => T | Promise<T>): Promise<T> {
    const p = this.#pool(pool);
    if (p.active < p.limits.maxConcurrent) {
      p.active++;
    } else if (p.queue.length >= p.limits.maxQueue) {
      throw new BulkheadFullError(pool);
    } else {
      // The releasing task hands its slot straight to us, so `active` is unchanged.
      await new Promise<void>((resolve) => p.queue.push(resolve));
    }
    try {
      return await fn();
    } finally {
      const next = p.queue.shift();
      if (next) next();
      else p.active--;
    }
  }

  stats(pool: string): { active: number; queued: number } {
    const p = this.#pool(pool);
    return { active: p.active, queued: p.queue.length };
  }

  #pool(name: string): Pool {
    const pool = this.#pools.get(name);
    if (!pool) throw new RangeError(`unknown bulkhead pool "${name}"`);
    return pool;
  }
}
