import type { Kata } from "../catalog/catalog.ts";
import type { RunStream, RunUpdate } from "../runner/client/run-stream.ts";

export interface SchedulerDeps {
  /** Which kata is current right now (it can change while a run is in flight). */
  currentKata: () => Kata;
  /** The exercise file's content, or undefined when it is missing. */
  readExercise: (kata: Kata) => string | undefined;
  /** Starts grading `content` (null: the file is missing). */
  run: (kata: Kata, options: { content: string | null; freshWorker: boolean }) => RunStream;
  onStart: (runId: number) => void;
  /** `source`: the content the run graded. */
  onUpdate: (update: RunUpdate, source: string | undefined) => void;
}

/**
 * Runs the current kata's suite so that a shown result always matches the newest save:
 * requests during a run coalesce into one more run, and a run whose file (or kata) changed while
 * its tests ran is dropped and run again. Every run goes through `exclusive`, which other users of
 * the runner (check all) share, so there is only ever one run's tests in flight. A run's final
 * update (its type errors) may arrive after the next run has started; it is passed on with its
 * run id, for the receiver to keep or drop.
 */
export class RunScheduler {
  #running = false;
  #again = false;
  /** A request since the last run started asked for a fresh worker. */
  #fresh = false;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SchedulerDeps) {}

  /** Queues `task` behind whatever uses the runner now. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(task, task);
    this.#chain = next.catch(() => {});
    return next;
  }

  request(freshWorker = false): Promise<void> {
    this.#fresh ||= freshWorker;
    if (this.#running) {
      this.#again = true;
      return Promise.resolve();
    }
    this.#running = true;
    return this.exclusive(() => this.#loop()).finally(() => {
      this.#running = false;
    });
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      const freshWorker = this.#fresh;
      this.#fresh = false;
      const kata = this.deps.currentKata();
      const content = this.deps.readExercise(kata);
      const stream = this.deps.run(kata, { content: content ?? null, freshWorker });
      this.deps.onStart(stream.runId);
      const updates = stream[Symbol.asyncIterator]();
      const first = await updates.next();
      if (first.done) continue;
      if (this.#again || this.deps.readExercise(kata) !== content || this.deps.currentKata().id !== kata.id) {
        // Stale: the learner saved again or moved on; grade what is there now.
        this.#again = true;
        continue;
      }
      this.deps.onUpdate(first.value, content);
      if (!first.value.final) void this.#forward(updates, content);
    } while (this.#again);
  }

  /** The rest of a run's updates, delivered as they come, without holding up the next run. */
  async #forward(updates: AsyncIterator<RunUpdate>, content: string | undefined): Promise<void> {
    for (let step = await updates.next(); !step.done; step = await updates.next()) this.deps.onUpdate(step.value, content);
  }
}
