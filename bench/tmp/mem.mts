import fs from "node:fs";
const t0 = performance.now();
const mem = (l: string) => console.log(l, Math.round(performance.now() - t0), "ms", Math.round(process.memoryUsage().rss / 1e6), "MB");
mem("start");
const ts = await import("typescript");
mem("ts imported");
const { createVitest } = await import("vitest/node");
mem("vitest imported");
const { FileTypeChecker } = await import("/work/main/src/runner/typecheck.ts");
const c = new FileTypeChecker("/work/main");
const f = "/work/main/exercises/rate-limiting/token-bucket.ts";
c.check(f, fs.readFileSync(f, "utf8"));
mem("ts checked");
const { VitestSession } = await import("/work/main/src/runner/vitest-session.ts");
const s = await VitestSession.start("/work/main");
mem("vitest created");
await s.run("/work/main/grader/rate-limiting/token-bucket.test.ts", f);
mem("first run");
for (let i = 0; i < 5; i++) { const t = performance.now(); await s.run("/work/main/grader/rate-limiting/token-bucket.test.ts", f); console.log("run", Math.round(performance.now() - t)); }
for (let i = 0; i < 5; i++) { const t = performance.now(); c.check(f, fs.readFileSync(f, "utf8") + `\n// ${i}`); console.log("check", Math.round(performance.now() - t)); }
mem("after");
await s.close();
void ts;
