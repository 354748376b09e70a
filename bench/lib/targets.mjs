import { controlOf, GROUPS } from '../variants.mjs';
import { CASES, VALIDATION_CASES } from './cases.mjs';

/**
 * The performance targets of docs/architecture.md as numbers, checked against the measured ratios, each over its
 * cases (by default the three errors every variant answers). Each result row names the worst case, so a miss says
 * where and by how much.
 */
export const TARGETS = [
  { group: 'express5', against: 'finalhandler', min: 1.0 },
  { group: 'express5', against: 'errorhandler', min: 1.1 },
  { group: 'express4', against: 'finalhandler', min: 1.0 },
  { group: 'express4', against: 'errorhandler', min: 1.1 },
  { group: 'koa3', against: 'default', min: 1.0 },
  { group: 'koa3', against: 'onerror', min: 1.2 },
  { group: 'fastify5', against: 'default', min: 1.0 },
  { group: 'fastify4', against: 'default', min: 1.0 },
  // NestJS 12 on either platform: at least as fast as Nest's own BaseExceptionFilter.
  { group: 'nest12-express', against: 'basefilter', min: 1.0 },
  { group: 'nest12-fastify', against: 'basefilter', min: 1.0 },
  // Validation problems (localized words, pointers, no submitted value) at least as fast as mapping by hand.
  { group: 'express5', against: 'handwritten', min: 1.0, cases: VALIDATION_CASES },
  { group: 'koa3', against: 'trycatch', min: 1.0, cases: VALIDATION_CASES },
  { group: 'fastify5', against: 'handwritten', min: 1.0, cases: VALIDATION_CASES },
].map((target) => ({ cases: CASES, ...target }));

export const MICRO_MAX_RATIO = 2;
export const MEMORY_MAX_RSS_GROWTH = 10 * 2 ** 20;

/** The geometric mean: the typical ratio over a set of cases, where 0.9× and 1.1× cancel out. */
function geometricMean(values) {
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

/**
 * For every throughput target, judged on requests/s (each case's ratio is the median of its per-round ratios,
 * lib/measurements.mjs):
 *
 * - `overall`: the geometric mean of the cases' ratios of ours to the peer. Run to run, one case moves by more
 *   than the few points a target is about; over the cases together, that noise mostly cancels out.
 * - `noise`: the lowest and highest ratio of the group's reference handler to its own second copy
 *   (`controlOf(group)`) over the group's cases: how far apart one handler measures against itself in this run.
 * - `worst`: the case where ours fared worst, with its ratio of server CPU time per request (peer's ÷ ours).
 *
 * A target is met when the overall ratio reaches it and no case falls further below it than the reference falls
 * below itself: a case short of the target by less than that cannot be told from the machine's noise.
 */
export function checkThroughput(measured) {
  return TARGETS.map((target) => {
    const ours = `${target.group}-ours`;
    const peer = `${target.group}-${target.against}`;
    const group = GROUPS.find((candidate) => candidate.id === target.group);
    const againstItself = CASES.map((c) => measured.ratio(controlOf(group), group.reference, c.id));
    const noise = { low: Math.min(...againstItself), high: Math.max(...againstItself) };
    const ratios = target.cases.map((c) => ({ case: c.id, ratio: measured.ratio(ours, peer, c.id) }));
    const lowest = ratios.reduce((low, next) => (next.ratio < low.ratio ? next : low));
    const worst = { ...lowest, cpuRatio: measured.cpuRatio(peer, ours, lowest.case) };
    const overall = geometricMean(ratios.map(({ ratio }) => ratio));
    const met = overall >= target.min && worst.ratio >= target.min * Math.min(1, noise.low);
    return { ...target, ours, peer, overall, noise, worst, met };
  });
}
