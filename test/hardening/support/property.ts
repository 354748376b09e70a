import type fc from 'fast-check';

/**
 * Parameters for `fc.assert`. On a failure fast-check's message carries the `seed` and `path` of the
 * counterexample; to replay it, run the same file with `FC_SEED=<seed> FC_PATH=<path>`. `HARDENING_RUNS`
 * scales every run count (e.g. `HARDENING_RUNS=10` for a long local fuzzing session).
 */
export function params<T>(numRuns: number): fc.Parameters<T> {
  const scale = Number(process.env.HARDENING_RUNS ?? '1');
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  return {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    ...(seed === undefined ? {} : { seed }),
    ...(process.env.FC_PATH === undefined ? {} : { path: process.env.FC_PATH }),
    // Shrinking a counterexample that involves a server costs many requests; keep it bounded.
    interruptAfterTimeLimit: 60_000,
    markInterruptAsFailure: true,
  };
}
