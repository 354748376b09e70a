/**
 * The core path alone, in this process: `createErrorLayer().respond()` + `writeResponsePlan()` on a fake request
 * and response, against the minimum any handler must do (a status lookup and `JSON.stringify` of the body).
 * Errors are made once, so only the handling is timed. Every case's plan is cached: generic problems (404, hidden
 * 500) per status, locale and format; the 422 (exposed message, field errors) by its content, which still costs
 * the JSON-safe copy of its members and the comparison with the planned problem.
 */
import { STATUS_CODES } from 'node:http';
import createError from 'http-errors';
import { createErrorLayer } from '../packages/core/dist/index.js';
import { writeResponsePlan } from '../packages/core/dist/node.js';

/** A response with the parts of ServerResponse the path uses; it keeps headers like Node's does. */
class FakeResponse {
  statusCode = 200;
  headers = new Map();
  sent = undefined;
  headersSent = false;
  req = { httpVersionMajor: 1 };
  getHeader(name) {
    return this.headers.get(name.toLowerCase());
  }
  setHeader(name, value) {
    this.headers.set(name.toLowerCase(), value);
    return this;
  }
  hasHeader(name) {
    return this.headers.has(name.toLowerCase());
  }
  getHeaderNames() {
    return [...this.headers.keys()];
  }
  removeHeader(name) {
    this.headers.delete(name.toLowerCase());
  }
  end(body) {
    this.sent = body;
  }
}

function fakeRequest(accept, acceptLanguage) {
  const headers = { accept, 'accept-language': acceptLanguage };
  return { method: 'GET', path: '/items/1', header: (name) => headers[name], context: undefined };
}

/** What every handler must do: find the status and its words, serialize a body, send it. */
function minimumHandler(error, res) {
  const status = typeof error.status === 'number' ? error.status : 500;
  const detail = error.expose ? error.message : 'An error.';
  const body = JSON.stringify({
    type: 'about:blank',
    title: STATUS_CODES[status],
    status,
    detail,
    errors: error.errors,
  });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
  res.end(body);
}

const invalid = () =>
  createError(422, 'The email address is invalid', { errors: [{ field: 'email', message: 'must contain @' }] });

/** `generic`: the body depends on the status and locale only. */
export const MICRO_CASES = [
  { id: '404 json en', generic: true, error: createError(404), accept: 'application/json', lang: 'en' },
  { id: '404 html zh-CN', generic: true, error: createError(404), accept: 'text/html', lang: 'zh-CN,zh;q=0.9' },
  { id: '500 json zh-CN', generic: true, error: new Error('hunter2'), accept: 'application/json', lang: 'zh-CN' },
  { id: '500 html en', generic: true, error: new Error('hunter2'), accept: 'text/html', lang: 'en' },
  { id: '422 json zh-CN', generic: false, error: invalid(), accept: 'application/json', lang: 'zh-CN' },
  { id: '422 html en', generic: false, error: invalid(), accept: 'text/html', lang: 'en' },
];

/** Nanoseconds per call of `run`, the best of `repeats` timed batches of `iterations` calls. */
function timePerCall(run, iterations, repeats) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / iterations);
  }
  return best;
}

/** Times both paths on every micro case (after checking that the core path answers it right). */
export function runMicro({ iterations = 200_000, repeats = 7, rounds = 3 } = {}) {
  const layer = createErrorLayer({ log: false }, { log: () => {} });
  return MICRO_CASES.map((c) => {
    const request = fakeRequest(c.accept, c.lang);
    const core = () => writeResponsePlan(new FakeResponse(), layer.respond(c.error, request));
    const minimum = () => minimumHandler(c.error, new FakeResponse());
    const check = new FakeResponse();
    writeResponsePlan(check, layer.respond(c.error, request));
    if (check.statusCode !== (c.error.status ?? 500)) {
      throw new Error(`micro ${c.id}: status ${check.statusCode}`);
    }
    // Alternate the two so that drift hits both alike.
    let coreNs = Number.POSITIVE_INFINITY;
    let minimumNs = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      coreNs = Math.min(coreNs, timePerCall(core, iterations, repeats));
      minimumNs = Math.min(minimumNs, timePerCall(minimum, iterations, repeats));
    }
    return { id: c.id, generic: c.generic, coreNs, minimumNs, ratio: coreNs / minimumNs };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(runMicro());
