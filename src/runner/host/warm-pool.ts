import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import { WORKER_HEAP_LIMIT_MB } from "../limits.ts";
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
 * starts a new one. A second, standby thread is booted in the background while the host is idle,
 * so a run that must have a fresh worker takes it ready-made (prepareStandby, useFreshThread).
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
 * vitest does not expose, and to start the thread through test-worker/entry.mjs, which can warm
 * up a database before a suite needs it.
 */
class BoundedThreadsPoolWorker extends ThreadsPoolWorker {
  override async start(): Promise<void> {
    // vitest's own fields, as its start() uses them.
    const self = this as unknown as { _thread?: Worker; entrypoint: string; execArgv?: string[]; env?: Record<string, string> };
    // Set by host-launch.mjs; without it (a host started some other way) vitest's entry is used as is.
    const entry = process.env.KATA_TEST_WORKER_ENTRY;
    if (!self._thread) {
      const channel = entry ? new MessageChannel() : undefined;
      self._thread = new Worker(entry ?? self.entrypoint, {
        env: self.env,
        execArgv: self.execArgv ?? [],
        stdout: true,
        stderr: true,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
        ...(channel ? { workerData: { vitestEntry: pathToFileURL(self.entrypoint).href, warmUp: channel.port2 }, transferList: [channel.port2] } : {}),
      });
      this.warmUpPort = channel?.port1;
      this.warmUpPort?.unref();
    }
    await super.start();
  }

  /** Where test-worker/entry.mjs takes warm-up requests; none when the thread runs vitest's entry as is. */
  warmUpPort: MessagePort | undefined;
}

interface SharedThread {
  readonly inner: BoundedThreadsPoolWorker;
  started: boolean;
  /** The worker has received vitest's real "start" message and built its runtime. */
  initialised: boolean;
  /** Settles when the database asked to start in it (test-worker/entry.mjs) is up or has failed. */
  database: Promise<void> | undefined;
  /** The grader's own warm-up suite has run in it (see inStandby). */
  warmedUp?: boolean;
  exited?: boolean;
}

let shared: SharedThread | undefined;
/**
 * A started, initialised thread no learner code has run in, kept ready so that asking for a fresh
 * worker (a first pass confirmed, a new kata) does not wait ≈0.3 s for one to boot.
 */
let standby: Promise<SharedThread | undefined> | undefined;
/** The standby was asked to start a database (prepareStandby's `database`). */
let standbyStartsDatabase = false;
/** What vitest gave the first worker: a standby is built from the same. */
let firstOptions: PoolOptions | undefined;
/** vitest's "start" message to the first worker, replayed to initialise a standby ahead of time. */
let startMessage: WorkerRequest | undefined;

function newThread(options: PoolOptions): SharedThread {
  const thread: SharedThread = { inner: new BoundedThreadsPoolWorker(options), started: false, initialised: false, database: undefined };
  return thread;
}

function sharedThread(options: PoolOptions): SharedThread {
  firstOptions ??= options;
  shared ??= newThread(options);
  return shared;
}

/** Starts a thread and, when it dies (crash, process.exit in a worker), forgets it. */
async function startThread(thread: SharedThread): Promise<void> {
  await thread.inner.start();
  thread.started = true;
  thread.inner.on("exit", () => {
    thread.exited = true;
    if (shared === thread) shared = undefined;
  });
}

async function bootStandby(database: boolean): Promise<SharedThread | undefined> {
  if (!firstOptions || !startMessage) return undefined;
  const thread = newThread(firstOptions);
  const message = startMessage;
  await startThread(thread);
  await new Promise<void>((resolve, reject) => {
    const onMessage = (reply: unknown) => {
      const response = reply as { type?: string; error?: unknown; __vitest_worker_response__?: boolean };
      if (response?.__vitest_worker_response__ !== true || response.type !== "started") return;
      thread.inner.off("message", onMessage);
      if (response.error) reject(new Error("a standby test worker failed to start"));
      else resolve();
    };
    thread.inner.on("message", onMessage);
    thread.inner.send(message);
  });
  thread.initialised = true;
  if (database) warmUpDatabase(thread);
  return thread;
}

function warmUpDatabase(thread: SharedThread): void {
  const port = thread.inner.warmUpPort;
  if (!port) return;
  thread.database = new Promise<void>((resolve) => {
    const settled = () => {
      port.off("message", settled);
      resolve();
    };
    port.on("message", settled);
    // A thread that dies while starting it has nothing left to wait for.
    thread.inner.on("exit", resolve);
  });
  port.postMessage("database");
}

/**
 * Keeps a fresh thread ready for the next freshWorker request, in the background. `database`:
 * the current kata's suite uses the database, so the standby starts one now (2–3 s, off the
 * learner's clock) and the fresh worker finds it up. A standby holding a database the current
 * kata does not need (the learner left the phase) is replaced, to give its memory back.
 */
