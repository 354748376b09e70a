import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import { createAdaptorServer } from '@hono/node-server';
import { notFoundResponse, toResponse } from '@status-i18n/fetch';
import { notFound, onError } from '@status-i18n/fetch/hono';
import { Hono } from 'hono';
import type { AppSetup, Difference, Framework, RouteTools } from './frameworks';

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
const WEB_DIFFERENCES: readonly Difference[] = [
  {
    id: 'returned-response-fails',
    rule:
      'a stream that fails inside a Response already returned (before or after its first chunk) is answered by ' +
      'the server that writes it (@hono/node-server: a 500 before the first byte, a cut connection after it, ' +
      'and its own console.error); the `log` option does not see it',
    reason: 'the handler has returned: the failure never reaches the adapter',
  },
  {
    id: 'reason-phrase',
    rule: 'the status line carries Node.js’s own reason phrase',
    reason: 'the Response carries the catalog’s English title as `statusText`, but @hono/node-server ignores it',
  },
  {
    id: 'web-body-parsers',
    rule: 'the request-data rules are asserted for what a web app uses (hono/validator, hono/body-limit, request.json())',
    reason: 'there is no body parser of Express or Koa in front',
  },
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
    {
      id: 'no-route-headers',
      rule: 'headers a route meant to send are not on its error response (CORS belongs to whatever wraps the handler)',
      reason: 'a fetch handler that throws has returned no Response: there is nothing to keep',
    },
    {
      id: 'options-checked-on-first-use',
      rule: 'the options are checked when an options object is first used by toResponse(), not when the app is built',
      reason: 'the one-call form has no build step; createResponder(options) checks them at once',
    },
    {
      id: 'request-json-syntax-error',
      rule: 'a malformed body read with request.json() is a hidden 500, logged',
      reason:
        'it is a SyntaxError thrown by the route, like any error the application did not mark (validationProblem() or a 400 of its own says otherwise)',
    },
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
    {
      id: 'only-errors-reach-on-error',
      rule: 'a thrown non-Error (a string, null, a plain object) gets @hono/node-server’s empty 500',
      reason:
        'Hono hands only Error instances to onError: anything else leaves app.fetch as a rejection. This app is ' +
        'the plain one: nonErrors(), mounted first, brings such values to onError (test/hono/hono-non-errors.test.ts)',
    },
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
