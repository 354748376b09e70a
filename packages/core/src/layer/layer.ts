import { readError } from '../error/normalize';
import { CatalogEntries } from './entries';
import { HookError } from './hooks';
import { safeLogger } from './log';
import { type ErrorLayerOptions, type LogInfo, resolveOptions } from './options';
import type { ErrorRequest, ResponsePlan } from './plan';
import { Planner } from './planner';
import { createProblemBuilder, NOT_FOUND } from './problem';

/** Framework-specific defaults an adapter gives the layer. */
export interface AdapterDefaults<Context> {
  /** The log used when the `log` option is not set (Express: `console.error`; Koa: `app.emit('error')`). */
  readonly log: (error: unknown, context: Context, info: LogInfo) => void;
}

/** The framework-free error layer both adapters are built on. */
export interface ErrorLayer<Context> {
  /** Plans the response for a thrown value, and logs it by the rules. Never throws. */
  respond(thrown: unknown, request: ErrorRequest<Context>): ResponsePlan;
  /** Plans the 404 response for a request no route answered. Never throws. */
  notFound(request: ErrorRequest<Context>): ResponsePlan;
  /** Logs an error whose response can no longer be sent (headers already sent), by the same rules. */
  report(thrown: unknown, request: ErrorRequest<Context>): void;
}

/**
 * Creates the error layer: validates the options (a `TypeError` naming a wrong one) and returns the functions
 * the adapters call. Adapters translate their framework's request and response; every decision is made here.
 *
 * @example
 * ```ts
 * const layer = createErrorLayer<IncomingMessage>({ formats: ['problem+json', 'html'] }, { log: console.error });
 * writeResponsePlan(res, layer.respond(error, { method, path, header, context: req }));
 * ```
 */
export function createErrorLayer<Context>(
  input: ErrorLayerOptions<Context> | undefined,
  defaults: AdapterDefaults<Context>,
): ErrorLayer<Context> {
  const options = resolveOptions(input);
  const { catalog } = options;
  const entries = new CatalogEntries(catalog);
  const problems = createProblemBuilder(options, entries);
  const planner = new Planner(options, entries);
  const log = safeLogger(options.log === false ? undefined : (options.log ?? defaults.log));

  const shouldLog = (status: number) => status >= 500 || options.logClientErrors;

  /** The response when a hook failed: the catalog's own 500, with no hook involved. */
  function safePlan(request: ErrorRequest<Context>): ResponsePlan {
    let locale = catalog.defaultLocale;
    try {
      locale = catalog.negotiateLocale(request.header('accept-language'));
    } catch {
      // A header getter that throws still gets the default language.
    }
    const entry = entries.get(500, locale);
    const problem = { type: 'about:blank', title: entry.title, status: 500, detail: entry.description };
    return planner.plan({ problem, entry, locale, generic: true, headers: [], requestId: undefined }, request);
  }

  function respond(thrown: unknown, request: ErrorRequest<Context>): ResponsePlan {
    try {
      const built = problems.transform(problems.build(thrown, request), request);
      const { status } = built.problem;
      if (thrown !== NOT_FOUND && shouldLog(status)) {
        log(thrown, request, {
          status,
          hookFailure: false,
          ...(built.requestId === undefined ? {} : { requestId: built.requestId }),
        });
      }
      return planner.plan(built, request);
    } catch (failure) {
      const hookError = failure instanceof HookError ? failure : new HookError('error layer', 'failed', failure);
      if (thrown !== NOT_FOUND) log(thrown, request, { status: 500, hookFailure: false });
      log(hookError, request, { status: 500, hookFailure: true });
      return safePlan(request);
    }
  }

  return {
    respond,
    notFound: (request) => respond(NOT_FOUND, request),
    report(thrown, request) {
      let status = 500;
      try {
        status = readError(thrown, request.presetStatus, false).status;
      } catch {
        // readError does not throw; the guard keeps report() total even so.
      }
      if (shouldLog(status)) log(thrown, request, { status, hookFailure: false });
    },
  };
}
