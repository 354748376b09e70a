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

/**
 * For every throughput target: the worst case's ratio of ours to the peer in requests/s (what the target is
 * judged on), and the same case's ratio in server CPU time per request (peer's / ours: less sensitive to the
 * machine's other load). Both are medians of per-round ratios (lib/measurements.mjs).
 */
export function checkThroughput(measured) {
  return TARGETS.map((target) => {
    const ours = `${target.group}-ours`;
    const peer = `${target.group}-${target.against}`;
    let worst;
    for (const c of target.cases) {
      const ratio = measured.ratio(ours, peer, c.id);
      if (worst === undefined || ratio < worst.ratio) {
        worst = { ratio, cpuRatio: measured.cpuRatio(peer, ours, c.id), case: c.id };
      }
    }
    return { ...target, ours, peer, worst, met: worst.ratio >= target.min };
  });
}
