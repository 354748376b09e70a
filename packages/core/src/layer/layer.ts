import type { CodeDescription } from '../catalog';
import { readError } from '../error/normalize';
import { isErrorStatus } from '../error/status';
import { problemResolverOf } from '../problems/member';
import type { ProblemDetails } from '../render/problem';
import { HookError } from './hooks';
import { safeLogger } from './log';
import { createNegotiation, type Negotiated } from './negotiate';
import { type ErrorLayerOptions, type LogInfo, resolveOptions } from './options';
import type { PlanSettings, ResponsePlan } from './plan';
import { type BuiltProblem, createProblemBuilder, type ProblemSource } from './problem';
import type { ErrorRequest } from './request';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';
import { ResponseCache } from './reuse';

/** Framework-specific defaults an adapter gives the layer. */
export interface AdapterDefaults<Context> {
  /** The log used when the `log` option is not set (Express: `console.error`; Koa: `app.emit('error')`). */
  readonly log: (error: unknown, context: Context, info: LogInfo) => void;
}

/** The framework-free error layer every adapter is built on. */
export interface ErrorLayer<Context> {
  /** Plans the response for a thrown value, and logs it by the rules. Never throws. */
  respond(thrown: unknown, request: ErrorRequest<Context>): ResponsePlan;
  /** Plans the 404 response for a request no route answered. Never throws. */
  notFound(request: ErrorRequest<Context>): ResponsePlan;
  /**
   * Plans the response for an error status the app or a router set without a body (Koa: its implicit 404,
   * @koa/router's `allowedMethods()` 405 and 501, a `ctx.status = 403`): the status's own words, as for
   * {@link notFound} (a 404 is that answer), nothing to expose, map or log. A status outside 400–599 is a 500.
   * Never throws.
   */
  bodilessStatus(status: number, request: ErrorRequest<Context>): ResponsePlan;
  /** Logs an error whose response can no longer be sent (headers already sent), by the same rules. */
  report(thrown: unknown, request: ErrorRequest<Context>): void;
  /**
   * Plans the catalog's own 500 in the request's language and format, with no hook involved but the request id's
   * (left out if that hook fails) and nothing logged:
   * the answer for an error response that itself failed while being sent (a framework hook that threw on it),
   * so that what the client gets is still safe. Whoever saw that failure logs it.
   */
  lastResort(request: ErrorRequest<Context>): ResponsePlan;
}

/** A status answered with nothing but its own words: nothing to expose, map or log. */
function statusSource(status: number): ProblemSource {
  return Object.freeze({
    thrown: undefined,
    resolver: undefined,
    error: Object.freeze({
      status,
      statusSource: 'error',
      exposed: false,
      message: undefined,
      stack: undefined,
      extensions: Object.freeze({}),
      headers: Object.freeze([]),
      memberSource: undefined,
    }),
    mappable: false,
  });
}

/** What a request no route answered reads like: a 404 of its own. */
const NO_ROUTE = statusSource(404);

/** One source per error status, made on first use: at most the 200 statuses of 400–599. */
const STATUS_SOURCES = new Map<number, ProblemSource>([[404, NO_ROUTE]]);

function sourceOfStatus(status: number): ProblemSource {
  const valid = isErrorStatus(status) ? status : 500;
  let source = STATUS_SOURCES.get(valid);
  if (source === undefined) {
    source = statusSource(valid);
    STATUS_SOURCES.set(valid, source);
  }
  return source;
}

/**
 * Creates the error layer: validates the options (a `TypeError` naming a wrong one) and returns the functions
 * the adapters call. Adapters translate their framework's request and response; every decision is made here.
 *
 * One error takes one path, top to bottom: read the thrown value, negotiate the language and the format (the
 * words depend on the language), build the problem (the application's hooks), log it, then plan the response
 * (render the body, list the headers), reused when the same response was planned before. The adapter writes it.
 *
 * @example
 * ```ts
 * const layer = createErrorLayer<IncomingMessage>({ formats: ['problem+json', 'html'] }, { log: console.error });
 * sendResponsePlan(req, res, layer.respond(error, nodeErrorRequest(req, req)));
 * ```
 */
