/** Writes bench/RESULTS.md from the measured numbers. */
import { writeFileSync } from 'node:fs';
import { CASES, VALIDATION_CASES } from './cases.mjs';
import { MEMORY_MAX_RSS_GROWTH, MICRO_MAX_RATIO, TARGETS } from './targets.mjs';

const MiB = (bytes) => (bytes / 2 ** 20).toFixed(1);
const x = (ratio) => `${ratio.toFixed(2)}×`;
const whole = (value) => Math.round(value).toLocaleString('en-US');

/** One row per case, one column per variant: `cell(variant, case)`. */
function table(variants, cell, cases = CASES) {
  return [
    `| case | ${variants.map((v) => v.label).join(' | ')} |`,
    `|---|${variants.map(() => '---:').join('|')}|`,
    ...cases.map((c) => `| ${c.id} | ${variants.map((v) => cell(v, c)).join(' | ')} |`),
  ];
}

/** A table cell: median requests/s, and the median of the per-round ratios to `reference`. */
const rpsCell = (measured, reference) => (v, c) =>
  `${whole(measured.rps(v.id, c.id))} (${x(measured.ratio(v.id, reference, c.id))})`;

function groupSection(group, measured, settings) {
  return [
    `### ${group.title}`,
    '',
    `Median requests/s (median ratio to ${group.referenceLabel}, round by round):`,
    '',
    ...table(group.variants, rpsCell(measured, group.reference)),
    '',
    'Median server CPU time per request, µs (user + system, of the server process):',
    '',
    ...table(group.variants, (v, c) => measured.cpu(v.id, c.id).toFixed(1)),
    '',
    ...fromIdleLines(group, measured, settings),
  ];
}

/**
 * What the error path costs when it runs again after the process sat idle: reported, not judged (a target is
 * about the error path of a busy server; these are the requests of an app whose errors come now and then).
 */
function fromIdleLines(group, measured, { fromIdle, fromIdleCase }) {
  const cell = (v) => {
    const cost = measured.fromIdle(v.id);
    return `${cost.toFixed(1)} (${x(cost / measured.cpu(v.id, fromIdleCase))})`;
  };
  return [
    `Back from idle: median server CPU time per request, µs, in the first ${fromIdle} s of ${fromIdleCase} at the start of each block, before the warm-up (the process had sat idle for minutes while the others ran; in the first round it had answered only the check requests), and its ratio to the same case after the warm-up:`,
    '',
    `| | ${group.variants.map((v) => v.label).join(' | ')} |`,
    `|---|${group.variants.map(() => '---:').join('|')}|`,
    `| back from idle | ${group.variants.map(cell).join(' | ')} |`,
    '',
  ];
}

/** The validation case of a group, against the hand-written mapping its target names; none without one. */
function validationSection(group, measured) {
  const target = TARGETS.find((t) => t.group === group.id && t.cases === VALIDATION_CASES);
  if (target === undefined) return [];
  const ids = VALIDATION_CASES[0].variants.filter((id) => id.startsWith(`${group.id}-`));
  const variants = group.variants.filter((v) => ids.includes(v.id));
  return [
    `#### ${group.title}: validation, five field errors`,
    '',
    `Median requests/s (ratio to ${variants.find((v) => v.handler === target.against).label}):`,
    '',
    ...table(variants, rpsCell(measured, `${group.id}-${target.against}`), VALIDATION_CASES),
    '',
    'Median server CPU time per request, µs:',
    '',
    ...table(variants, (v, c) => measured.cpu(v.id, c.id).toFixed(1), VALIDATION_CASES),
    '',
  ];
}

function targetRows(targets) {
  return targets.map(
    (t) =>
      `| ${t.ours} ≥ ${t.min.toFixed(1)}× ${t.peer} | ${x(t.overall)} | ${x(t.worst.ratio)} (${t.worst.case}) | ${x(t.noise.low)}–${x(t.noise.high)} | ${x(t.worst.cpuRatio)} | ${t.met ? 'met' : '**missed**'} |`,
  );
}

function memoryRow(m) {
  const growth = m.after.rss - m.before.rss;
  const snapshot = (s) => `${MiB(s.rss)} / ${MiB(s.heapUsed)} / ${MiB(s.heapTotal)}`;
  return `| ${m.variant.label} | ${whole(m.warmup)} + ${whole(m.requests)} | ${snapshot(m.start)} | ${snapshot(m.before)} | ${snapshot(m.middle)} | ${snapshot(m.after)} | ${MiB(growth)} MiB | ${growth < MEMORY_MAX_RSS_GROWTH ? 'met' : '**missed**'} |`;
}

