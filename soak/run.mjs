/**
 * Load and soak run (`pnpm soak`, not part of the test command): for Express 5 and Koa 3, built from
 * packages/*\/dist, 100,000 error requests of mixed kinds over loopback keep-alive connections, under each
 * `log` hook of scenarios.mjs. Every request must get a 4xx/5xx answer (no failure, no socket error, no
 * timeout); the server's RSS is read (after a forced GC) before and after each run; a summary table is printed.
 *
 * Options: `--amount N` (requests per run, default 100000), `--connections N` (default 16),
 * `--only express5|koa3`. Exits non-zero if any run had a failure.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { SCENARIOS } from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    amount: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '16' },
    warmup: { type: 'string', default: '5000' },
    only: { type: 'string' },
  },
});
const AMOUNT = Number(args.amount);
const CONNECTIONS = Number(args.connections);
const WARMUP = Number(args.warmup);
const ADAPTERS = [
  { id: 'express5', name: 'Express 5' },
  { id: 'koa3', name: 'Koa 3' },
].filter((adapter) => args.only === undefined || adapter.id === args.only);

for (const file of ['core', 'express', 'koa'].map((name) => join(here, '..', 'packages', name, 'dist', 'index.js'))) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm run build\` first (pnpm soak does)`);
}

// The mix of requests: every kind of thrown value, the 404 of an unknown route, and every format and language,
// some headers malformed or oversized. A random Accept-Language on a quarter of them pushes the header caches
// past their bounds, so a cache that grew without limit would show in the RSS.
const KINDS = ['404', '422', '500', '503', 'string', 'null', 'cyclic', 'getters', 'bigint', 'proxy'];
const ACCEPTS = [
  undefined,
  'application/json',
  'application/problem+json',
  'text/html',
  'text/plain',
  '*/*',
  'text/html;q=0.9, application/json;q=0.8',
  'image/png',
  ';;;,,,"',
  `${'text/html;q=0.1,'.repeat(400)}*/*`,
];
const LANGUAGES = [
  undefined,
  'en',
  'zh-CN',
  'zh-TW',
  'zh-Hant-HK',
  'zh',
  'fr-CA, zh;q=0.5',
  '*',
  'x'.repeat(6000),
  '-,;q=',
];

const pick = (list) => list[Math.floor(Math.random() * list.length)];

function nextRequest(request) {
  const roll = Math.random();
  const path = roll < 0.08 ? '/nowhere' : `/boom/${pick(KINDS)}`;
  const headers = { 'x-request-id': roll < 0.5 ? `req-${Math.floor(roll * 1e6)}` : '<script>' };
  const accept = pick(ACCEPTS);
  if (accept !== undefined) headers.accept = accept;
  const language = roll > 0.75 ? `en;q=0.${Math.floor(Math.random() * 1e6)}, zh-CN` : pick(LANGUAGES);
  if (language !== undefined) headers['accept-language'] = language;
  return { ...request, method: 'GET', path, headers };
}

/** Starts one server process; resolves once it listens. */
function startServer(adapter, scenario) {
  const child = fork(join(here, 'server.mjs'), [adapter, scenario], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let reportedFailures = 0;
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    // Count whole reports of a failed log hook; keep only the unfinished tail of the text.
    const lines = stderr.split('\n');
    stderr = lines.pop() ?? '';
    reportedFailures += lines.filter((line) => line.startsWith('status-i18n: the log hook failed')).length;
  });
  const pending = [];
  child.on('message', (message) => pending.shift()?.(message));
  const ask = () =>
    new Promise((resolve) => {
      pending.push(resolve);
      child.send('memory');
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${adapter} server exited with ${code}`)));
    pending.push(({ port }) =>
      resolve({
        port,
        memory: async () => (await ask()).memory,
        reportedFailures: () => reportedFailures,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', done);
            child.disconnect();
          }),
      }),
    );
  });
}

async function load(port, amount) {
  let badStatus = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    requests: [
      {
        setupRequest: nextRequest,
        onResponse: (status) => {
          if (status < 400 || status > 599) badStatus++;
        },
      },
    ],
  });
  return { result, badStatus };
}

const MB = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const rows = [];
let failed = false;

for (const adapter of ADAPTERS) {
  for (const scenario of Object.keys(SCENARIOS)) {
    const server = await startServer(adapter.id, scenario);
    try {
      await load(server.port, WARMUP);
      const before = await server.memory();
      const { result, badStatus } = await load(server.port, AMOUNT);
      // Let an asynchronous logger's last timers finish before the final reading.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await server.memory();
      const answered = result['4xx'] + result['5xx'];
      const logged = after.logged - before.logged;
      const reported = server.reportedFailures();
      const problems = [];
      if (result.requests.total !== AMOUNT) problems.push(`${result.requests.total} of ${AMOUNT} requests done`);
      if (answered !== result.requests.total || badStatus > 0) problems.push(`${badStatus} non-error statuses`);
      if (result.errors > 0) problems.push(`${result.errors} socket errors`);
      if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
      if (result.resets > 0) problems.push(`${result.resets} resets`);
      // Every 5xx is logged once; a throwing log is reported once per call (warm-up included).
      if (logged !== result['5xx']) problems.push(`${logged} log calls for ${result['5xx']} 5xx`);
      if (scenario === 'log throws' && reported !== after.logged) {
        problems.push(`${reported} log failures reported of ${after.logged}`);
      }
      if (problems.length > 0) failed = true;
      rows.push({
        adapter: adapter.name,
        'log hook': scenario,
        requests: result.requests.total,
        '4xx': result['4xx'],
        '5xx': result['5xx'],
        failed: answered === result.requests.total ? badStatus : result.requests.total - answered,
        'socket errors': result.errors,
        timeouts: result.timeouts,
        'req/s': Math.round(result.requests.average),
        'p99 ms': result.latency.p99,
        'RSS before MB': MB(before.rss),
        'RSS after MB': MB(after.rss),
        'heap after MB': MB(after.heapUsed),
        result: problems.length === 0 ? 'ok' : problems.join('; '),
      });
      console.error(`${adapter.name}, ${scenario}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    } finally {
      await server.stop();
    }
  }
}

console.log(`\nSoak: ${AMOUNT} error requests per run, ${CONNECTIONS} connections, Node ${process.version}\n`);
const columns = Object.keys(rows[0] ?? {});
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
console.log(line(columns));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(columns.map((column) => row[column])));
process.exitCode = failed ? 1 : 0;
