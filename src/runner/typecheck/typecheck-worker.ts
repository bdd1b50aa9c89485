/**
 * The type checker in its own thread. Its first check loads lib.d.ts and @types/node (≈ 1 s of
 * CPU); on the host's main thread that would stall the vitest worker, which needs the main
 * thread to serve its module requests. Here it runs beside the tests, on the other core.
 */
import { parentPort, workerData } from "node:worker_threads";
import { fullGarbageCollector } from "./collect-garbage.ts";
import { FileTypeChecker } from "./typecheck.ts";

export interface CheckRequest {
  id: number;
  file: string;
  content: string;
}

const checker = new FileTypeChecker((workerData as { root: string }).root);
const collectGarbage = fullGarbageCollector();
let lastFile: string | undefined;

parentPort?.on("message", (request: CheckRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, errors: checker.check(request.file, request.content) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, failure: error instanceof Error ? error.message : String(error) });
  }
  // Another kata's file: the previous file's program is garbage now (collect-garbage.ts says why
  // it is collected here). After the reply, so no result waits for it.
  if (lastFile !== undefined && request.file !== lastFile) setImmediate(collectGarbage);
  lastFile = request.file;
});
