/** Fastify apps, one per error handler; every route throws the case's error. */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { errorsFor } from '../lib/cases.mjs';
import { contractReply } from './fixed.mjs';

const require = createRequire(import.meta.url);

/**
 * A typical hand-written error handler: a validator's error mapped to field errors by hand, else the status, a
 * JSON body, the message only when it is public.
 */
function handWritten(err, _request, reply) {
  if (err.name === 'ZodError') {
    reply.code(422).send({
      error: 'Invalid request',
      errors: err.issues.map((issue) => ({ pointer: `#/${issue.path.join('/')}`, detail: issue.message })),
    });
    return;
  }
  const status = err.status ?? err.statusCode ?? 500;
  const body = { error: status >= 500 || !err.expose ? 'Internal Server Error' : err.message };
  if (err.expose && err.errors) body.errors = err.errors;
  reply.code(status).send(body);
}

/**
 * @param {'fixedheaders' | 'default' | 'handwritten' | 'ours'} handler
 * @param {'fastify4' | 'fastify5'} version the root's alias of the Fastify major
 * @returns the app's request listener, for bench/server.mjs's own server
 */
export async function create(handler, version) {
  let listener;
  const app = require(version)({
    // No logger (Fastify's default): no variant logs, and Fastify's default handler then logs nothing either.
    logger: false,
    // Fastify hands its request listener to the factory; the bench serves it on its own server.
    serverFactory: (handle) => {
      listener = handle;
      return createServer();
    },
  });
  if (handler === 'fixedheaders') {
    // The error-path ceiling: the fixed body with the contract's headers, sent through the reply as any handler
    // that keeps the app's onSend hooks (CORS, compression) must. (Written past Fastify on the hijacked
    // `reply.raw`, the same answer measured slower than through the reply, and would skip those hooks.)
    app.setErrorHandler((_err, request, reply) => {
      const { status, body, headers } = contractReply(request.raw);
      reply.code(status).headers(headers).send(body);
    });
  }
  if (handler === 'handwritten') app.setErrorHandler(handWritten);
  if (handler === 'ours') {
    const { statusI18n } = await import('../../packages/fastify/dist/index.js');
    await app.register(statusI18n, { log: false });
  }
  for (const [path, makeError] of Object.entries(errorsFor(handler))) {
    app.get(path, () => {
      throw makeError();
    });
  }
  await app.ready();
  return listener;
}
