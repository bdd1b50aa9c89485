import { Worker } from "node:worker_threads";
import type { TypeError_ } from "../../results/result.ts";
import type { CheckRequest } from "../typecheck/typecheck-worker.ts";

type Reply = { id: number; errors: TypeError_[] } | { id: number; failure: string };

/** The host's handle on the type-checker thread (typecheck-worker.ts). */
export class TypeCheckClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: Reply) => void>();
  #nextId = 1;
  /** Why the checker's thread is gone, once it is. */
  #dead: string | undefined;

  constructor(root: string) {
    // The bundled typecheck-worker.ts, built next to the host (bundle/bundle.mjs).
    const workerFile = process.env.KATA_TYPECHECK_WORKER;
    if (!workerFile) throw new Error("KATA_TYPECHECK_WORKER is not set: start the runner host through spawnHost()");
    this.#worker = new Worker(workerFile, { workerData: { root } });
    this.#worker.on("message", (reply: Reply) => {
      this.#pending.get(reply.id)?.(reply);
      this.#pending.delete(reply.id);
    });
    // A checker that dies (out of memory) must not leave its runs waiting forever: once the tests
    // have finished, no watchdog guards them.
    const fail = (why: string) => {
      this.#dead ??= why;
      for (const answer of this.#pending.values()) answer({ id: 0, failure: why });
      this.#pending.clear();
    };
    this.#worker.on("error", (error) => fail(error.message));
    this.#worker.on("exit", (code) => fail(`its thread exited with code ${code}`));
    this.#worker.unref();
  }

  /** Type errors in `file` (with this `content`); a checker failure is reported as one error. */
  check(file: string, content: string): Promise<TypeError_[]> {
    const id = this.#nextId++;
    const failed = (why: string): TypeError_[] => [{ line: 1, column: 1, code: 0, message: `the type checker failed: ${why}` }];
    if (this.#dead) return Promise.resolve(failed(this.#dead));
    return new Promise((resolve) => {
      this.#pending.set(id, (reply) =>
        resolve("errors" in reply ? reply.errors : failed(reply.failure)),
      );
      this.#worker.postMessage({ id, file, content } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
