/**
 * The throughput numbers of a run and the ratios read from them. Every variant runs every case once per round,
 * and a group's variants run back to back, so a ratio is taken round by round (ours ÷ the peer of the same
 * round) and the median of those is reported: the machine's other load changes over seconds, and a ratio of
 * two medians taken at different moments would carry that change into the comparison.
 */
import { median } from './stats.mjs';

/**
 * @param rps requests/s of each run, `rps[variantId][caseId][round]`
 * @param cpu server CPU µs per request of each run, indexed the same way
 * @param fromIdle server CPU µs per request of the run that starts each block of a process, before its warm-up
 *   (`fromIdle[variantId]`, one per block)
 */
export function measurements(rps, cpu, fromIdle = {}) {
  const medianOf = (table, id, caseId) => median(table[id][caseId]);
  const pairedMedian = (table, a, b, caseId) =>
    median(table[a][caseId].map((value, round) => value / table[b][caseId][round]));
  return {
    /** Median requests/s of a variant in a case. */
    rps: (id, caseId) => medianOf(rps, id, caseId),
    /** Median server CPU time per request (µs) of a variant in a case. */
    cpu: (id, caseId) => medianOf(cpu, id, caseId),
    /** Requests/s of `a` ÷ `b` in a case: the median of the per-round ratios. */
    ratio: (a, b, caseId) => pairedMedian(rps, a, b, caseId),
    /** Server CPU time per request of `a` ÷ `b` in a case: the median of the per-round ratios. */
    cpuRatio: (a, b, caseId) => pairedMedian(cpu, a, b, caseId),
    /** Median server CPU time per request (µs) of a variant in the run that starts a block, before the warm-up. */
    fromIdle: (id) => median(fromIdle[id] ?? []),
  };
}
