import type { Kata } from "../catalog/catalog.ts";
import type { KataResult } from "../results/result.ts";
import { sha256 } from "../util/hash.ts";

export interface SchedulerDeps {
  /** Which kata is current right now (it can change while a run is in flight). */
  currentKata: () => Kata;
  /** The exercise file's content, or undefined when it is missing. */
  readExercise: (kata: Kata) => string | undefined;
  run: (kata: Kata) => Promise<KataResult>;
  onStart: () => void;
  onResult: (result: KataResult, source: string | undefined) => void;
}

/**
 * Runs the current kata's suite so that a shown result always matches the newest save:
 * saves during a run coalesce into one more run, and a result is dropped if the file (or the
 * current kata) changed while it was computed. Every run goes through `exclusive`, which other
 * users of the runner (check all) share, so there is only ever one run in flight.
 */
export class RunScheduler {
  #running = false;
  #again = false;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SchedulerDeps) {}

  /** Queues `task` behind whatever uses the runner now. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(task, task);
    this.#chain = next.catch(() => {});
    return next;
  }

  request(): Promise<void> {
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
      const kata = this.deps.currentKata();
      const before = this.deps.readExercise(kata);
      this.deps.onStart();
      const result = await this.deps.run(kata);
      const after = this.deps.readExercise(kata);
      const graded = result.contentHash === undefined || after === undefined || result.contentHash === sha256(after);
      if (this.#again || before !== after || !graded || this.deps.currentKata().id !== kata.id) {
        this.#again = true; // stale: the learner saved again or moved on; grade what is there now
        continue;
      }
      this.deps.onResult(result, after);
    } while (this.#again);
  }
}
