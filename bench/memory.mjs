/**
 * The memory run: many error requests with random `Accept-Language` and `Accept` values over keep-alive
 * connections, so every cache keyed by a header value is pushed past its bound. The server child reports RSS
 * and heap after a forced GC: at start, after a warm-up, half-way and at the end. The warm-up is long enough
 * for JIT code, the caches and V8's young generation (which grows with the allocation rate) to settle.
 */
import autocannon from 'autocannon';
import { CONNECTIONS } from './lib/load.mjs';

const PATHS = ['/404', '/500', '/422'];
const LANGUAGES = ['en', 'en-GB', 'zh', 'zh-CN', 'zh-TW', 'zh-Hant-HK', 'fr', 'de-CH', 'ja', 'pt-BR', 'es-419', '*'];
const MEDIA = ['application/json', 'text/html', 'text/plain', 'application/problem+json', 'application/xml', '*/*'];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const q = () => (Math.random() < 0.3 ? '' : `;q=0.${Math.floor(Math.random() * 10)}`);

/** A random list of 1–4 entries with q-values: almost every header value is new. */
function randomList(values) {
  const count = 1 + Math.floor(Math.random() * 4);
  return Array.from({ length: count }, () => `${pick(values)}${q()}`).join(', ');
}

async function load(port, amount) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    amount,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: pick(PATHS),
          headers: { accept: randomList(MEDIA), 'accept-language': randomList(LANGUAGES) },
        }),
      },
    ],
  });
  const answered = result['4xx'] + result['5xx'];
  if (result.errors > 0 || result.timeouts > 0 || answered !== result.requests.total) {
    throw new Error(`memory run: ${result.errors} errors, ${result.timeouts} timeouts, ${answered} 4xx/5xx`);
  }
  return result;
}

/** Runs `warmup` then `amount` random requests (in two halves) against a started server; returns snapshots. */
export async function runMemory(server, { warmup = 50_000, amount = 200_000 } = {}) {
  const start = await server.memory();
  await load(server.port, warmup);
  const before = await server.memory();
  const first = await load(server.port, amount / 2);
  const middle = await server.memory();
  const second = await load(server.port, amount / 2);
  const after = await server.memory();
  const requests = first.requests.total + second.requests.total;
  return { variant: server.variant, warmup, start, before, middle, after, requests };
}
