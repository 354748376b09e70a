import { createErrorLayer, type ErrorLayerOptions, printError } from '@status-i18n/core';
import { clientLeftStatus, nodeErrorRequest, sendResponsePlan, truncateResponse } from '@status-i18n/core/node';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';

/** Options of {@link errorHandler} and {@link notFound}; the hooks receive Express's `req`. */
export type ExpressErrorOptions = ErrorLayerOptions<Request>;

const defaults = {
  // Express's own handler prints errors with console.error too; 5xx only, unless logClientErrors.
  log: printError,
};

/**
 * Express error middleware: any error passed to `next(err)` or thrown in a route becomes a localized, safe
 * response (RFC 9457 problem+json, JSON, HTML or text, negotiated from `Accept` and `Accept-Language`).
 * Mount it after every route. Works with Express 4 and 5.
 *
 * @param options see `ExpressErrorOptions`; checked now, a wrong one throws a `TypeError` naming it
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { errorHandler, notFound } from '@status-i18n/express';
 *
 * const app = express();
 * app.get('/', () => { throw Object.assign(new Error('Out of stock'), { status: 409, expose: true }); });
 * app.use(notFound());
 * app.use(errorHandler({ defaultLocale: 'zh-CN', instance: true }));
 * ```
 */
export function errorHandler(options?: ExpressErrorOptions): ErrorRequestHandler {
  const layer = createErrorLayer<Request>(options, defaults);
  // Express tells error middleware by its four parameters, so `_next` stays although it is never called.
  return function statusI18nErrorHandler(error, req, res, _next) {
    // A status the route set before the error (`res.status(409)` then `next(err)`) counts when the error has none;
    // so does the 400 of a body whose client left (see clientLeftStatus).
    const presetStatus = clientLeftStatus(req, error) ?? (res.headersSent ? undefined : res.statusCode);
    const request = nodeErrorRequest(req, req, req.originalUrl, presetStatus, res);
    if (res.headersSent) {
      // Too late for an error response. Logged here, by the `log` rule, and not handed on: Express's final
      // handler would print it a second time (whenever its env is not 'test', whatever `log` says).
      layer.report(error, request);
      // A response already complete has nothing to truncate: closing its connection would only break the
      // client's next request on it (keep-alive).
      if (!res.writableEnded) truncateResponse(res);
      return;
    }
    sendResponsePlan(req, res, layer.respond(error, request));
  };
}

/**
 * Express middleware for requests no route answered: a 404 in the same format and language as every other
 * error response. Mount it after every route and before {@link errorHandler}.
 *
 * @example
 * ```ts
 * app.use(notFound());
 * app.use(errorHandler());
 * ```
 */
export function notFound(options?: ExpressErrorOptions): RequestHandler {
  const layer = createErrorLayer<Request>(options, defaults);
  return function statusI18nNotFound(req, res, next) {
    if (res.headersSent) {
      // A response under way is not ours to answer (Express's final handler leaves it alone too).
      next();
      return;
    }
    sendResponsePlan(req, res, layer.notFound(nodeErrorRequest(req, req, req.originalUrl, undefined, res)));
  };
}

export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