export function createErrorLayer<Context>(
  input: ErrorLayerOptions<Context> | undefined,
  defaults: AdapterDefaults<Context>,
): ErrorLayer<Context> {
  const options = resolveOptions(input);
  const { catalog } = options;
  const negotiate = createNegotiation(options);
  const settings: PlanSettings = {
    catalog,
    // The header the id was read from, or for an id the app computes, `X-Request-Id`.
    requestIdHeader:
      typeof options.requestId === 'object'
        ? options.requestId.header
        : typeof options.requestId === 'function'
          ? REQUEST_ID_HEADER
          : undefined,
  };
  const responses = new ResponseCache(settings);
  const buildProblem = createProblemBuilder(options, responses);
  const log = safeLogger(options.log === false ? undefined : (options.log ?? defaults.log));
  const shouldLog = (status: number) => status >= 500 || options.logClientErrors;

  function planFor(built: BuiltProblem, { format, head }: Negotiated): ResponsePlan {
    return responses.plan(built, format, head);
  }

  function answer(source: ProblemSource, request: ErrorRequest<Context>): ResponsePlan {
    try {
      const negotiated = negotiate(request);
      const built = buildProblem(source, request, negotiated);
      const { status } = built.problem;
      if (source.mappable && shouldLog(status)) {
        const { requestId } = built;
        log(built.logged ?? source.thrown, request, {
          status,
          hookFailure: false,
          ...(requestId === undefined ? {} : { requestId }),
        });
      }
      return planFor(built, negotiated);
    } catch (failure) {
      // The request id still names the answer and its log lines, unless its own hook is the one that failed.
      const requestId = failure instanceof HookError && failure.hook === 'requestId' ? undefined : idOf(request);
      const withId = requestId === undefined ? {} : { requestId };
      if (source.mappable) log(source.thrown, request, { status: 500, hookFailure: false, ...withId });
      // A hook of the application failed, or (never expected) the layer itself: the log says which.
      if (failure instanceof HookError) log(failure, request, { status: 500, hookFailure: true, ...withId });
      else
        log(new Error('status-i18n: the error layer failed', { cause: failure }), request, {
          ...failureInfo,
          ...withId,
        });
      return safePlan(request, requestId);
    }
  }

  /**
   * The request id by the `requestId` option for an answer or a log line that must not fail: `undefined` when it
   * cannot be had (its hook throws).
   */
  function idOf(request: ErrorRequest<Context>): string | undefined {
    try {
      return requestIdOf(options.requestId, request);
    } catch {
      return undefined;
    }
  }

  /** The response when a hook failed: the catalog's own 500, with no hook involved but the request id's. */
  function safePlan(request: ErrorRequest<Context>, requestId: string | undefined = idOf(request)): ResponsePlan {
    let negotiated: Negotiated = {
      locale: catalog.defaultLocale,
      fromHeader: false,
      format: options.defaultFormat,
      head: request.method === 'HEAD',
    };
    try {
      negotiated = negotiate(request, false);
    } catch {
      // A header getter that throws still gets the default language and format.
    }
    const { locale } = negotiated;
    const entry = catalog.describe(500, { locale }) as CodeDescription;
    const problem: ProblemDetails = { type: 'about:blank', title: entry.title, status: 500, detail: entry.description };
    if (requestId !== undefined) problem.requestId = requestId;
    return planFor({ problem, entry, locale, headers: [], requestId }, negotiated);
  }

  return {
    respond(thrown, request) {
      const resolver = problemResolverOf(thrown);
      // An application problem (a validation problem) carries its members; the error's own are not shown.
      const error = readError(thrown, request.presetStatus, options.debug, resolver === undefined ? 'defer' : 'none');
      return answer({ thrown, resolver, error, mappable: true }, request);
    },
    notFound: (request) => answer(NO_ROUTE, request),
    bodilessStatus: (status, request) => answer(sourceOfStatus(status), request),
    report(thrown, request) {
      const { status } = readError(thrown, request.presetStatus, false, 'none');
      if (!shouldLog(status)) return;
      // Headers already sent: the id is in no answer, but the log line still names the request.
      const requestId = idOf(request);
      log(thrown, request, { status, hookFailure: false, ...(requestId === undefined ? {} : { requestId }) });
    },
    lastResort: (request) => safePlan(request),
  };
}

const failureInfo: LogInfo = { status: 500, hookFailure: false };
