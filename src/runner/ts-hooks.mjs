// Module hooks that let the runner host load the grader's own TypeScript (src/**/*.ts) with
// esbuild, and pass everything else straight through.
//
// Why not tsx, as for the rest of src/: tsx's hooks also process every file under node_modules,
// which in the host — the process that loads vitest, vite and TypeScript — doubled both start-up
// time and memory (≈ 2.4 s and 380 MB against 1.2 s and 186 MB, measured with
// `npm run bench`-style timing on this 2-core machine). This file is plain JavaScript because
// it is what makes TypeScript loadable.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && url.endsWith(".ts") && !url.includes("/node_modules/")) {
    const file = fileURLToPath(url);
    const { code } = transformSync(readFileSync(file, "utf8"), { loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
    return { format: "module", source: code, shortCircuit: true };
  }
  return nextLoad(url, context);
}
