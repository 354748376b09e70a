import { createServer, type Server } from 'node:http';
import type { Readable } from 'node:stream';
import type { ErrorLayerOptions } from '@status-i18n/core';
import { errorHandler as expressErrorHandler, notFound } from '@status-i18n/express';
import { errorHandler as koaErrorHandler } from '@status-i18n/koa';
import type { Request, RequestHandler } from 'express';
import express4 from 'express4';
import express5 from 'express5';
import type { MiddlewareHandler } from 'hono';
import type { Context, Middleware } from 'koa';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import type { FastifyApp, FastifyPlugins, FastifyRouteSettings } from './fastify-types';

/** What a test route may do to the response before it fails, in words both frameworks understand. */
export interface RouteTools {
  setStatus(status: number): void;
  setHeader(name: string, value: string): void;
  /** Sends the headers and a first chunk, so the error comes after the response has started. */
  sendPartial(text: string): void;
  /** Answers with a streamed body. */
  streamBody(stream: Readable): void;
  /** The request body as a body parser in front (`AppSetup.before`) read it. */
  body(): unknown;
  /** The query string's parameters. */
  query(): Record<string, unknown>;
}

/** A test route, mounted at `/boom` for every method: it throws (or rejects) to fail. */
export type Route = (tools: RouteTools) => unknown;

export type ExpressFactory = typeof express5;

export interface AppSetup {
  readonly route?: Route;
  // biome-ignore lint/suspicious/noExplicitAny: the suite passes the same options to either adapter
  readonly options?: ErrorLayerOptions<any>;
  /** Koa: a listener for `app.on('error')`; without it Koa installs its own default listener. */
  readonly onAppError?: (error: unknown, ctx: Context) => void;
  /**
   * Middleware in front of the route (a body parser), per framework kind. Express's is made from the Express
   * version under test, so `express.json()` is that version's own body-parser. Fastify's registers plugins of
   * the Fastify major under test (test/suite/frameworks-fastify.ts) and may set the route's body limit.
   */
  readonly before?: {
    readonly express?: (express: ExpressFactory) => RequestHandler;
    readonly koa?: () => Middleware;
    /** Hono: a middleware in front of the route (hono/validator); `body()` is what it validated as `json`. */
    readonly hono?: () => MiddlewareHandler;
    /** A plain fetch handler: how the route reads the body (`request.json()`); `body()` is what it returned. */
    readonly fetch?: (request: globalThis.Request) => Promise<unknown>;
    /** Nest parses bodies itself (JSON and forms, on either platform): only its size limit, in bytes, is set. */
    readonly nest?: { readonly limit: number };
    readonly fastify?: (app: FastifyApp, plugins: FastifyPlugins) => FastifyRouteSettings | undefined;
  };
  /** Nest: the app's logger (`NestFactory.create(…, { logger })`); without it, a silent one. */
  readonly nestLogger?: { error(...args: unknown[]): void; warn?(...args: unknown[]): void };
}

/** A rule of the suite a framework cannot follow, what it does instead (what the suite asserts), and why. */
export interface Difference {
  /** The name the suite checks with {@link differs}. */
  readonly id: string;
  readonly rule: string;
  readonly reason: string;
}

/** Whether `framework` lists the difference `id`: the suite then asserts what the framework does instead. */
export function differs(framework: Framework, id: string): boolean {
  return framework.differences?.some((difference) => difference.id === id) === true;
}

export interface Framework {
  readonly name: string;
  /**
   * Node.js middleware (`express`, `koa`), a Fastify plugin (`fastify`, see frameworks-fastify.ts), a
   * web-standard adapter that answers with a `Response` (`fetch`, `hono`, see frameworks-fetch.ts), or Nest on
   * one of its platforms (`nest` and `platform`, see frameworks-nest.ts).
   */
  readonly kind: 'express' | 'koa' | 'fastify' | 'fetch' | 'hono' | 'nest';
  readonly platform?: 'express' | 'fastify';
  /**
   * What this framework does differently from the rest of the suite, each with its reason: the suite asserts
   * what the framework does there, and the adapter's README section lists the same.
   */
  readonly differences?: readonly Difference[];
  server(setup: AppSetup): Server;
  /**
   * Where the adapter checks its options, when that is not while `server()` builds the app (the one-call
   * `toResponse(error, request, options)` checks an options object on its first use).
   */
  checkOptions?(options: unknown): void;
  /** The request methods that reach the suite's route; every method Node.js knows when absent. */
  readonly methods?: readonly string[];
  /**
   * Loads the app and resolves once it is ready (Fastify runs its plugins, and so checks their options, then);
   * frameworks whose middleware is checked when it is created have none.
   */
  load?(setup: AppSetup): Promise<void>;
}

