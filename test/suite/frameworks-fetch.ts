import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import { createAdaptorServer } from '@hono/node-server';
import { notFoundResponse, toResponse } from '@status-i18n/fetch';
import { notFound, onError } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';
import type { AppSetup, Framework, RouteTools } from './frameworks';

/**
 * What a route did to its response before it failed, in web terms: a fetch handler has no response until it
 * returns one, so `setHeader` and `setStatus` only shape the success `Response`; `sendPartial` and `streamBody`
 * make a streamed `Response`, and a failure inside its stream happens after the handler returned it.
 */
interface RouteState {
  status: number;
  readonly headers: Headers;
  /** `sendPartial(text)`: the route answers with a stream that sends `text`, then fails with what it throws. */
  partial?: string;
  stream?: ReadableStream<Uint8Array>;
}

function webTools(state: RouteState, body: () => unknown, query: () => Record<string, unknown>): RouteTools {
  return {
    body,
    query,
    setStatus: (status) => {
      state.status = status;
    },
    setHeader: (name, value) => state.headers.set(name, value),
    sendPartial: (text) => {
      state.partial = text;
    },
    streamBody: (stream) => {
      state.headers.set('Content-Type', 'text/plain');
      state.stream = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
  };
}

/** A `Response` whose body sends `first`, then errors with `error`: a failure after the response was returned. */
function failingAfter(first: string, error: unknown): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      setTimeout(() => controller.error(error), 10);
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } });
}

function successResponse(state: RouteState): Response {
  return new Response(state.stream ?? null, { status: state.status, headers: state.headers });
}

const isBoom = (request: Request) => new URL(request.url).pathname.startsWith('/boom');

/** Differences both web adapters share with each other, and not with Express and Koa. */
const WEB_DIFFERENCES = [
  'A failure inside a Response already returned (a stream that fails before or after its first chunk) never ' +
    'reaches the adapter: the handler has returned. The server that writes the Response answers it ' +
    '(@hono/node-server: a 500 before the first byte, a cut connection after it, and its own console.error), ' +
    'so the `log` option does not see it.',
  'The reason phrase is the server’s: the Response carries the catalog’s English title as `statusText`, but ' +
    '@hono/node-server writes the status with Node.js’s own phrase.',
  'No body parser of Express or Koa: the request-data rules are asserted for what a web app uses instead ' +
    '(hono/validator, hono/body-limit, request.json()).',
  'A status set before the error is not a preset status (as on Koa): only Express reads one.',
];

/** The bare `toResponse(error, request, options)` in a plain fetch handler, served by @hono/node-server. */
export const fetchFramework: Framework = {
  name: 'toResponse (fetch handler)',
  kind: 'fetch',
  checkOptions(options) {
    toResponse(new Error('check'), new Request('http://localhost/'), options as never);
  },
  differences: [
    ...WEB_DIFFERENCES,
    'Headers a route meant to send are not on its error response: a fetch handler that throws has returned ' +
      'no Response, so there is nothing to keep (CORS headers belong to whatever wraps the handler).',
    'The options are checked when an options object is first used by toResponse(), not when the app is built; ' +
      'createResponder(options) checks them at once.',
    'A malformed body read with request.json() is a SyntaxError thrown by the route: a hidden 500, logged, like ' +
      'any error the application did not mark (validationProblem() or a 400 of its own says otherwise).',
  ],
  server({ route, options, before }: AppSetup): Server {
    const handler = async (request: Request): Promise<Response> => {
      if (!isBoom(request)) return notFoundResponse(request, options);
      const state: RouteState = { status: 200, headers: new Headers() };
      try {
        const parsed = before?.fetch ? await before.fetch(request) : undefined;
        const url = new URL(request.url);
        const query = () => Object.fromEntries(url.searchParams);
        await route?.(webTools(state, () => parsed, query));
        return successResponse(state);
      } catch (error) {
        if (state.partial !== undefined) return failingAfter(state.partial, error);
        return toResponse(error, request, options);
      }
    };
    return createAdaptorServer({ fetch: handler }) as Server;
  },
};

/** A Hono app with `app.onError(onError(options))` and `app.notFound(notFound(options))` on @hono/node-server. */
export const honoFramework: Framework = {
  name: 'Hono',
  kind: 'hono',
  differences: [
    ...WEB_DIFFERENCES,
    'Hono hands only Error instances to onError: anything else thrown (a string, null, a plain object) leaves ' +
      'app.fetch as a rejection, which @hono/node-server answers with an empty 500. This app is the plain one: ' +
      'nonErrors(), mounted first, brings such values to onError (test/hono/hono-non-errors.test.ts).',
  ],
  server({ route, options, before }: AppSetup): Server {
    const app = new Hono();
    app.onError(onError(options));
    app.notFound(notFound(options));
    if (before?.hono) app.use('/boom/*', before.hono());
    app.all('/boom/*', async (c) => {
      const state: RouteState = { status: 200, headers: new Headers() };
      const tools = webTools(
        state,
        () => (c.req.valid as (target: string) => unknown)('json'),
        () => c.req.query(),
      );
      // In Hono a route sets its headers on `c`: they are there when the error handler runs.
      tools.setHeader = (name, value) => c.header(name, value);
      tools.setStatus = (status) => c.status(status as never);
      try {
        await route?.(tools);
      } catch (error) {
        if (state.partial !== undefined) return failingAfter(state.partial, error);
        throw error;
      }
      return new Response(state.stream ?? null, { status: state.status, headers: state.headers });
    });
    return createAdaptorServer({ fetch: app.fetch }) as Server;
  },
};
