/**
 * The report's reading of the numbers: for each target, in how many cases it held and, for a miss, the gap and
 * what bounds it. The error-path ceiling of a group (an error handler that only sends a fixed body) is the most
 * any error handler can reach there: the framework, the thrown error and the socket write cost the same.
 */
import { CASES } from './cases.mjs';
import { median } from './stats.mjs';

const x = (ratio) => `${ratio.toFixed(2)}×`;
const µs = (value) => `${value.toFixed(1)} µs`;

// Express 4 has no ceiling variant of its own (to keep the run short); its bound is read from CPU time.
const CEILINGS = { express5: 'express5-fixedhandler', koa3: 'koa3-fixedhandler' };

function targetLine(t, medians) {
  const held = CASES.filter((c) => medians[t.ours][c.id] / medians[t.peer][c.id] >= t.min).length;
  const name = `${t.ours} vs ${t.peer} (≥ ${x(t.min)})`;
  if (t.met) return `- ${name}: met in all ${CASES.length} cases; worst ${x(t.worst.ratio)} (${t.worst.case}).`;
  const c = t.worst.case;
  const ceiling = CEILINGS[t.group];
  const bound =
    ceiling === undefined
      ? ` Server CPU time per request in that case: ${x(t.worst.cpuRatio)} (peer ÷ ours).`
      : ` There the error-path ceiling (${ceiling}) reached ${x(medians[ceiling][c] / medians[t.peer][c])} of ${t.peer}; ours reached ${x(medians[t.ours][c] / medians[ceiling][c])} of the ceiling.`;
  return `- ${name}: **missed** in ${CASES.length - held} of ${CASES.length} cases; worst ${x(t.worst.ratio)} (${c}), ${((t.min - t.worst.ratio) * 100).toFixed(0)} points short.${bound}`;
}

/** Median over `cases` of the extra server CPU time per request of `a` over `b`. */
function extraCpu(cpu, a, b, cases) {
  return median(cases.map((c) => cpu[a][c.id] - cpu[b][c.id]));
}

export function analyse(targets, medians, cpu) {
  const generic = CASES.filter((c) => c.status !== 422);
  const exposed = CASES.filter((c) => c.status === 422);
  const koaHeadroom = CASES.map((c) => medians['koa3-fixedhandler'][c.id] / medians['koa3-default'][c.id]);
  return [
    '### Where the targets stand',
    '',
    ...targets.map((t) => targetLine(t, medians)),
    '',
    'What bounds the misses:',
    '',
    `- Koa's default handler writes a short text body with two headers. Even a handler that does nothing but send a fixed body reached only ${x(Math.min(...koaHeadroom))}–${x(Math.max(...koaHeadroom))} of it here: that is all the room there is. Over Koa's default, ours costs a median ${µs(extraCpu(cpu, 'koa3-ours', 'koa3-default', generic))} of server CPU per request for the 404 and 500 (the negotiated body and the headers DESIGN.md asks for: Content-Language, X-Content-Type-Options, Vary, and the CSP of the HTML page) and ${µs(extraCpu(cpu, 'koa3-ours', 'koa3-default', exposed))} for the 422.`,
    "- The 422 is the slowest case everywhere: the error's own members (the field errors) are copied JSON-safe and serialized for every response, and the response is looked up by its content, not by status and locale alone. See the core path table: about 3× the minimum work, where the 404 and 500 are under 2×.",
    "- `errorhandler` formats the stack for every answer and `koa-onerror` for its HTML page: there ours is well ahead. `koa-onerror`'s JSON answer costs little more than Koa's default, so 1.2× over it needs a handler close to the fixed-body ceiling.",
    '- Run to run, a ratio moves by a few points on this machine (other work shares its two cores); the CPU column moves less.',
  ];
}
