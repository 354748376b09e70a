/**
 * `node bench/caches.mjs` (after `pnpm run build`): what each cache of the core buys, in µs per call, measured
 * through the public API — a hit (a repeated header, an entry already described) against a miss (a header never
 * seen before, a fresh catalog). The comments beside the caches quote these figures.
 */
import { performance } from 'node:perf_hooks';
import { createCatalog, createErrorLayer, resolveProblem, validationProblem } from '../packages/core/dist/index.js';

const ROUNDS = 5;

/** Median µs per call of `run(i)` over `count` calls, in ROUNDS rounds. */
function time(count, run, setup = () => undefined) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    setup();
    const start = performance.now();
    for (let i = 0; i < count; i++) run(i);
    rounds.push(((performance.now() - start) * 1000) / count);
  }
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

const layer = createErrorLayer({ log: false }, { log: () => undefined });
const error = Object.assign(new Error('hidden'), { status: 500 });
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const BROWSER_LANGUAGE = 'zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7,en-US;q=0.6';
const respond = (accept, language) =>
  layer.respond(error, {
    method: 'GET',
    path: '/',
    header: (name) => (name === 'accept' ? accept : name === 'accept-language' ? language : undefined),
    context: undefined,
  });

const rows = [];
const row = (cache, hit, miss) =>
  rows.push({ cache, 'hit µs': hit.toFixed(2), 'miss µs': miss.toFixed(2), 'saved µs': (miss - hit).toFixed(2) });

// The whole core path, with one header repeated or new every time (the other header stays repeated).
row(
  'format (Accept), whole respond()',
  time(50_000, () => respond(BROWSER_ACCEPT, BROWSER_LANGUAGE)),
  time(50_000, (i) => respond(`${BROWSER_ACCEPT},x/y${i}`, BROWSER_LANGUAGE)),
);
row(
  'language (Accept-Language), whole respond()',
  time(50_000, () => respond(BROWSER_ACCEPT, BROWSER_LANGUAGE)),
  time(50_000, (i) => respond(BROWSER_ACCEPT, `${BROWSER_LANGUAGE},x-${i.toString(36)};q=0.1`)),
);

// describe(): every error status in every shipped locale, from a fresh catalog (misses) and again (hits).
const LOCALES = ['en', 'zh-CN', 'zh-TW'];
const KEYS = LOCALES.flatMap((locale) => Array.from({ length: 200 }, (_, i) => [400 + i, locale]));
let catalog = createCatalog();
const describeAll = () => {
  for (const [code, locale] of KEYS) catalog.describe(code, { locale });
};
const missRounds = [];
for (let round = 0; round < 20; round++) {
  catalog = createCatalog();
  const start = performance.now();
  describeAll();
  missRounds.push(((performance.now() - start) * 1000) / KEYS.length);
}
describeAll();
row(
  'catalog describe()',
  time(KEYS.length * 50, (i) => {
    const [code, locale] = KEYS[i % KEYS.length];
    catalog.describe(code, { locale });
  }),
  missRounds.sort((a, b) => a - b)[10],
);

// The words of a validation problem's field errors: a rule repeated (each problem of a schema repeats its rules),
// or one with a new minimum each time. Five field errors, as ajv reports them, in zh-CN.
const fieldErrors = (limit) =>
  ['a', 'b', 'c', 'd', 'e'].map((field) => ({
    instancePath: `/${field}`,
    schemaPath: `#/properties/${field}/minimum`,
    keyword: 'minimum',
    params: { comparison: '>=', limit },
    message: `must be >= ${limit}`,
  }));
const resolveFive = (limit) => resolveProblem(validationProblem(fieldErrors(limit)), 'zh-CN', { defaultLocale: 'en' });
row(
  'validation words (five field errors), validationProblem() + resolveProblem()',
  time(20_000, () => resolveFive(18)),
  time(20_000, (i) => resolveFive(1_000_000 + i)),
);

console.table(rows);
