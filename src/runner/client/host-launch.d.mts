import type { ChildProcess } from "node:child_process";
import type { Bundle } from "../../bundle/bundle.d.mts";

export function forkHost(root: string, bundle: Bundle): ChildProcess;
