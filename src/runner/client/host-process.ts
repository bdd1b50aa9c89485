import type { ChildProcess } from "node:child_process";
import { buildBundle } from "../../bundle/bundle.mjs";
import { forkHost } from "./host-launch.mjs";

/** Starts the runner host, building the bundle first if src/ changed since the last build. */
export function spawnHost(root: string): ChildProcess {
  return forkHost(root, buildBundle());
}
