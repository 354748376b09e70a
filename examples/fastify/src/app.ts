import { randomUUID } from 'node:crypto';
import sensible from '@fastify/sensible';
import { frameworkErrors, statusI18n } from '@status-i18n/fastify';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { catalog } from './catalog';
import { LANDING_CSP, renderLanding } from './landing';
import { problems } from './problems';

/** The secret in the failing route's message; the smoke test checks that it never reaches a client. */
export const CRASH_SECRET = 's3cret-db-password';

// An id from the client is echoed into pages and logs: only a short, plain token is trusted.
const REQUEST_ID = /^[\w\-.:]{1,64}$/;
// Only a plain host[:port] goes into the curl commands; anything odd in the Host header is not echoed.
const HOST = /^[\w.-]+(:\d{1,5})?$|^\[[\d:a-fA-F]+\](:\d{1,5})?$/;

const SignUp = {
  type: 'object',
  required: ['email', 'name', 'age'],
  properties: {
    email: { type: 'string', format: 'email' },
    name: { type: 'string', minLength: 2 },
    age: { type: 'integer', minimum: 18 },
  },
} as const;

/**
 * The demo app: a landing page at `/` and one route per error case (see `CASES`), plus `POST /sign-up`.
 * `logger` is Fastify's option (the smoke test passes a stream to read what was logged).
 */
export async function createApp(logger: FastifyServerOptions['logger'] = true): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // A URL Fastify cannot decode is answered before any route: this hands it to the plugin as well.
    frameworkErrors,
    // Fastify's request id (the `reqId` of every log line): the client's X-Request-Id when it is sane.
    genReqId: (req) => {
      const fromClient = req.headers['x-request-id'];
      return typeof fromClient === 'string' && REQUEST_ID.test(fromClient) ? fromClient : randomUUID();
    },
  });
  // Every response says its id, error responses too: the plugin answers through the reply, so onSend hooks run.
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  await app.register(sensible);
  await app.register(statusI18n, {
    catalog, // en, zh-CN, zh-TW and Japanese (src/catalog.ts)
    // `request.query` is null for the errors Fastify meets before routing (frameworkErrors): read it with a guard.
    locale: (request) => {
      const lang = (request.query as { lang?: unknown } | null)?.lang;
      return typeof lang === 'string' ? lang : undefined;
    },
    instance: true,
    // The same id in the body as in the log line of the error and the response header.
    requestId: (request) => request.id,
  });

  app.get('/', async (request, reply) => {
    const host = request.headers.host ?? '';
    reply.header('Content-Security-Policy', LANDING_CSP).type('text/html; charset=utf-8');
    return renderLanding(`http://${HOST.test(host) ? host : '127.0.0.1:3004'}`);
  });

  // Fastify validates the query string with ajv before the handler runs; the plugin turns its error into a
  // field error that names the parameter, in the request's language.
  app.get(
    '/orders',
    { schema: { querystring: { type: 'object', properties: { page: { type: 'integer', minimum: 1 } } } } },
    async () => [],
  );

  app.post('/sign-up', { schema: { body: SignUp } }, async (_request, reply) => reply.code(201).send({ ok: true }));

  app.get('/seats/:seat', async (request) => {
    const { seat } = request.params as { seat: string };
    throw problems.create('seat-taken', { seat, minutes: 3 });
  });

  app.get('/tickets/:id', async () => {
    // @fastify/sensible's errors are http-errors: a 4xx is exposed, so its message is the detail.
    throw app.httpErrors.gone('This ticket was refunded');
  });

  app.get('/crash', async () => {
    // Messages like this one leak internals; a 5xx is hidden unless it says otherwise.
    throw new Error(`connect ECONNREFUSED postgres://shop:${CRASH_SECRET}@10.0.0.7:5432/orders`);
  });

  return app;
}
