import type { ChildProcess } from "node:child_process";
import { buildHost } from "./host-build.ts";
import { forkHost } from "./host-launch.mjs";

/** Starts the runner host, building its bundle first if src/ changed since the last build. */
export function spawnHost(root: string): ChildProcess {
  return forkHost(root, buildHost());
}
