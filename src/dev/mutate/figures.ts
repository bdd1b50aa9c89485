import { locationOf, mutantKey, oneLineDiff, type MutantKey } from "./describe-mutant.ts";
import { matchEquivalents, type EquivalentEntry, type Equivalents } from "./equivalents.ts";
import type { StrykerMutant, StrykerReport } from "./stryker-report.ts";

/** A surviving mutant, as the report shows it: where, what changed, and its key for the equivalents file. */
export interface Survivor {
  location: string;
  status: "Survived" | "NoCoverage";
  diff: string;
  key: MutantKey;
}

/** One kata's counts and scores: what grader/mutation-report.json keeps per kata. */
export interface KataScore {
  id: string;
  mutants: number;
  killed: number;
  survived: number;
  timedOut: number;
  noCoverage: number;
  /** Compile and runtime errors: Stryker counts these mutants as invalid, outside every score. */
  invalid: number;
  /** Not tested: static mutants (see plan.ts). Outside every score. */
  ignored: number;
  /** Survivors (survived or not covered) that grader/mutation-equivalents.json explains. */
  equivalent: number;
  /** Survivors nothing explains. */
  unexplained: number;
  /** Killed + timed out over valid mutants, in percent (one decimal); null when the kata has no valid mutant. */
  rawScore: number | null;
  /** The same with equivalent mutants left out of the count. */
  score: number | null;
}

export interface KataFigures extends KataScore {
  file: string;
  /** Survivors nothing explains, in file order. */
  survivors: Survivor[];
  /** Equivalents entries that matched no survivor (killed now, or the code changed). */
  staleEquivalents: EquivalentEntry[];
}

export interface KataRef {
  id: string;
  solution: string;
}

function percent(detected: number, valid: number): number | null {
  return valid > 0 ? Math.round((detected / valid) * 1000) / 10 : null;
}

function byPosition(a: StrykerMutant, b: StrykerMutant): number {
  return a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || a.mutatorName.localeCompare(b.mutatorName);
}

/** One kata's figures from the report of a run that mutated its solution. Pure. */
export function kataFigures(kata: KataRef, report: StrykerReport, equivalents: Equivalents): KataFigures {
  const file = report.files[kata.solution];
  const mutants = [...(file?.mutants ?? [])].sort(byPosition);
  const count = (status: StrykerMutant["status"]) => mutants.filter((m) => m.status === status).length;
  const [killed, survived, timedOut, noCoverage] = [count("Killed"), count("Survived"), count("Timeout"), count("NoCoverage")];
  const invalid = count("CompileError") + count("RuntimeError");
  const source = file?.source ?? "";
  const undetected = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  const match = matchEquivalents(undetected, (m) => mutantKey(kata.solution, source, m), equivalents.katas[kata.id] ?? []);
  const valid = killed + timedOut + survived + noCoverage;
  return {
    id: kata.id,
    file: kata.solution,
    mutants: mutants.length,
    killed,
    survived,
    timedOut,
    noCoverage,
    invalid,
    ignored: count("Ignored"),
    equivalent: match.explained.length,
    unexplained: match.unexplained.length,
    rawScore: percent(killed + timedOut, valid),
    score: percent(killed + timedOut, valid - match.explained.length),
    survivors: match.unexplained.map((m) => ({
      location: locationOf(kata.solution, m),
      status: m.status as Survivor["status"],
      diff: oneLineDiff(source, m),
      key: mutantKey(kata.solution, source, m),
    })),
    staleEquivalents: match.stale,
  };
}

export interface Totals extends Omit<KataScore, "id"> {
  katas: number;
}

/** The catalog-wide line: scores over all mutants together, not an average of kata scores. Pure. */
export function totals(scores: readonly KataScore[]): Totals {
  const sum = (pick: (score: KataScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  const [killed, timedOut, survived, noCoverage, equivalent] = [sum((s) => s.killed), sum((s) => s.timedOut), sum((s) => s.survived), sum((s) => s.noCoverage), sum((s) => s.equivalent)];
  const valid = killed + timedOut + survived + noCoverage;
  return {
    katas: scores.length,
    mutants: sum((s) => s.mutants),
    killed,
    survived,
    timedOut,
    noCoverage,
    invalid: sum((s) => s.invalid),
    ignored: sum((s) => s.ignored),
    equivalent,
    unexplained: sum((s) => s.unexplained),
    rawScore: percent(killed + timedOut, valid),
    score: percent(killed + timedOut, valid - equivalent),
  };
}

/** The figures without the survivor lines, for the committed report. */
export function scoreOf(figures: KataFigures): KataScore {
  const { file: _file, survivors: _survivors, staleEquivalents: _stale, ...score } = figures;
  return score;
}
