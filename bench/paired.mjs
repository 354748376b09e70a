/**
 * A closer look at a few variants, case by case: `pnpm bench:paired <variant id> <variant id> … [options]`.
 *
 * Where `pnpm bench` runs each process through a block of every case after it sat idle (as an app's error path
 * runs: now and then), this measures the steady state: for one case at a time, every variant's process runs it
 * back to back, round after round, and each round's server CPU time per request is divided by the first
 * variant's of the same round. The median of those ratios moves less from run to run than the main run's (a
 * handler against a copy of itself: within 2–3% on the machine of bench/RESULTS.md, where the main run's spread
 * is wider), which makes it the tool for telling whether a change to the error path made it cheaper.
 *
 * Options: `--cases <regular expression>` (matched against the case ids, e.g. `'^422'` or `'json en$'`),
 * `--rounds <n>` (default 10), `--processes <n>` per variant (default 2: rounds alternate between them),
 * `--seconds <s>` per timed run (default 0.3).
 *
 * @example
 * ```sh
 * pnpm bench:paired fastify5-default fastify5-ours --cases '^(404|500|422) json en$'
 * ```
 */
import { parseArgs } from 'node:util';
import { casesFor } from './lib/cases.mjs';
import { startServer } from './lib/child.mjs';
import { measure, warmUp } from './lib/load.mjs';
import { pinLoadGenerator } from './lib/pinning.mjs';
import { median, rotate } from './lib/stats.mjs';
import { VARIANTS, variantById } from './variants.mjs';

const { values: options, positionals: ids } = parseArgs({
  allowPositionals: true,
  options: {
    cases: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    processes: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '0.3' },
  },
});

const rounds = Number(options.rounds);
const processes = Number(options.processes);
const seconds = Number(options.seconds);
if (ids.length < 2 || ![rounds, processes, seconds].every((n) => Number.isFinite(n) && n > 0)) {
  console.error(
    'usage: node bench/paired.mjs <variant id> <variant id> … [--cases re] [--rounds n] [--processes n] [--seconds s]',
  );
  console.error(`variant ids: ${VARIANTS.map((variant) => variant.id).join(', ')}`);
  process.exit(2);
}
const variants = ids.map(variantById);
const only = options.cases === undefined ? undefined : new RegExp(options.cases);
// The cases every variant answers (the validation failure only where all of them map it).
const cases = casesFor(variants[0]).filter(
  (c) =>
    variants.every((variant) => casesFor(variant).some((other) => other.id === c.id)) && only?.test(c.id) !== false,
);
if (cases.length === 0) {
  console.error('no case is answered by every variant given (or matches --cases)');
  process.exit(2);
}

const pinned = pinLoadGenerator();
const servers = [];
for (let replica = 0; replica < processes; replica++) {
  for (const variant of variants) servers.push({ replica, server: await startServer(variant, { pinned }) });
}

try {
  console.log(
    `${cases.length} cases × ${variants.length} variants, ${processes} processes each, ${rounds} rounds of ${seconds} s` +
      `${pinned ? '' : ' (not pinned: the ratios are noisier)'}: server CPU µs per request, median; ` +
      `(median of the rounds' ratios to ${variants[0].id}; requests/s ratio)`,
  );
  for (const { server } of servers) await warmUp(server.port, cases, 1);
  for (const c of cases) {
    // An untimed run first: the code only this case takes is compiled before it is measured.
    for (const { server } of servers) await measure(server.port, c, 0.2);
    const cpu = new Map(variants.map((variant) => [variant, []]));
    const cpuRatio = new Map(variants.map((variant) => [variant, []]));
    const rpsRatio = new Map(variants.map((variant) => [variant, []]));
    for (let round = 0; round < rounds; round++) {
      const group = servers.filter(({ replica }) => replica === round % processes).map(({ server }) => server);
      // A different variant first in each round, so none always follows the same neighbour.
      const measured = new Map();
      for (const server of rotate(group, round)) {
        const before = await server.cpu();
        const run = await measure(server.port, c, seconds);
        measured.set(server.variant, { cpu: ((await server.cpu()) - before) / run.requests, rps: run.rps });
      }
      const first = measured.get(variants[0]);
      for (const variant of variants) {
        const { cpu: used, rps } = measured.get(variant);
        cpu.get(variant).push(used);
        cpuRatio.get(variant).push(used / first.cpu);
        rpsRatio.get(variant).push(rps / first.rps);
      }
    }
    const cells = variants.map(
      (variant) =>
        `${variant.id} ${median(cpu.get(variant)).toFixed(1)} µs ` +
        `(${median(cpuRatio.get(variant)).toFixed(3)}; ${median(rpsRatio.get(variant)).toFixed(3)})`,
    );
    console.log(`${c.id.padEnd(22)} ${cells.join('  ')}`);
  }
} finally {
  for (const { server } of servers) server.stop();
}
