import { ThreadsPoolWorker, type PoolOptions, type PoolRunnerInitializer, type PoolWorker, type WorkerRequest } from "vitest/node";

/**
 * A vitest pool that keeps ONE test worker thread alive between runs.
 *
 * vitest 4 stops a worker at the end of every run unless another task is already queued, so each
 * re-run pays ≈150 ms to start a thread and load vitest's runtime in it (shared/RUNNER-FACTS.md).
 * This pool answers vitest's per-run "start"/"stop" handshake itself after the first real start,
 * so the thread, its environment and its module runner stay warm. Freshness is kept by the host,
 * which invalidates the learner's file before every run (see vitest-session.ts).
 *
 * If the thread dies (or is terminated by the watchdog killing the whole host), the next run
 * starts a new one.
 *
 * It relies on vitest's pool handshake (the "start"/"stop" worker messages), which is internal:
 * package.json pins vitest to an exact version, and the runner's integration tests fail if an
 * upgrade changes it.
 */
export const WARM_POOL_NAME = "kata-warm-threads";

type Listener = (arg: unknown) => void;

interface SharedThread {
  readonly inner: ThreadsPoolWorker;
  started: boolean;
  /** The worker has received vitest's real "start" message and built its runtime. */
  initialised: boolean;
}

let shared: SharedThread | undefined;

function sharedThread(options: PoolOptions): SharedThread {
  if (!shared) {
    const created: SharedThread = { inner: new ThreadsPoolWorker(options), started: false, initialised: false };
    shared = created;
  }
  return shared;
}

class WarmThreadWorker implements PoolWorker {
  readonly name = WARM_POOL_NAME;
  readonly #thread: SharedThread;
  readonly #listeners: Array<[string, Listener]> = [];

  constructor(options: PoolOptions) {
    this.#thread = sharedThread(options);
  }

  on(event: string, callback: Listener): void {
    this.#listeners.push([event, callback]);
    this.#thread.inner.on(event, callback);
  }

  off(event: string, callback: Listener): void {
    const index = this.#listeners.findIndex(([e, cb]) => e === event && cb === callback);
    if (index !== -1) this.#listeners.splice(index, 1);
    this.#thread.inner.off(event, callback);
  }

  send(message: WorkerRequest): void {
    if (message.type === "start" && this.#thread.initialised) return this.#reply("started");
    if (message.type === "stop") return this.#reply("stopped");
    if (message.type === "start") this.#thread.initialised = true;
    this.#thread.inner.send(message);
  }

  async start(): Promise<void> {
    if (this.#thread.started) return;
    await this.#thread.inner.start();
    this.#thread.started = true;
    const thread = this.#thread;
    // A thread that exits (crash, process.exit in a worker) is replaced on the next run.
    thread.inner.on("exit", () => {
      if (shared === thread) shared = undefined;
    });
  }

  async stop(): Promise<void> {
    // Keep the thread; only detach this run's listeners so the next run's runner owns the thread.
    for (const [event, callback] of this.#listeners.splice(0)) this.#thread.inner.off(event, callback);
  }

  deserialize(data: unknown): unknown {
    return data;
  }

  #reply(type: "started" | "stopped"): void {
    const response = { type, __vitest_worker_response__: true };
    setImmediate(() => {
      for (const [event, callback] of [...this.#listeners]) if (event === "message") callback(response);
    });
  }
}

export function warmThreadsPool(): PoolRunnerInitializer {
  return { name: WARM_POOL_NAME, createPoolWorker: (options) => new WarmThreadWorker(options) };
}

/** Terminates the kept thread, e.g. before the host exits. */
export async function stopWarmThread(): Promise<void> {
  const thread = shared;
  shared = undefined;
  if (thread?.started) await thread.inner.stop();
}
