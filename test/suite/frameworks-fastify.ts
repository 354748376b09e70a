import { createServer, type Server } from 'node:http';
import type { Readable } from 'node:stream';
import { frameworkErrors, statusI18n } from '@status-i18n/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify5';
import { type FastifyFactory, fastifyMajors } from '../support/fastify';
import type { FastifyPlugin, FastifyPlugins } from './fastify-types';
import type { AppSetup, Difference, Framework, RouteTools } from './frameworks';

/**
 * What Fastify does differently from the rest of the suite, and why. The suite asserts what Fastify does in each
 * case; the README's Fastify section lists the same.
 */
const differences: readonly Difference[] = [
  {
    id: 'options-checked-at-load',
    rule: 'a wrong option rejects `app.ready()` (and `listen()`) with the TypeError, rather than throwing at `register()`',
    reason: 'Fastify runs a plugin only when the app loads',
  },
  {
    id: 'json-string-body',
    rule: 'a JSON string, number or `null` is a valid body: it reaches the route',
    reason: 'Fastify’s JSON parser reads any JSON value (body-parser and co-body refuse them in strict mode)',
  },
  {
    id: 'content-encoding',
    rule: 'a request `Content-Encoding` is not read, so an unknown coding is no 415',
    reason: 'Fastify parses the bytes as they came (body-parser and co-body refuse an unknown coding)',
  },
  {
    id: 'body-limit-member',
    rule: 'a body over the limit is a 413 without the `limit` member',
    reason: 'Fastify’s error does not carry the limit',
  },
  {
    id: 'stream-error-after-first-byte',
    rule: 'a streamed body (`reply.send(stream)`) that fails after its first byte: the connection is cut and `log` is not called',
    reason:
      'the failure never reaches the error handler: Fastify destroys the connection and logs it once itself (`reply.log`, at `warn`)',
  },
  {
    id: 'head-stream-not-read',
    rule: 'HEAD of a route that sends a stream which fails: a `200` with the route’s headers, and `log` is not called',
    reason:
      'Fastify’s own HEAD route does not read a stream body, so no error happens there (it logs `Error on Stream found for HEAD route` itself)',
  },
  {
    id: 'undecodable-path',
    rule: 'a URL whose path does not decode (`/boom/%%`) reaches no route: the plugin answers it as a 400 when the app passes `frameworkErrors` (README: Fastify)',
    reason:
      'Fastify answers it before routing, through its `frameworkErrors` option; without it Fastify answers itself and quotes the path (Express hands such a path to the route)',
  },
];

/**
 * Builds the app of a setup. The server waits for `app.ready()` before it hands a request to Fastify (through
 * Fastify's `serverFactory`), so that `framework.server()` can return a plain server at once, as the other
 * frameworks' do.
 */
function build(
  factory: FastifyFactory,
  plugins: FastifyPlugins,
  methods: readonly string[],
  { route, options, before }: AppSetup,
) {
  let ready: Promise<unknown> = Promise.resolve();
  const app = factory({
    // A URL Fastify cannot decode (`/boom/%%`) is answered by the plugin too (README: Fastify).
    frameworkErrors,
    serverFactory: (handler: (req: unknown, res: unknown) => void) =>
      createServer((req, res) => {
        ready.then(
          () => handler(req, res),
          () => {
            res.statusCode = 599;
            res.end('the app did not load');
          },
        );
      }),
  });
  app.register(statusI18n as FastifyPlugin, options ?? {});
  const settings = before?.fastify?.(app, plugins) ?? {};
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    let streaming = false;
    const tools: RouteTools = {
      body: () => request.body,
      query: () => request.query as Record<string, unknown>,
      setStatus: (status) => {
        reply.code(status);
      },
      setHeader: (header, value) => {
        reply.header(header, value);
      },
      // Straight on `reply.raw`, without `reply.hijack()`: the error then still reaches the error handler, which
      // must leave the response under way alone (a hijacked reply never reaches it: see test/fastify).
      sendPartial: (text) => {
        reply.raw.writeHead(200, { 'Content-Type': 'text/plain' });
        reply.raw.write(text);
      },
      streamBody: (stream: Readable) => {
        streaming = true;
        reply.header('Content-Type', 'text/plain');
        reply.send(stream);
      },
    };
    await route?.(tools);
    // A route that neither failed nor answered (the suite's routes always do one or the other): say so.
    if (!streaming && !reply.sent) reply.send('the route finished');
    return reply;
  };
  // Every method the major routes but HEAD: GET routes get Fastify's own HEAD routes (`exposeHeadRoutes`),
  // which the HEAD tests go through.
  const routed = methods.filter((method) => method !== 'HEAD');
  for (const url of ['/boom', '/boom/*']) app.route({ method: [...routed], url, handler, ...settings });
  ready = new Promise((resolve, reject) => app.ready((error) => (error ? reject(error) : resolve(undefined))));
  // A setup whose options are wrong fails here; the test that wants it calls `framework.load()`.
  ready.catch(() => undefined);
  return app;
}

/** Fastify 4 alone: its `reply.send()` tests `instanceof Error` before anything else. */
const fastify4Differences: readonly Difference[] = [
  {
    id: 'hostile-proxy-log',
    rule: 'a thrown value whose prototype cannot be read (a hostile Proxy) reaches `log` as the error that reading threw; the client still gets a safe 500',
    reason: 'Fastify 4 tests `thrown instanceof Error` before it calls the error handler',
  },
];

/**
 * The methods each major routes (Fastify 5 can add more with `addHttpMethod`, Fastify 4 cannot): another method
 * is answered by the not-found handler without reaching a route.
 */
const METHODS = {
  'Fastify 4': [
    'DELETE',
    'GET',
    'HEAD',
    'PATCH',
    'POST',
    'PUT',
    'OPTIONS',
    'PROPFIND',
    'PROPPATCH',
    'MKCOL',
    'COPY',
    'MOVE',
    'LOCK',
    'UNLOCK',
    'TRACE',
    'SEARCH',
    'REPORT',
    'MKCALENDAR',
  ],
  // QUERY too, but Fastify 5 refuses one without a Content-Type (400) before any route.
  'Fastify 5': ['GET', 'HEAD', 'TRACE', 'DELETE', 'OPTIONS', 'PATCH', 'PUT', 'POST'],
} as const;

function fastifyFramework(name: string, factory: FastifyFactory, plugins: FastifyPlugins): Framework {
  const methods: readonly string[] = METHODS[name as keyof typeof METHODS];
  return {
    name,
    kind: 'fastify',
    differences: name === 'Fastify 4' ? [...differences, ...fastify4Differences] : differences,
    methods,
    server: (setup) => build(factory, plugins, methods, setup).server as Server,
    load: (setup) => {
      const app = build(factory, plugins, methods, setup);
      return new Promise((resolve, reject) => app.ready((error) => (error ? reject(error) : resolve())));
    },
  };
}

const [fastify4, fastify5] = fastifyMajors.map(({ name, fastify, plugins }) =>
  fastifyFramework(name, fastify, plugins),
) as [Framework, Framework];

export const fastifyFrameworks = { fastify4, fastify5 };