export function prepareStandby(options: { database: boolean }): void {
  // KATA_STANDBY=0 turns the standby off, for `npm run bench` to measure what it saves.
  if (!startMessage || process.env.KATA_STANDBY === "0") return;
  standbyStartsDatabase = options.database;
  if (standby) {
    const waiting = standby;
    void waiting.then((thread) => {
      if (standby !== waiting || !thread) return;
      if (options.database && !thread.database) warmUpDatabase(thread);
      if (!options.database && thread.database) {
        standby = undefined;
        void thread.inner.stop().catch(() => {});
        prepareStandby(options);
      }
    });
    return;
  }
  const booting = bootStandby(options.database).catch(() => undefined);
  standby = booting;
  void booting.then((thread) => {
    // A standby that died while waiting is no standby.
    thread?.inner.on("exit", () => {
      if (standby === booting) standby = undefined;
    });
    if (thread && standby === booting) {
      booted = { from: booting, thread };
      onStandbyBooted?.();
    }
  });
}

/** The standby once it has booted (and the promise it came from, to tell it is still the standby). */
let booted: { from: Promise<SharedThread | undefined>; thread: SharedThread } | undefined;
let onStandbyBooted: (() => void) | undefined;

/** Called each time a standby has booted: the host then queues its warm-up (inStandby). */
export function whenStandbyBooted(listener: () => void): void {
  onStandbyBooted = listener;
}

/**
 * Replaces the warm thread with a fresh one for the next run: the standby when there is one, else
 * a cold start on the next run. When the run needs the database and the standby is still starting
 * it, this waits for it (telling `onWait`, so the watchdog can pause): the run's own first query
 * would wait as long, on a thread busy compiling Postgres.
 */
export async function useFreshThread(options: { database: boolean; keepDatabase?: boolean; onWait?: (waiting: boolean) => void }): Promise<void> {
  // Not awaited: terminating a thread (its heap, maybe a Postgres) takes a while, and nothing
  // this run does needs it gone; the run goes on in another thread.
  void stopWarmThread().catch(() => {});
  const ready = await standby;
  standby = undefined;
  standbyStartsDatabase = false;
  if (!ready) return;
  // A database the next kata does not need would only hold memory (≈0.7 GB): start cold instead.
  if (ready.database && !options.database && !options.keepDatabase) {
    await ready.inner.stop().catch(() => {});
    return;
  }
  if (options.database && ready.database) {
    options.onWait?.(true);
    await ready.database;
    options.onWait?.(false);
  }
  shared = ready;
}

/** A standby has booted and been warmed up: a run can take it without waiting at all. */
export function standbyIsReady(): boolean {
  const thread = booted && booted.from === standby ? booted.thread : undefined;
  return thread !== undefined && thread.warmedUp === true && !thread.exited && !thread.database;
}

/**
 * A database suite is about to run in the warm thread, which has no database, while the standby
 * has one started or starting: taking the standby saves starting Postgres (2–3 s) on the
 * learner's clock. This happens when the kata after a confirmed pass (run in that pass's thread,
 * see src/watch/run-plan.ts) is the first of the database phase.
 */
export function standbyHasTheDatabaseWarmThreadLacks(): boolean {
  return standby !== undefined && standbyStartsDatabase && !shared?.database;
}

/** A database suite has run in the warm thread: its Postgres is up there now, kept on globalThis. */
export function noteDatabaseInWarmThread(): void {
  if (shared) shared.database ??= Promise.resolve();
}

/**
 * Runs `task` (a vitest run of the grader's own warm-up suite) with the standby as the pool's
 * thread, then puts the warm thread back. A fresh worker's first run otherwise fetches and
 * evaluates every support module anew (≈100 ms); after this it only loads the suite and the
 * learner's file. No learner code runs, so the standby stays fresh. Does nothing when there is
 * no booted standby, or it is warmed already.
 */
export async function inStandby(task: () => Promise<unknown>): Promise<void> {
  // Never waits for a standby still booting: this runs in the host's queue, ahead of the
  // learner's next save. Nor for one starting a database, which keeps its thread busy for seconds.
  const thread = booted && booted.from === standby ? booted.thread : undefined;
  if (!thread || thread.warmedUp || thread.exited || thread.database) return;
  thread.warmedUp = true;
  const warm = shared;
  shared = thread;
  try {
    await task();
  } finally {
    // The warm thread is back unless it died meanwhile.
    shared = warm && !warm.exited ? warm : undefined;
  }
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
    if (message.type === "start") {
      this.#thread.initialised = true;
      startMessage ??= message;
    }
    this.#thread.inner.send(message);
  }

  async start(): Promise<void> {
    if (!this.#thread.started) await startThread(this.#thread);
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

/** Terminates the kept thread and the standby, before the host exits. */
export async function stopAllThreads(): Promise<void> {
  const waiting = standby;
  standby = undefined;
  await stopWarmThread();
  const thread = await waiting;
  if (thread?.started) await thread.inner.stop().catch(() => {});
}
