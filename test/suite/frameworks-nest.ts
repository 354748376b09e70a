import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { DynamicModule, INestApplication, LoggerService } from '@nestjs/common';
import { All, Controller, Module, Req, Res, StreamableFile } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { frameworkErrors, StatusI18nModule } from '@status-i18n/nestjs';
import type { AppSetup, Difference, Framework, RouteTools } from './frameworks';

/**
 * Nest on a platform, for the behaviour suite. Which Nest (11 or 12) is the test file's choice (test/nest): the
 * imports above are that major's. The app is built asynchronously, so the server holds its first requests
 * until Nest is ready.
 */

export type NestPlatform = 'express' | 'fastify';

/** Nest's own log, kept silent for the suite and collected for the tests that read it. */
export class CollectingLogger implements LoggerService {
  readonly errors: unknown[][] = [];
  log(): void {}
  warn(): void {}
  debug(): void {}
  verbose(): void {}
  fatal(...args: unknown[]): void {
    this.errors.push(args);
  }
  error(...args: unknown[]): void {
    this.errors.push(args);
  }
}

export interface NestSetup extends AppSetup {
  /** Modules of the app besides the status module (a controller of the test's own). */
  readonly controllers?: ReadonlyArray<new (...args: never[]) => unknown>;
  /** Called with the app before `init()`: global pipes, body parser limits. */
  readonly configure?: (app: INestApplication) => void;
  /**
   * The status module to import instead of `StatusI18nModule.forRoot(options)` (`forRootAsync()`); `null`: none,
   * an app without the package's filter.
   */
  readonly statusModule?: DynamicModule | null;
  /** Fastify platform: leave out `frameworkErrors`, which the suite passes to `FastifyAdapter` (README: NestJS). */
  readonly withoutFrameworkErrors?: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The suite's `/boom` route as a Nest controller, for every method and below it. */
// Below `/boom` too: Express (path-to-regexp 8) names its wildcard, Fastify (find-my-way) does not.
const BOOM_PATHS: Readonly<Record<NestPlatform, string[]>> = {
  express: ['boom', 'boom/*rest'],
  fastify: ['boom', 'boom/*'],
};

function boomController(setup: AppSetup, platform: NestPlatform, adapterHost: () => HttpAdapterHost) {
  @Controller()
  class BoomController {
    @All(BOOM_PATHS[platform])
    handle(@Req() req: { body?: unknown; query?: unknown }, @Res({ passthrough: true }) res: unknown): unknown {
      const adapter = adapterHost().httpAdapter;
      const raw = ((res as { raw?: ServerResponse }).raw ?? res) as ServerResponse;
      let streamed: StreamableFile | undefined;
      const tools: RouteTools = {
        body: () => req.body,
        query: () => (req.query ?? {}) as Record<string, unknown>,
        setStatus: (status) => adapter.status(res, status),
        setHeader: (name, value) => adapter.setHeader(res, name, value),
        sendPartial: (text) => {
          raw.writeHead(200, { 'Content-Type': 'text/plain' });
          raw.write(text);
        },
        // Nest's way to answer with a stream.
        streamBody: (stream: Readable) => {
          streamed = new StreamableFile(stream, { type: 'text/plain' });
        },
      };
      const result = setup.route?.(tools);
      if (result instanceof Promise) return result.then(() => streamed);
      return streamed;
    }
  }
  return BoomController;
}

/** Nest's logger: the setup's `error` and `warn`, everything else silent. */
function loggerOf(setup: AppSetup): LoggerService {
  const collecting = new CollectingLogger();
  const error = setup.nestLogger?.error;
  if (error) collecting.error = (...args: unknown[]) => error(...args);
  const warn = setup.nestLogger?.warn;
  if (warn) collecting.warn = (...args: unknown[]) => warn(...args);
  return collecting;
}

async function createApp(platform: NestPlatform, module: unknown, setup: NestSetup) {
  const logger = loggerOf(setup);
  const limit = setup.before?.nest?.limit;
  if (platform === 'express') {
    // Nest's own body parsers (body-parser, as Nest registers them), with the size limit the test asks for.
    const app = await NestFactory.create(module as never, new ExpressAdapter(), {
      logger,
      bodyParser: limit === undefined,
    });
    if (limit !== undefined) {
      const express = app as unknown as { useBodyParser(type: string, options: object): void };
      express.useBodyParser('json', { limit });
      express.useBodyParser('urlencoded', { limit, extended: true });
    }
    return { app, handler: () => app.getHttpAdapter().getInstance() as Handler };
  }
  let fastifyHandler: Handler | undefined;
  // Fastify gives its request handler to a server of its own making: the suite's server calls it instead.
  const adapter = new FastifyAdapter({
    ...(limit === undefined ? {} : { bodyLimit: limit }),
    // Errors before routing (a URL Fastify cannot decode) are answered by the app's filter (README: NestJS).
    ...(setup.withoutFrameworkErrors ? {} : { frameworkErrors }),
    serverFactory: (handler: Handler) => {
      fastifyHandler = handler;
      return createServer(handler);
    },
  } as never);
  const app = await NestFactory.create(module as never, adapter as never, { logger });
  return { app, handler: () => fastifyHandler as Handler };
}

export function nestFramework(
  name: string,
  platform: NestPlatform,
  differences: readonly Difference[],
): Framework & { server(setup: NestSetup): Server } {
  return {
    name,
    kind: 'nest',
    platform,
    differences,
    server(setup: NestSetup) {
      // Checked now, as for the other frameworks: a wrong option throws while the app is declared.
      const statusModule =
        setup.statusModule === undefined ? StatusI18nModule.forRoot(setup.options) : setup.statusModule;
      let host: HttpAdapterHost | undefined;
      const controllers = [
        boomController(setup, platform, () => host as HttpAdapterHost),
        ...(setup.controllers ?? []),
      ];
      @Module({ imports: statusModule === null ? [] : [statusModule], controllers: controllers as never[] })
      class AppModule {}
      // The app is not closed with the server: supertest closes it after each request, and a test may send more
      // (Fastify's instance never listens, Express's app holds nothing open).
      const ready = (async () => {
        const created = await createApp(platform, AppModule, setup);
        const { app } = created;
        setup.configure?.(app);
        await app.init();
        if (platform === 'fastify') await (app.getHttpAdapter().getInstance() as { ready(): Promise<unknown> }).ready();
        host = app.get(HttpAdapterHost);
        return created.handler();
      })();
      // A failed start fails every request loudly rather than leaving it waiting.
      ready.catch(() => undefined);
      const server = createServer((req, res) => {
        ready.then(
          (handler) => handler(req, res),
          (error: unknown) => {
            res.statusCode = 599;
            res.end(String(error));
          },
        );
      });
      return server;
    },
  };
}
