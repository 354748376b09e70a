/**
 * `pnpm bench` (full: throughput, core path, memory, then bench/RESULTS.md) and `pnpm bench:quick` (CI: every
 * variant must answer every case correctly; exits non-zero otherwise). Uses the built packages (dist).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { analyse } from './lib/analysis.mjs';
import { CASES, casesFor } from './lib/cases.mjs';
import { checkCase } from './lib/check.mjs';
import { startServer } from './lib/child.mjs';
import { CONNECTIONS, measure, warmUp } from './lib/load.mjs';
import { machine } from './lib/machine.mjs';
import { measurements } from './lib/measurements.mjs';
import { pinLoadGenerator } from './lib/pinning.mjs';
import { writeReport } from './lib/report.mjs';
import { mean, rotate, turn } from './lib/stats.mjs';
import { checkThroughput } from './lib/targets.mjs';
import { runMemory } from './memory.mjs';
import { runMicro } from './micro.mjs';
import { NOTES } from './notes.mjs';
import { CEILING, GROUPS, VARIANTS, variantById } from './variants.mjs';

const quick = process.argv.includes('--quick');
// Each variant runs in `replicas` processes of its own. One and the same code measures up to 10% apart from one
// process to the next (what the JIT made of it, where it landed in memory), and that stays for the process's
// life: more rounds in one process do not average it out, more processes do. (The quick run only checks answers.)
const SETTINGS = {
  connections: CONNECTIONS,
  duration: 0.3,
  warmUp: 3,
  caseWarmUp: 0.2,
  fromIdle: 0.3,
  fromIdleCase: '500 json en',
  rounds: 2,
  replicas: quick ? 1 : 3,
};
const log = (...args) => console.log(...args);
/** The case each block starts with, timed apart from the tables, to measure a process that sat idle (throughput). */
const FROM_IDLE_CASE = CASES.find((c) => c.id === SETTINGS.fromIdleCase);

for (const name of ['core', 'express', 'koa', 'fastify', 'nestjs']) {
  if (!existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url))) {
    console.error(`packages/${name}/dist is missing: run \`pnpm run build\` first.`);
    process.exit(1);
  }
}

/**
 * Starts every variant's processes (two at a time: the machine has two cores) and checks every case each answers
 * once. The servers come back by variant: the replicas of one variant next to each other.
 */
async function startAndCheck(pinned) {
  const servers = [];
  const failures = [];
  const starts = VARIANTS.flatMap((variant) => Array.from({ length: SETTINGS.replicas }, () => variant));
  for (let i = 0; i < starts.length; i += 2) {
    servers.push(...(await Promise.all(starts.slice(i, i + 2).map((variant) => startServer(variant, { pinned })))));
  }
  for (const server of servers) {
    for (const c of casesFor(server.variant)) {
      const problems = await checkCase(server.port, server.variant, c).catch((error) => [String(error)]);
      if (problems.length > 0) failures.push(`${server.variant.id} / ${c.id}: ${problems.join('; ')}`);
    }
    // The loggers are off: anything on stderr is work the others do not do, or a crash.
    if (server.stderr() !== '') failures.push(`${server.variant.id} printed: ${server.stderr().slice(0, 300)}`);
  }
  return { servers, failures };
}

/**
 * Requests/s and server CPU µs per request of every round, by variant id and case id, one entry per round: the
 * mean over the variant's processes.
 *
 * Each process runs all its cases in one block, right after a warm-up of its own over all of them: a server that
 * sat idle while the others ran is slow again for a second or more, by more for a handler with more code for the
 * JIT to optimize again: the collections V8 runs to shrink an idle process's heap drop the optimized code of about
 * a hundred functions (traced with `--trace-deopt` as "weak objects"). Measured on Fastify 5: after a 0.5 s
 * warm-up, ours used 1.3–2.8× the CPU per request it used after 2 s, Fastify's default mostly 1.0–1.2×; runs that
 * start cold measure the idling, not the handler. The warm-up is 3 s: after 1 s ours had not come back to its full speed on Fastify 5 (0.92× of the
 * default over the 12 cases, in a run of this block's shape; 1.02× after 4 s, where the default's second copy
 * measured 1.03× and 1.01×). What coming back costs is measured on its own, before each warm-up, and reported
 * beside the tables rather than left out. Each case then gets an untimed run of its own before its timed one: a
 * warm-up over every case leaves the code that only one case takes (a language, a format) less used than the JIT's
 * threshold, and a new server's first 0.3 s of one case then measured its compilation (traced on Fastify 5 after
 * a 2 s warm-up over all cases: some 90 functions of ours optimized in the first 0.4 s of one case, at 2–3× the
 * CPU per request of the runs after; Fastify's default, whose answer is the same JSON for every case, less). The
 * cases run in an order that turns from block to block and is reversed every other block (`turn`), so that no case
 * is always the first of its route.
 *
 * A group's processes run back to back (in an order that turns each round), so the ratios of a round compare runs
 * seconds apart: the machine's other load drifts over longer spans, and pairing keeps that drift out of the
 * ratios (see lib/measurements.mjs).
 */
