// The test worker thread's entry point: vitest's own thread worker, plus one thing vitest cannot
// do, start the database katas' Postgres before any suite asks for it. Plain JavaScript, loaded by
// Node itself inside the worker (no TypeScript loader runs there).
//
// Warm-up requests come on a port of their own (workerData.warmUp), so nothing of ours ever mixes
// with vitest's messages on the thread's parentPort.
import { workerData } from "node:worker_threads";

// The key and the promise grader/support/database.ts reads: a warmed instance is the one the
// suites get.
const DATABASE = Symbol.for("backend-katas.database");

/** @type {import("node:worker_threads").MessagePort} */
const warmUp = workerData.warmUp;
warmUp.on("message", (message) => {
  if (message !== "database") return;
  let created = globalThis[DATABASE];
  if (!created) {
    created = import("@electric-sql/pglite").then(({ PGlite }) => PGlite.create());
    globalThis[DATABASE] = created;
  }
  created.then(
    () => warmUp.postMessage({ ready: "database" }),
    () => {
      // The suite that needs it starts one itself and reports why that failed.
      if (globalThis[DATABASE] === created) delete globalThis[DATABASE];
      warmUp.postMessage({ failed: "database" });
    },
  );
});
// Waiting for a warm-up request must not keep a thread alive that has nothing else to do.
warmUp.unref();

await import(workerData.vitestEntry);
// What every suite's first line imports, loaded now rather than inside the first run: for a
// standby thread that is off the learner's clock. Only the framework, no code of the learner's.
await import("vitest").catch(() => {});
