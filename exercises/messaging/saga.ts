/**
 * Saga with compensations
 *
 * What you build
 *   An orchestrator that runs a business process as a sequence of local steps — create the order,
 *   charge the payment, reserve the stock — and, when a step fails, undoes the completed ones by
 *   running their compensations in reverse order.
 *
 * Why it matters
 *   Once orders, payments and stock live in different services with their own databases, one
 *   ACID transaction cannot cover them, and two-phase commit across services is rarely available
 *   or wanted. A saga (Garcia-Molina and Salem, 1987) replaces the one transaction with a chain of
 *   local ones, each paired with a compensating action that semantically undoes it: a refund for a
 *   charge, a cancellation for an order. The outbox of kata 6 is how each step's service
 *   reliably announces that it is done.
 *
 * Your task
 *   Implement `runSaga(steps, options?): Promise<SagaOutcome>`.
 *   - A step is `{ name, action, compensate? }`. Run the actions one after another, in array
 *     order, each awaited before the next starts. `action(results)` receives an object mapping
 *     the name of every EARLIER step to the value its action resolved with (a copy: changing it
 *     changes nothing for later steps), so "payment" can read the order id from `results.order`.
 *   - All actions succeed → `{ status: "completed", results }` with every step's result by name.
 *   - An action rejects → that step is NOT compensated (it did not complete). The steps that
 *     completed are compensated newest first; `compensate(result)` receives that step's own
 *     action result (the payment id to refund). Steps without `compensate` are skipped.
 *     Each compensation that rejects is retried at once, up to `compensationAttempts` attempts in
 *     all (default 3); one that fails every attempt is recorded and the remaining (older) steps are
 *     still compensated. Then resolve (never reject for a failed step):
 *     - `{ status: "compensated", failedStep, error }` if every compensation succeeded, where
 *       `error` is the action's rejection value as is;
 *     - `{ status: "stuck", failedStep, error, uncompensated }` otherwise, `uncompensated` listing
 *       the names of the steps whose compensation gave up, in the order they were tried.
 *   Errors, thrown (rejected) before any action runs: an `Error` whose message contains the name
 *   if two steps share a name; a `RangeError` unless `compensationAttempts` is a positive integer.
 *   An empty list of steps completes with `results` `{}`.
 *
 * Example
 *   const outcome = await runSaga([
 *     { name: "order",   action: async () => orders.create(cart),        compensate: async (id) => orders.cancel(id) },
 *     { name: "payment", action: async (r) => payments.charge(r.order),  compensate: async (id) => payments.refund(id) },
 *     { name: "stock",   action: async (r) => stock.reserve(r.order) },  // throws: out of stock
 *   ]);
 *   // payments.refund(paymentId), then orders.cancel(orderId), then:
 *   // { status: "compensated", failedStep: "stock", error: Error("out of stock") }
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

export async function runSaga(steps: SagaStep[], options: SagaOptions = {}): Promise<SagaOutcome> {
  void steps;
  void options;
  throw new Error("not implemented");
}
