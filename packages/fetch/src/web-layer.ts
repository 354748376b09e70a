import { createErrorLayer, type ErrorLayerOptions, printError } from '@status-i18n/core';
import { webErrorRequest } from './request';
import { planToResponse } from './response';

/** What the framework helpers add to a `Response` beyond the plan: the headers of the moment of the error. */
export interface ResponseHeaders {
  /** Headers the response had before the error (Hono's `c.header()`, hono/cors): cross-cutting ones stay. */
  readonly before?: Headers | undefined;
  /** Headers the error brings in a form the core does not read (Hono's `HTTPException` `res`). */
  readonly error?: Headers | undefined;
}

/** The error path of one options object, for any context the hooks receive. */
export interface WebLayer<Context> {
  respond(error: unknown, request: Request, context: Context, headers?: ResponseHeaders): Response;
  notFound(request: Request, context: Context, headers?: ResponseHeaders): Response;
}

/** The default log: 5xx (and 4xx with `logClientErrors`) on `console.error`, as most servers print errors. */
const defaults = {
  log: printError,
};

/**
 * Creates the error layer (the options are checked now: a `TypeError` names a wrong one) and turns its plans
 * into `Response`s.
 *
 * @example
 * ```ts
 * const layer = createWebLayer<Request>({ instance: true });
 * return layer.respond(error, request, request);
 * ```
 */
export function createWebLayer<Context>(options: ErrorLayerOptions<Context> | undefined): WebLayer<Context> {
  const layer = createErrorLayer<Context>(options, defaults);
  return {
    respond: (error, request, context, headers) =>
      planToResponse(layer.respond(error, webErrorRequest(request, context, headers?.before)), headers),
    notFound: (request, context, headers) =>
      planToResponse(layer.notFound(webErrorRequest(request, context, headers?.before)), headers),
  };
}
