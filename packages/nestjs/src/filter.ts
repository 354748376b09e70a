import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, Inject, Logger, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  createErrorLayer,
  type ErrorLayer,
  type ErrorLayerOptions,
  type ErrorRequest,
  type LogInfo,
  printableId,
} from '@status-i18n/core';
import { truncateResponse } from '@status-i18n/core/node';
import { rememberFilter } from './before-routing';
import { NOT_FOUND, originalOf, readHttpException } from './http-exception';
import { isAnswering, type NestHttpAdapter, rawResponse, replyLastResort, replyWithPlan } from './reply';
import { nestErrorRequest } from './request';

/**
 * Options of {@link StatusI18nFilter} and `StatusI18nModule.forRoot()`: the core's options. The hooks receive
 * the platform's request (Express's `req`, Fastify's request), and `map` and `log` the exception as thrown.
 */
// biome-ignore lint/suspicious/noExplicitAny: the request is the platform's, Express's or Fastify's
export type NestErrorOptions<Request = any> = ErrorLayerOptions<Request>;

/** The injection token of the options of a filter Nest makes itself: never provided, so the options are the defaults. */
const NO_OPTIONS = Symbol('status-i18n.nestjs.no-options');

// The same context as Nest's own exception filter, so the line reads as Nest's would.
const logger = new Logger('ExceptionsHandler');

const defaults = {
  // Nest's own filter logs a non-HTTP exception once, through Nest's Logger (and the logger the app set). A 4xx
  // (logged only with `logClientErrors`) is the client's: a one-line warning, its message. With a request id, the
  // line starts with it, as the other adapters' default logs do, and what Nest prints of a 5xx (its stack, cause
  // and members) is Nest's `stack` argument (its own field in Nest's JSON logs).
  log: (error: unknown, info: LogInfo) => {
    const { requestId } = info;
    if (info.status >= 500 && requestId === undefined) {
      logger.error(error);
      return;
    }
    const { message, stack } = printedParts(error);
    const line = requestId === undefined ? message : `[request ${printableId(requestId)}] ${message}`;
    if (info.status < 500) logger.warn(line);
    else if (stack === undefined) logger.error(line);
    else logger.error(line, stack);
  },
};

/**
 * An exception as the default log's own line prints it: the message, its line breaks and control characters
 * replaced (a parser's message can quote the request body, and must not start a forged line; `printableId` is the
 * core's rule for that), and what Nest would print of the exception (its stack, `cause` and members).
 */
function printedParts(error: unknown): { message: string; stack: string | undefined } {
  try {
    const message = error instanceof Error ? error.message : inspect(error, { breakLength: Number.POSITIVE_INFINITY });
    return { message: printableId(message), stack: error instanceof Error ? inspect(error) : undefined };
  } catch {
    return { message: 'status-i18n: an exception that cannot be printed', stack: undefined };
  }
}

/**
 * The options as the layer needs them: `map` and `log` see the exception the app threw, not the value the
 * adapter reads an `HttpException` into. Anything that is not a function is handed on for the layer to refuse.
 */
function layerOptions(options: NestErrorOptions | undefined): NestErrorOptions | undefined {
  if (options === undefined || options === null || typeof options !== 'object') return options;
  const { map, log } = options;
  return {
    ...options,
    ...(typeof map === 'function' ? { map: (error, request, info) => map(originalOf(error), request, info) } : {}),
    ...(typeof log === 'function' ? { log: (error, request, info) => log(originalOf(error), request, info) } : {}),
  };
}

/** The error layer of a filter; a wrong option throws a `TypeError` naming it. */
export function nestErrorLayer<Request>(options?: NestErrorOptions<Request>): ErrorLayer<unknown> {
  return createErrorLayer<unknown>(layerOptions(options as NestErrorOptions | undefined), {
    log: (error, _request, info) => defaults.log(originalOf(error), info),
  });
}

