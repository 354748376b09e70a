/**
 * For each target: in how many cases it held, and for a miss the measured gap and what bounds it: the
 * error-path ceiling of the group (an error handler that only sends a fixed body) is the most any error
 * handler could reach on this machine, given the framework, the thrown error and the socket write.
 */
import { CASES } from './cases.mjs';

const x = (ratio) => `${ratio.toFixed(2)}×`;

function ceilingOf(group) {
  return group === 'koa3' ? 'koa3-fixedhandler' : 'express5-fixedhandler';
}

export function analyse(targets, medians) {
  const lines = [];
  for (const t of targets) {
    const held = CASES.filter((c) => medians[t.ours][c.id] / medians[t.peer][c.id] >= t.min);
    if (t.met) {
      lines.push(`- ${t.ours} vs ${t.peer} (≥ ${x(t.min)}): met in all ${CASES.length} cases.`);
      continue;
    }
    const c = CASES.find((candidate) => candidate.id === t.worst.case);
    const ceiling = ceilingOf(t.group);
    const bound = medians[ceiling][c.id] / medians[t.peer][c.id];
    const ofCeiling = medians[t.ours][c.id] / medians[ceiling][c.id];
    lines.push(
      `- ${t.ours} vs ${t.peer} (≥ ${x(t.min)}): **missed** in ${CASES.length - held.length} of ${CASES.length} cases; worst ${x(t.worst.ratio)} (${c.id}), a gap of ${((t.min - t.worst.ratio) * 100).toFixed(0)} points. In that case the error-path ceiling (${ceiling}) reached ${x(bound)} of ${t.peer}, and ours ${x(ofCeiling)} of that ceiling.`,
    );
  }
  return ['### Where the targets stand', '', ...lines];
}
