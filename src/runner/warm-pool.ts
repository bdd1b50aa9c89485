import { Worker } from "node:worker_threads";
import { WORKER_HEAP_LIMIT_MB } from "./limits.ts";
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

/**
 * vitest's thread worker with a ceiling on its heap (limits.ts says why): V8 stops the thread at
 * the limit and the run fails at once, with a message that says so (explain.ts).
 * Replaces ThreadsPoolWorker.start() (vitest 4.1.12, pinned) to pass `resourceLimits`, which
 * vitest does not expose.
 */
class BoundedThreadsPoolWorker extends ThreadsPoolWorker {
  override async start(): Promise<void> {
    // vitest's own fields, as its start() uses them.
    const self = this as unknown as { _thread?: Worker; entrypoint: string; execArgv?: string[]; env?: Record<string, string> };
    self._thread ??= new Worker(self.entrypoint, {
      env: self.env,
      execArgv: self.execArgv ?? [],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    });
    await super.start();
  }
}

interface SharedThread {
  readonly inner: ThreadsPoolWorker;
  started: boolean;
  /** The worker has received vitest's real "start" message and built its runtime. */
  initialised: boolean;
}

let shared: SharedThread | undefined;

function sharedThread(options: PoolOptions): SharedThread {
  if (!shared) {
    const created: SharedThread = { inner: new BoundedThreadsPoolWorker(options), started: false, initialised: false };
    shared = created;
  }
  return shared;
}

class WarmThreadWorker implements PoolWorker {
  readonly name = WARM_POOL_NAME;
  readonly #thread: SharedThread;
  /** This run's listeners: [event, vitest's callback, what is attached to the thread]. */
  readonly #listeners: Array<[string, Listener, Listener]> = [];

  constructor(options: PoolOptions) {
    this.#thread = sharedThread(options);
  }

  on(event: string, callback: Listener): void {
    // When the thread dies mid-run (out of memory), vitest fails the run on the thread's "error"
    // and stops listening; its "exit" listener then re-emits the death as an error nobody
    // handles, which would end the host. The run's failure is already on its way by then.
    const attached: Listener =
      event === "exit"
        ? (arg) => {
            try {
              callback(arg);
            } catch {
              // reported through "error" already
            }
          }
        : callback;
    this.#listeners.push([event, callback, attached]);
    this.#thread.inner.on(event, attached);
  }

  off(event: string, callback: Listener): void {
    const index = this.#listeners.findIndex(([e, cb]) => e === event && cb === callback);
    if (index === -1) return;
    const [[, , attached]] = this.#listeners.splice(index, 1) as [[string, Listener, Listener]];
    this.#thread.inner.off(event, attached);
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
    for (const [event, , attached] of this.#listeners.splice(0)) this.#thread.inner.off(event, attached);
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
