/**
 * Orchestrated saga with compensations — reference solution.
 *
 * Each step commits on its own (its own service, its own database), so there is nothing to roll
 * back: a failure is undone by running the completed steps' compensations, newest first. A
 * compensation must not give up at the first error — an unrefunded payment is worse than a slow
 * one — so it is retried, and one that still fails is reported for a human rather than stopping
 * the others. A production orchestrator also persists its progress after every step, so that a
 * crash of the orchestrator itself resumes the saga instead of forgetting it.
 */

export interface SagaStep {
  name: string;
  action: (results: Readonly<Record<string, unknown>>) => Promise<unknown>;
  compensate?: (result: unknown) => Promise<void>;
}

export type SagaOutcome =
  | { status: "completed"; results: Record<string, unknown> }
  | { status: "compensated"; failedStep: string; error: unknown }
  | { status: "stuck"; failedStep: string; error: unknown; uncompensated: string[] };

export interface SagaOptions {
  compensationAttempts?: number;
}

export async function runSaga(steps: SagaStep[], { compensationAttempts = 3 }: SagaOptions = {}): Promise<SagaOutcome> {
  if (!Number.isInteger(compensationAttempts) || compensationAttempts <= 0) {
    throw new RangeError(`compensationAttempts must be a positive integer, got ${compensationAttempts}`);
  }
  const names = new Set<string>();
  for (const step of steps) {
    if (names.has(step.name)) throw new Error(`duplicate saga step name "${step.name}"`);
    names.add(step.name);
  }

  const results: Record<string, unknown> = {};
  const done: SagaStep[] = [];
  for (const step of steps) {
    try {
      results[step.name] = await step.action({ ...results });
    } catch (error) {
      // The failed step itself is not compensated: its action did not complete.
      const uncompensated = await compensate(done.reverse(), results, compensationAttempts);
      return uncompensated.length === 0
        ? { status: "compensated", failedStep: step.name, error }
        : { status: "stuck", failedStep: step.name, error, uncompensated };
    }
    done.push(step);
  }
  return { status: "completed", results };
}

async function compensate(steps: SagaStep[], results: Record<string, unknown>, attempts: number): Promise<string[]> {
  const uncompensated: string[] = [];
  for (const step of steps) {
    if (!step.compensate) continue;
    let undone = false;
    for (let attempt = 1; attempt <= attempts && !undone; attempt++) {
      try {
        await step.compensate(results[step.name]);
        undone = true;
      } catch {
        // Retried: compensations are written to be safe to repeat.
      }
    }
    if (!undone) uncompensated.push(step.name);
  }
  return uncompensated;
}