async function throughput(servers) {
  const rps = {};
  const cpu = {};
  const fromIdle = {};
  const variants = [...new Set(servers.map((server) => server.variant))];
  const groups = [...new Set(variants.map((variant) => variant.group))].map((group) =>
    variants.filter((variant) => variant.group === group),
  );
  const processesOf = (variant) => servers.filter((server) => server.variant === variant);
  for (let round = 0; round < SETTINGS.rounds; round++) {
    log(`round ${round + 1}/${SETTINGS.rounds}`);
    for (const [index, group] of rotate(groups, round).entries()) {
      // runs[variant id][case id]: one { rps, cpu } per process.
      const runs = {};
      for (let replica = 0; replica < SETTINGS.replicas; replica++) {
        for (const variant of rotate(group, round + index + replica)) {
          const server = processesOf(variant)[replica];
          const cases = casesFor(variant);
          // Before the warm-up: what the error path costs when it runs again after the process sat idle while the
          // others ran (an app whose errors come now and then). Reported beside the tables, not judged.
          const idleBefore = await server.cpu();
          const idleRun = await measure(server.port, FROM_IDLE_CASE, SETTINGS.fromIdle);
          fromIdle[variant.id] ??= [];
          fromIdle[variant.id].push(((await server.cpu()) - idleBefore) / idleRun.requests);
          await warmUp(server.port, cases, SETTINGS.warmUp);
          for (const c of turn(cases, round + replica)) {
            await measure(server.port, c, SETTINGS.caseWarmUp);
            const cpuBefore = await server.cpu();
            const run = await measure(server.port, c, SETTINGS.duration);
            const cpuUsed = (await server.cpu()) - cpuBefore;
            runs[variant.id] ??= {};
            runs[variant.id][c.id] ??= [];
            runs[variant.id][c.id].push({ rps: run.rps, cpu: cpuUsed / run.requests });
          }
        }
      }
      for (const [id, byCase] of Object.entries(runs)) {
        for (const [caseId, measured] of Object.entries(byCase)) {
          rps[id] ??= {};
          cpu[id] ??= {};
          rps[id][caseId] ??= [];
          cpu[id][caseId] ??= [];
          rps[id][caseId].push(mean(measured.map((run) => run.rps)));
          cpu[id][caseId].push(mean(measured.map((run) => run.cpu)));
        }
      }
    }
  }
  return measurements(rps, cpu, fromIdle);
}

const info = { ...machine(), pinned: !quick && pinLoadGenerator() };
const started = Date.now();
const { servers, failures } = await startAndCheck(info.pinned);
const checked = servers.reduce((sum, server) => sum + casesFor(server.variant).length, 0);
log(
  `${VARIANTS.length} variants in ${servers.length} processes, ${checked} process × case answers checked: ${failures.length} wrong`,
);
for (const failure of failures) console.error(`  ${failure}`);
try {
  if (failures.length > 0) process.exitCode = 1;
  else if (quick) {
    runMicro({ iterations: 1, repeats: 1, rounds: 1 });
    log('core path answers every micro case correctly');
  } else {
    const measured = await throughput(servers);
    log('core path micro benchmark');
    const micro = runMicro({ iterations: 100_000, repeats: 5, rounds: 3 });
    log('memory runs');
    const memory = [];
    for (const id of ['express5-ours', 'koa3-ours']) {
      memory.push(await runMemory(servers.find((server) => server.variant.id === id)));
    }
    const groups = GROUPS.map((group) => ({
      ...group,
      referenceLabel: variantById(group.reference).label,
      variants: [variantById(CEILING), ...VARIANTS.filter((v) => v.group === group.id)],
    }));
    const targets = checkThroughput(measured);
    const analysis = analyse(targets, measured);
    const run = { info, settings: SETTINGS, groups, measured, targets, micro, memory, notes: NOTES, analysis };
    writeReport(new URL('RESULTS.md', import.meta.url), { ...run, endLoad: os.loadavg().map((l) => l.toFixed(2)) });
    for (const t of targets) {
      const noise = `${t.noise.low.toFixed(2)}–${t.noise.high.toFixed(2)}×`;
      log(
        `${t.met ? 'met   ' : 'MISSED'} ${t.ours} / ${t.peer}: overall ${t.overall.toFixed(2)}×, worst ${t.worst.ratio.toFixed(2)}× (${t.worst.case}); against itself ${noise}`,
      );
    }
    for (const m of micro) log(`core path ${m.id}: ${m.ratio.toFixed(2)}× the minimum handler`);
    for (const m of memory)
      log(`memory ${m.variant.id}: RSS +${((m.after.rss - m.before.rss) / 2 ** 20).toFixed(1)} MiB`);
    log(`bench/RESULTS.md written (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  for (const server of servers) server.stop();
}
