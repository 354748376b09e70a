/**
 * One soak server in its own process, so its memory is measured without the load generator's:
 * `node --expose-gc soak/server.mjs <express5|koa3> <scenario>`. It uses the built packages (packages/*\/dist),
 * tells the parent its port over IPC, answers memory requests (after a forced GC), and exits when the parent
 * disconnects. Each path under /boom/ throws a different kind of value.
 */
import { createServer } from 'node:http';
import createError from 'http-errors';
import { SCENARIOS } from './scenarios.mjs';

const [adapter, scenarioName] = process.argv.slice(2);
const scenario = SCENARIOS[scenarioName];
if (scenario === undefined) throw new Error(`unknown scenario ${scenarioName}`);

let logged = 0;
const options = {
  log: (...args) => {
    logged++;
    return scenario.log(...args);
  },
  requestId: true,
  instance: true,
};

function cyclic() {
  const value = Object.assign(new Error('cyclic'), { status: 409, expose: true });
  value.self = value;
  value.errors = [value];
  return value;
}

function throwingGetters() {
  const value = {};
  for (const name of ['status', 'message', 'expose', 'headers', 'stack']) {
    Object.defineProperty(value, name, {
      enumerable: true,
      get() {
        throw new Error(`getter ${name}`);
      },
    });
  }
  return value;
}

/** What each path throws: the mix of a real application's errors, and hostile values. */
const THROWN = {
  404: () => createError(404),
  422: () =>
    createError(422, 'Invalid input', {
      errors: [
        { field: 'email', message: 'is not an email address' },
        { field: 'age', message: 'must be a number' },
      ],
    }),
  500: () => new Error('database unavailable'),
  503: () => createError(503, 'maintenance', { headers: { 'Retry-After': '120' } }),
  string: () => 'a thrown string',
  null: () => null,
  cyclic,
  getters: throwingGetters,
  bigint: () => ({ status: 400, expose: true, message: 'big', amount: 10n }),
  proxy: () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    ),
};

async function expressApp() {
  const { default: express } = await import('express5');
  const { errorHandler, notFound } = await import('../packages/express/dist/index.js');
  const app = express();
  app.get('/boom/:kind', (req, _res, next) => next((THROWN[req.params.kind] ?? THROWN[500])()));
  app.use(notFound(options));
  app.use(errorHandler(options));
  return app;
}

async function koaApp() {
  const { default: Koa } = await import('koa3');
  const { errorHandler } = await import('../packages/koa/dist/index.js');
  const app = new Koa();
  app.silent = true;
  app.use(errorHandler(options));
  app.use((ctx) => {
    const kind = ctx.path.startsWith('/boom/') ? ctx.path.slice(6) : undefined;
    if (kind !== undefined) throw (THROWN[kind] ?? THROWN[500])();
  });
  return app.callback();
}

const handler = adapter === 'express5' ? await expressApp() : await koaApp();
const server = createServer(handler);
server.keepAliveTimeout = 30_000;

function memory() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, logged };
}

process.on('message', (message) => {
  if (message === 'memory') process.send({ memory: memory() });
});
process.on('disconnect', () => process.exit(0));
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
