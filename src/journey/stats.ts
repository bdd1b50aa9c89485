import type { Catalog } from "../catalog/catalog.ts";
import type { Progress } from "../progress/schema.ts";
import { journalOf } from "./journal.ts";

/**
 * Where a learner stands, computed from progress alone. Pure: `stats` prints it as text or JSON,
 * and the same figures can feed a report.
 *
 * The checkpoints follow the roadmap the curriculum is built on: which phases a backend developer
 * is expected to have behind them 6, 12, 18 and 24 months from junior.
 */
export const CHECKPOINTS: ReadonlyArray<{ months: number; phases: readonly string[] }> = [
  { months: 6, phases: ["data-structures", "solid", "node-internals"] },
  { months: 12, phases: ["caching", "rate-limiting", "resilience", "http-apis"] },
  { months: 18, phases: ["databases", "messaging"] },
  { months: 24, phases: ["system-design", "observability"] },
];

export interface KataStats {
  id: string;
  done: boolean;
  passedAt?: string;
  attempts: number;
  hints: number;
  resets: number;
  activeMs: number;
  /** Active time from first opening to the first pass. */
  timeToPassMs?: number;
}

export interface Stats {
  done: number;
  total: number;
  activeMs: number;
  phases: Array<{ id: string; title: string; done: number; total: number; activeMs: number }>;
  katas: KataStats[];
  /** Consecutive days, ending today or yesterday, with at least one kata passed. */
  streakDays: number;
  /** The done katas that took longest to pass, slowest first (at most five). */
  slowest: Array<{ id: string; timeToPassMs: number }>;
  /** The checkpoints every phase of which is done, and the next one with what it still needs. */
  checkpoints: Array<{ months: number; done: number; total: number; reached: boolean }>;
}

export function computeStats(catalog: Catalog, progress: Progress, now: Date): Stats {
  const katas: KataStats[] = catalog.katas.map((kata) => {
    const journal = journalOf(progress, kata.id);
    const passedAt = progress.done[kata.id];
    return {
      id: kata.id,
      done: passedAt !== undefined,
      ...(passedAt ? { passedAt } : {}),
      attempts: journal.attempts,
      hints: progress.hintsShown[kata.id] ?? 0,
      resets: journal.resets,
      activeMs: journal.activeMs,
      ...(passedAt && journal.passedAfterMs !== undefined ? { timeToPassMs: journal.passedAfterMs } : {}),
    };
  });
  const byId = new Map(katas.map((kata) => [kata.id, kata]));
  const phases = catalog.phases.map((phase) => {
    const inPhase = catalog.katas.filter((kata) => kata.phase === phase.id).map((kata) => byId.get(kata.id) as KataStats);
    return { id: phase.id, title: phase.title, done: inPhase.filter((k) => k.done).length, total: inPhase.length, activeMs: sum(inPhase.map((k) => k.activeMs)) };
  });
  const checkpoints = CHECKPOINTS.map(({ months, phases: ids }) => {
    const relevant = phases.filter((phase) => ids.includes(phase.id));
    const done = sum(relevant.map((p) => p.done));
    const total = sum(relevant.map((p) => p.total));
    return { months, done, total, reached: total > 0 && done === total };
  }).filter((checkpoint) => checkpoint.total > 0);
  const slowest = katas
    .filter((k): k is KataStats & { timeToPassMs: number } => k.timeToPassMs !== undefined)
    .sort((a, b) => b.timeToPassMs - a.timeToPassMs)
    .slice(0, 5)
    .map(({ id, timeToPassMs }) => ({ id, timeToPassMs }));
  return {
    done: katas.filter((k) => k.done).length,
    total: katas.length,
    activeMs: sum(katas.map((k) => k.activeMs)),
    phases,
    katas,
    streakDays: streak(Object.values(progress.done), now),
    slowest,
    checkpoints,
  };
}

/** Days in a row with a pass, counted back from today (or from yesterday, when today has none yet), in local time. */
export function streak(passTimes: readonly string[], now: Date): number {
  const days = new Set(passTimes.map((time) => localDay(new Date(time))));
  const day = new Date(now);
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let count = 0;
  while (days.has(localDay(day))) {
    count++;
    day.setDate(day.getDate() - 1);
  }
  return count;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "4 attempts, 12 min", for the pass banner. */
export function describeEffort(attempts: number, activeMs: number): string {
  return `${attempts} ${attempts === 1 ? "attempt" : "attempts"}, ${formatDuration(activeMs)}`;
}

/** The stats as plain text, for a terminal or a log. Pure. */
export function formatStats(stats: Stats): string {
  const lines = [`${stats.done}/${stats.total} katas done · ${formatDuration(stats.activeMs)} of practice · streak: ${stats.streakDays} ${stats.streakDays === 1 ? "day" : "days"}`, ""];
  for (const phase of stats.phases) lines.push(`${phase.title.padEnd(32)} ${`${phase.done}/${phase.total}`.padStart(5)}  ${phase.activeMs > 0 ? formatDuration(phase.activeMs) : "—"}`);
  lines.push("", "Checkpoints (months from junior):");
  for (const checkpoint of stats.checkpoints) lines.push(`  ${checkpoint.reached ? "✓" : "·"} ${String(checkpoint.months).padStart(2)} months  ${checkpoint.done}/${checkpoint.total} katas`);
  const worked = stats.katas.filter((k) => k.attempts > 0 || k.done);
  if (worked.length) {
    lines.push("", "Katas worked on (attempts · hints · time):");
    for (const kata of worked) lines.push(`  ${kata.done ? "✓" : "·"} ${kata.id.padEnd(40)} ${String(kata.attempts).padStart(3)} · ${kata.hints} · ${kata.timeToPassMs !== undefined ? `${formatDuration(kata.timeToPassMs)} to pass` : formatDuration(kata.activeMs)}`);
  }
  if (stats.slowest.length) {
    lines.push("", "Slowest to pass:");
    for (const kata of stats.slowest) lines.push(`  ${kata.id.padEnd(40)} ${formatDuration(kata.timeToPassMs)}`);
  }
  return lines.join("\n");
}
