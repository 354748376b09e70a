/**
 * The report's reading of the numbers: for each target, in how many cases it held and, for a miss, the gap and
 * what bounds it. A group's ceiling is an error handler that only sends a fixed body with the headers every error
 * response must carry: the framework, the thrown error and the socket write cost the same for
 * every handler, so no handler gets past it.
 */
import { CASES, VALIDATION_CASES } from './cases.mjs';
import { median } from './stats.mjs';

const x = (ratio) => `${ratio.toFixed(2)}×`;
const µs = (value) => `${value.toFixed(1)} µs`;

// Express 4 and Fastify 4 have no ceiling variant of their own (to keep the run short); their bound is read from CPU
// time.
const CEILINGS = { express5: 'express5-fixedheaders', koa3: 'koa3-fixedheaders', fastify5: 'fastify5-fixedheaders' };

function targetLine(t, measured) {
  const cases = t.cases;
  const held = cases.filter((c) => measured.ratio(t.ours, t.peer, c.id) >= t.min).length;
  const name = `${t.ours} vs ${t.peer} (≥ ${x(t.min)})`;
  const spread = `the reference against itself ${x(t.noise.low)}–${x(t.noise.high)}`;
  if (t.met && held === cases.length) {
    return `- ${name}: met in all ${cases.length} cases, overall ${x(t.overall)}; worst ${x(t.worst.ratio)} (${t.worst.case}).`;
  }
  if (t.met) {
    return `- ${name}: met, overall ${x(t.overall)}; ${cases.length - held} of ${cases.length} cases below ${x(t.min)}, the worst ${x(t.worst.ratio)} (${t.worst.case}), within this run's noise (${spread}).`;
  }
  const c = t.worst.case;
  const ceiling = CEILINGS[t.group];
  const bound =
    ceiling === undefined
      ? ` Server CPU time per request in that case: ${x(t.worst.cpuRatio)} (peer ÷ ours).`
      : ` There the ceiling (${ceiling}) reached ${x(measured.ratio(ceiling, t.peer, c))} of ${t.peer}; ours reached ${x(measured.ratio(t.ours, ceiling, c))} of the ceiling.`;
  return `- ${name}: **missed**, overall ${x(t.overall)}; ${cases.length - held} of ${cases.length} cases below ${x(t.min)}, worst ${x(t.worst.ratio)} (${c}), ${((t.min - t.worst.ratio) * 100).toFixed(0)} points short (${spread}).${bound}`;
}

/** Median over `cases` of the extra server CPU time per request of `a` over `b`. */
function extraCpu(measured, a, b, cases) {
  return median(cases.map((c) => measured.cpu(a, c.id) - measured.cpu(b, c.id)));
}

/** The lowest and highest ratio of `a` to `b` over `cases`, as "0.97×–1.05×". */
function ratioRange(measured, a, b, cases = CASES) {
  const ratios = cases.map((c) => measured.ratio(a, b, c.id));
  return `${x(Math.min(...ratios))}–${x(Math.max(...ratios))}`;
}

export function analyse(targets, measured) {
  const generic = CASES.filter((c) => c.status !== 422);
  const exposed = CASES.filter((c) => c.status === 422);
  // koa-onerror's JSON answers against Koa's default: 1.2× over the first asks this much × 1.2 of the second.
  const onerrorJson = median(
    CASES.filter((c) => c.format === 'json').map((c) => measured.ratio('koa3-onerror', 'koa3-default', c.id)),
  );
  return [
    '### Where the targets stand',
    '',
    ...targets.map((t) => targetLine(t, measured)),
    '',
    'What bounds the misses:',
    '',
    `- Koa's default handler writes a short text body with two headers. A handler that does nothing but send a fixed body reached ${ratioRange(measured, 'koa3-fixedhandler', 'koa3-default')} of it here; the same handler with the headers every error response carries (Content-Language, X-Content-Type-Options, Vary, set one by one so that loggers still read them from the response) reached ${ratioRange(measured, 'koa3-fixedheaders', 'koa3-default')}. That is the room there is for any handler that keeps the contract.`,
    `- Over that contract ceiling, ours costs a median ${µs(extraCpu(measured, 'koa3-ours', 'koa3-fixedheaders', generic))} of server CPU per request for the 404 and 500 (format and language negotiation, the catalog's words, the larger localized body) and ${µs(extraCpu(measured, 'koa3-ours', 'koa3-fixedheaders', exposed))} for the 422.`,
    `- Express 5: over its contract ceiling, ours costs a median ${µs(extraCpu(measured, 'express5-ours', 'express5-fixedheaders', generic))} of server CPU per request for the 404 and 500 and ${µs(extraCpu(measured, 'express5-ours', 'express5-fixedheaders', exposed))} for the 422; the ceiling itself reached ${ratioRange(measured, 'express5-fixedheaders', 'express5-errorhandler')} of \`errorhandler\`.`,
    `- Validation, five field errors: ours reached ${ratioRange(measured, 'express5-ours', 'express5-handwritten', VALIDATION_CASES)} of the hand-written Express handler and ${ratioRange(measured, 'koa3-ours', 'koa3-trycatch', VALIDATION_CASES)} of the Koa try/catch, and costs a median ${µs(extraCpu(measured, 'express5-ours', 'express5-fixedheaders', VALIDATION_CASES))} (Express 5) and ${µs(extraCpu(measured, 'koa3-ours', 'koa3-fixedheaders', VALIDATION_CASES))} (Koa 3) of server CPU per request over the contract ceiling: reading the issues, the words of five rules in the response's language, the larger body; the hand-written mapping sends zod's English messages as they are.`,
    "- The 422 costs the most everywhere: the error's own members (the field errors) are copied JSON-safe for every response (the copy is what keeps a getter, a cycle or a BigInt from breaking the answer) and compared with the planned response of the same detail. The core path table shows it.",
    `- \`koa-onerror\`'s JSON answer reached a median ${x(onerrorJson)} of Koa's default, so 1.2× over it asks for about ${x(1.2 * onerrorJson)} of Koa's default, to be set against the contract ceiling above. Its HTML page is slower, and there ours is well ahead; so is it against \`errorhandler\`, which formats the stack for every answer.`,
    '- Not done, on purpose: passing every header to `res.writeHead()` at once is a few µs cheaper than `setHeader()`, but Node then hides them from `res.getHeader()`, where access loggers read Content-Length and Content-Type.',
    '- Run to run, a ratio moves by a few points on this machine; the CPU column moves less.',
  ];
}
