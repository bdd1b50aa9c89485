/**
 * A clock the test moves by hand, for katas that take an injected `now: () => number`.
 * Shared by the hidden suites; not part of any kata.
 */
export function makeClock(start = 0) {
  let t = start;
  return {
    now: () => t,
    set(ms: number) {
      t = ms;
    },
  };
}
