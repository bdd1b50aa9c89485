import { buildCatalog, type Catalog } from "../../src/catalog/catalog.ts";
import type { CatalogFile, CatalogKata, Phase } from "../../src/catalog/schema.ts";
import { emptyProgress, type Progress } from "../../src/progress/schema.ts";
import type { KataResult, TestOutcome } from "../../src/results/result.ts";

/** A catalog entry: its phase and paths follow from the id. */
export function kataEntry(id: string, overrides: Partial<CatalogKata> = {}): CatalogKata {
  const name = id.split("/")[1] ?? "";
  return {
    id,
    title: `Title of ${name}`,
    teaches: `What ${name} teaches`,
    hints: [`first hint for ${name}`, `second hint for ${name}`],
    ...overrides,
  };
}

/** The catalog.json contents for these kata ids; phases are derived from the ids in first-seen order. */
export function catalogFile(ids: readonly string[], phases?: readonly Phase[]): CatalogFile {
  const derived: Phase[] = [];
  for (const id of ids) {
    const phase = id.split("/")[0] ?? "";
    if (!derived.some((p) => p.id === phase)) derived.push({ id: phase, title: `Phase ${phase}` });
  }
  return { formatVersion: 2, phases: [...(phases ?? derived)], katas: ids.map((id) => kataEntry(id)) };
}

export function makeCatalog(ids: readonly string[], phases?: readonly Phase[]): Catalog {
  return buildCatalog(catalogFile(ids, phases));
}

/** Three katas in two phases: a/one, a/two, b/three. */
export const THREE = ["a/one", "a/two", "b/three"] as const;

export function progressWith(done: readonly string[] = [], extra: Partial<Progress> = {}): Progress {
  const progress = emptyProgress();
  return { ...progress, done: Object.fromEntries(done.map((id) => [id, "2026-01-01T00:00:00.000Z"])), ...extra };
}

export function passingTest(name: string, extra: Partial<TestOutcome> = {}): TestOutcome {
  return { name, fullName: name, status: "pass", ...extra };
}

export function failingTest(name: string, message: string, extra: Partial<TestOutcome> = {}): TestOutcome {
  return { name, fullName: name, status: "fail", message, ...extra };
}

export function kataResult(kataId: string, status: KataResult["status"], extra: Partial<KataResult> = {}): KataResult {
  const tests = status === "pass" ? [passingTest("works")] : status === "fail" ? [failingTest("works", "expected 1 to be 2")] : [];
  return { kataId, status, tests, typeErrors: [], durationMs: 5, ...extra };
}

/** A promise the test resolves or rejects when it chooses. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every queued microtask (promise callback) run. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
