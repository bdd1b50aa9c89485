import type { KataResult } from "../../results/result.ts";

/** One step of a run, in the order the runner learned it. */
export interface RunUpdate {
  runId: number;
  result: KataResult;
  /**
   * false: the tests have run and the kata already fails; its type errors are still being checked,
   * and one more update (the final one, with them) follows. A pass is only ever final.
   */
  final: boolean;
  /** Graded in a test worker no earlier code had run in. */
  freshWorker: boolean;
}

/** A run, as the ordered stream of its updates; the last one is final. */
export interface RunStream extends AsyncIterable<RunUpdate> {
  readonly runId: number;
  /** The final update's result. */
  readonly result: Promise<KataResult>;
}

/**
 * The runner's side of a RunStream: updates are pushed as the host sends them and read by one
 * consumer; anything pushed after the final update is ignored. Nothing is lost if the consumer
 * starts reading late.
 */
export class RunChannel implements RunStream {
  readonly result: Promise<KataResult>;
  #resolveResult: (result: KataResult) => void = () => {};
  readonly #queued: RunUpdate[] = [];
  #waiting: ((update: RunUpdate) => void) | undefined;
  #ended = false;

  constructor(readonly runId: number) {
    this.result = new Promise((resolve) => {
      this.#resolveResult = resolve;
    });
  }

  push(update: RunUpdate): void {
    if (this.#ended) return;
    if (update.final) {
      this.#ended = true;
      this.#resolveResult(update.result);
    }
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting(update);
    else this.#queued.push(update);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RunUpdate, void> {
    for (;;) {
      const update = this.#queued.shift() ?? (await new Promise<RunUpdate>((resolve) => (this.#waiting = resolve)));
      yield update;
      if (update.final) return;
    }
  }
}