function expressFramework(name: string, express: ExpressFactory): Framework {
  return {
    name,
    kind: 'express',
    server({ route, options, before }) {
      const app = express();
      if (before?.express) app.use(before.express(express));
      app.use('/boom', (req: Request, res, next) => {
        const tools: RouteTools = {
          body: () => req.body,
          query: () => req.query as Record<string, unknown>,
          setStatus: (status) => res.status(status),
          setHeader: (header, value) => res.setHeader(header, value),
          sendPartial: (text) => {
            res.writeHead(200, { 'Content-Type': 'text/plain' });
            res.write(text);
          },
          streamBody: (stream) => {
            res.setHeader('Content-Type', 'text/plain');
            stream.on('error', next);
            stream.pipe(res);
          },
        };
        let result: unknown;
        try {
          result = route?.(tools);
        } catch (error) {
          next(error);
          return;
        }
        Promise.resolve(result).then(undefined, next);
      });
      app.use(notFound(options));
      app.use(expressErrorHandler(options));
      return createServer(app);
    },
  };
}

type KoaClass = typeof Koa3;

/** What Koa does differently from the suite's rules, and why; the README's Koa section says the same. */
const KOA_DIFFERENCES: readonly Difference[] = [
  {
    id: 'head-stream-not-read',
    rule: 'HEAD of a route whose body is a stream which fails: a `200` with the route’s headers, and `log` is not called',
    reason: 'Koa answers HEAD with the headers alone, without reading the body, so no error happens',
  },
];

function koaFramework(name: string, Koa: KoaClass): Framework {
  return {
    name,
    kind: 'koa',
    differences: KOA_DIFFERENCES,
    server({ route, options, onAppError, before }) {
      const app = new Koa();
      // Koa's default 'error' listener stays installed (it is part of what is tested) but prints nothing.
      app.silent = true;
      if (onAppError) app.on('error', onAppError);
      app.use(koaErrorHandler(options));
      if (before?.koa) app.use(before.koa());
      app.use(async (ctx, next) => {
        if (!ctx.path.startsWith('/boom')) return next();
        const tools: RouteTools = {
          body: () => (ctx.request as { body?: unknown }).body,
          query: () => ctx.query,
          setStatus: (status) => {
            ctx.status = status;
          },
          setHeader: (header, value) => ctx.set(header, value),
          sendPartial: (text) => {
            ctx.res.writeHead(200, { 'Content-Type': 'text/plain' });
            ctx.res.write(text);
          },
          streamBody: (stream) => {
            ctx.type = 'text/plain';
            ctx.body = stream;
          },
        };
        await route?.(tools);
      });
      return createServer(app.callback());
    },
  };
}

export const frameworks = {
  express4: expressFramework('Express 4', express4 as unknown as ExpressFactory),
  express5: expressFramework('Express 5', express5),
  koa2: koaFramework('Koa 2', Koa2 as unknown as KoaClass),
  koa3: koaFramework('Koa 3', Koa3),
};

/**
 * Whether Hono passes a thrown value by: its `onError` gets only `Error` instances of its own realm; anything
 * else leaves `app.fetch` as a rejection, which @hono/node-server answers with an empty 500.
 */
export function passedByHono(framework: Framework, value: unknown): boolean {
  if (framework.kind !== 'hono') return false;
  try {
    return !(value instanceof Error);
  } catch {
    // A proxy whose prototype trap throws: Hono's own `instanceof` check throws too, out of app.fetch.
    return true;
  }
}

/** What the client gets for a value Hono passes by (see {@link passedByHono}). */
export function expectServerDefault500(response: { status: number; text: string }): void {
  expect(response.status).toBe(500);
  expect(response.text ?? '').toBe('');
}