export function writeReport(path, run) {
  const { info, settings, groups, measured, targets, micro, memory, notes, analysis } = run;
  const microWorst = Math.max(...micro.map((m) => m.ratio));
  const memoryMet = memory.every((m) => m.after.rss - m.before.rss < MEMORY_MAX_RSS_GROWTH);
  const packages = Object.entries(info.packages).map(([name, version]) => `${name} ${version}`);
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`pnpm bench\` on ${info.date}, at commit ${info.commit} with the working tree as it was. Numbers are from one machine and one run: re-run it for numbers of your own.`,
    '',
    `- Machine: ${info.cpus} CPUs (\`nproc\`), ${info.cpuModel}, ${info.memoryGiB} GiB, ${info.platform}; load average ${info.load.join(' ')} at the start, ${run.endLoad.join(' ')} at the end (the run itself keeps about two cores busy: its servers and the load generator).`,
    `- Node ${info.node}; ${packages.join(', ')}.`,
    `- Load: autocannon in the parent process, ${settings.connections} keep-alive connections, ${settings.duration} s per run; each variant in ${settings.replicas} child processes of its own on 127.0.0.1${info.pinned ? ', every server on one core with all its threads (garbage collection and compilers too), the load generator on another (`taskset -a`: a server under load has its core to itself)' : ' (not pinned to cores: `taskset` or a second core missing)'}. ${settings.rounds} alternating rounds: in each, every process runs every case it answers once with the same load, all in one block right after a ${settings.warmUp} s warm-up of its own over all its cases (a server that sat idle while the others ran is slow again for a second or more, until the JIT has optimized its code again), each case right after an untimed ${settings.caseWarmUp} s run of its own (so that the JIT has compiled the code only that case takes before it is timed), the cases in an order turned from block to block and reversed every other block (so that no case is always the first of its route), a group's processes back to back, a different one first each time; a variant's number in a round is the mean over its processes (one and the same code measures up to a tenth apart from one process to the next, for the process's life, so more processes rather than more rounds); the tables show the medians over the rounds, and a ratio is the median of the ratios of each round (runs seconds apart, so the machine's other load, which drifts over longer spans, weighs on both alike). Every variant's answer to every case was checked before timing (status, format; for ours also language, words, no leak).`,
    '',
    '## Targets',
    '',
    `Judged on requests/s over the target's cases (the ${CASES.length} every variant answers, or the ${VALIDATION_CASES.length} of the validation failure); a case's ratio is the median of its per-round ratios. *Overall* is the geometric mean over the cases. *Against itself* is the group's reference handler measured against a second copy of itself in processes of its own, over the ${CASES.length} cases: the spread this run gives one and the same code. A target is met when the overall ratio reaches it and no case falls further below it than the reference falls below itself. The CPU column is the worst case measured as server CPU time per request (peer ÷ ours).`,
    '',
    '| target | overall | worst case | against itself | CPU time ratio, worst case | result |',
    '|---|---:|---:|---:|---:|---|',
    ...targetRows(targets),
    `| core path ≤ ${MICRO_MAX_RATIO}× minimum handler work (every case, plans cached) | | ${x(microWorst)} | | | ${microWorst <= MICRO_MAX_RATIO ? 'met' : '**missed**'} |`,
    `| RSS growth < ${MiB(MEMORY_MAX_RSS_GROWTH)} MiB over the memory run | | ${memory.map((m) => `${MiB(m.after.rss - m.before.rss)} MiB`).join(', ')} | | | ${memoryMet ? 'met' : '**missed**'} |`,
    '',
    ...analysis,
    '',
    '## Throughput',
    '',
    ...groups.flatMap((group) => groupSection(group, measured, settings)),
    '### Validation problems',
    '',
    "A zod 4 failure with five field errors (a fresh `safeParse` per request, one field holding the secret). Ours marks it in the route with `validationProblem(error, { in: 'body' })` and answers in the negotiated format and language (the words of each rule, JSON Pointers, no submitted value); the hand-written handler (Express) and try/catch middleware (Koa) map `err.issues` to `{ pointer, detail }` themselves and send JSON with zod's English messages. Only these and the contract ceiling answer this case: the other peers would answer a `ZodError` as a 500.",
    '',
    ...groups.flatMap((group) => validationSection(group, measured)),
    '## Core path (micro benchmark)',
    '',
    '`createErrorLayer().respond()` and `writeResponsePlan()` on a fake request and response, against the minimum any handler does (a status lookup, `JSON.stringify` of a problem body, one header, `end`, on the same fake response). Errors made once; the best of several batches.',
    '',
    '| case | core path | minimum handler | ratio |',
    '|---|---:|---:|---:|',
    ...micro.map(
      (m) =>
        `| ${m.id}${m.generic ? '' : ' (the error’s own words: planned by content)'} | ${m.coreNs.toFixed(0)} ns | ${m.minimumNs.toFixed(0)} ns | ${x(m.ratio)} |`,
    ),
    '',
    '## Memory',
    '',
    "Random `Accept` and `Accept-Language` lists (1–4 entries, random q-values: almost every value is new) on the three error routes, over keep-alive connections. RSS / heap used / heap total in MiB after a forced GC in the server child. The growth is from after the warm-up to the end: the warm-up lets JIT code, the bounded caches and V8's young generation (part of heap total; it grows with the allocation rate, and RSS with it) settle.",
    '',
    '| server | warm-up + measured requests | at start | after warm-up | half-way | at end | RSS growth | < 10 MiB |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...memory.map(memoryRow),
    '',
    '## How each variant was set up',
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