/**
 * A global exception filter (`@Catch()` of everything) that answers every exception of an HTTP request with a
 * localized, safe response (RFC 9457 problem+json, JSON, HTML or text, negotiated from `Accept` and
 * `Accept-Language`), on `@nestjs/platform-express` and `@nestjs/platform-fastify`, through Nest's HTTP adapter.
 * Other contexts (microservices, WebSockets, GraphQL) are left to Nest's own handling. Prefer
 * `StatusI18nModule.forRoot()`, which registers it.
 *
 * @param adapterHost Nest's `HttpAdapterHost` (`app.get(HttpAdapterHost)`; Nest injects it where it makes the filter):
 *   without it, a `TypeError`
 * @param options see `NestErrorOptions`; checked now, a wrong one throws a `TypeError` naming it
 * @typeParam Request the platform's request the hooks receive (Express's `Request`, Fastify's `FastifyRequest`);
 *   `any` unless given
 *
 * @example
 * ```ts
 * const app = await NestFactory.create(AppModule);
 * app.useGlobalFilters(new StatusI18nFilter(app.get(HttpAdapterHost), { defaultLocale: 'zh-CN' }));
 * // The hooks typed with the platform's request (Express's here):
 * new StatusI18nFilter<Request>(app.get(HttpAdapterHost), { locale: (req) => req.get('x-lang') });
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: the request is the platform's; `any` unless the app names it
export class StatusI18nFilter<Request = any> implements ExceptionFilter {
  readonly #adapterHost: HttpAdapterHost;
  readonly #layer: ErrorLayer<unknown>;

  constructor(adapterHost: HttpAdapterHost, options?: NestErrorOptions<Request>) {
    // Without it, the first error would make the filter itself fail, and Nest's platform show that failure.
    // An options object in its place (`new StatusI18nFilter({ … })`) is no adapter host either.
    if (typeof adapterHost !== 'object' || adapterHost === null || !('httpAdapter' in adapterHost)) {
      throw new TypeError(
        "status-i18n: StatusI18nFilter needs Nest's HttpAdapterHost: new StatusI18nFilter(app.get(HttpAdapterHost), options), or StatusI18nModule.forRoot(options)",
      );
    }
    this.#adapterHost = adapterHost;
    this.#layer = nestErrorLayer(options);
    // On Fastify, the errors Fastify meets before routing (`frameworkErrors`) are answered by this filter too.
    const adapter = adapterHost.httpAdapter as unknown as NestHttpAdapter | undefined;
    if (adapter?.getType() === 'fastify') {
      rememberFilter(adapter.getInstance?.(), (error, request, reply) => this.#answer(error, request, reply));
    }
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    // Returning nothing tells Nest's RPC and external (GraphQL) handlers that the filter did not handle it: Nest
    // then answers, logs and rethrows as it does without a filter. (Gateways never get global filters.)
    if (host.getType() !== 'http') return;
    // The arguments by index, as Nest's own filter reads them: `switchToHttp()` makes three functions per call.
    this.#answer(exception, host.getArgByIndex<unknown>(0), host.getArgByIndex<unknown>(1));
  }

  /** Answers an exception of an HTTP request, given the platform's request and response. */
  #answer(exception: unknown, platformRequest: unknown, response: unknown): void {
    const adapter = this.#adapterHost.httpAdapter as unknown as NestHttpAdapter;
    const request = nestErrorRequest(adapter, platformRequest, exception, response);
    if (isAnswering(response)) {
      this.#failed(exception, request, response);
      return;
    }
    const thrown = readHttpException(exception, `Cannot ${request.method} ${request.url}`);
    // Nest 11's Fastify adapter reads only `reply.sent`, which misses headers already flushed through `reply.raw`.
    if (adapter.isHeadersSent(response) || rawResponse(response).headersSent === true) {
      // Too late for an error response: logged once by the usual rule. The adapter's `end()` would close a
      // chunked body as if it were complete, so the connection is cut instead, unless the response had ended.
      this.#layer.report(thrown === NOT_FOUND ? exception : thrown, request);
      const raw = rawResponse(response);
      // Both platforms' raw response is Node's `ServerResponse` (Express's `res`, Fastify's `reply.raw`).
      if (raw.writableEnded === false) truncateResponse(raw as ServerResponse);
      return;
    }
    // A request no route answered is Nest's NotFoundException: answered as such, and not logged as an error.
    const plan = thrown === NOT_FOUND ? this.#layer.notFound(request) : this.#layer.respond(thrown, request);
    // Only Fastify's answer can fail on its way out (its onSend hooks): no function made for the others.
    const onFastify = adapter.getType() === 'fastify';
    const failed = onFastify ? (failure: unknown) => this.#failed(failure, request, response) : ignoreFailure;
    replyWithPlan(adapter, response, plan, failed, onFastify);
  }

  /**
   * The filter's own answer failed on its way (an app's Fastify `onSend` hook threw on it): the safe 500, past the
   * hooks, and the failure logged as the server's.
   */
  #failed(failure: unknown, request: ErrorRequest<unknown>, response: unknown): void {
    this.#layer.report(failure, request);
    replyLastResort(response, this.#layer.lastResort(request));
  }
}

/** The failure handler of an answer that cannot fail on its way out (Express has no hook on the send). */
const ignoreFailure = (): void => undefined;

// Applied as calls, not as decorator syntax: the package needs no decorator support from its build or its users'.
Catch()(StatusI18nFilter);
// Nest injects the HttpAdapterHost where it makes the filter itself (`{ provide: APP_FILTER, useClass:
// StatusI18nFilter }`). The options are declared too, by a token nothing provides, optional: the filter then has
// the default options (an undeclared parameter makes Nest 12 warn that the app's build emits no metadata).
Inject(HttpAdapterHost)(StatusI18nFilter, undefined, 0);
Inject(NO_OPTIONS)(StatusI18nFilter, undefined, 1);
Optional()(StatusI18nFilter, undefined, 1);
