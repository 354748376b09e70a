import { createErrorLayer, type ErrorLayerOptions, type ErrorRequest } from '@status-i18n/core';
import { clientLeftStatus, nodeErrorRequest, truncateResponse } from '@status-i18n/core/node';
import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ERROR_HANDLER } from './framework-errors';
import { type ClientErrorLogLevel, checkLogLevel, requestLogger } from './log';
import { answerFailed, isAnswering, sendReplyPlan } from './send';
import { fastifyValidationProblem } from './validation';

/** Options of {@link statusI18n}: the core's, whose hooks receive Fastify's `request`, and two of Fastify's own. */
export interface FastifyErrorOptions extends ErrorLayerOptions<FastifyRequest> {
  /**
   * The level the default log writes a 4xx at, when `logClientErrors` is set. Default `'info'`, as Fastify's own
   * error handler. 5xx are always logged at `error`. Not used with a `log` of your own.
   */
  readonly clientErrorLogLevel?: ClientErrorLogLevel;
  /**
   * Answer requests no route matched (`setNotFoundHandler`). Default `true`; `false` leaves the not-found handler
   * to the app (a 404 it throws is still answered by the error handler).
   */
  readonly notFound?: boolean;
}

/**
 * The request as the core reads it; the hooks get Fastify's `request`. With the status the reply already had
 * (`reply.code(401)` before `done(error)`, as @fastify/auth fails a request): used for an error without a status
 * of its own, as Fastify's own handler and Express do; its message then stays hidden.
 */
function errorRequestOf(
  request: FastifyRequest,
  reply: FastifyReply,
  presetStatus?: number,
): ErrorRequest<FastifyRequest> {
  // `originalUrl`: the URL the client asked for, before a `rewriteUrl` changed it. The reply, for the headers set on
  // it before the error (a request id).
  return nodeErrorRequest(request.raw, request, request.originalUrl, presetStatus, reply);
}

function plugin(fastify: FastifyInstance, options: FastifyErrorOptions, done: (error?: Error) => void): void {
  try {
    register(fastify, options);
  } catch (error) {
    // A wrong option: avvio does not catch what a callback plugin throws, it must be handed to `done`.
    done(error as Error);
    return;
  }
  done();
}

function register(fastify: FastifyInstance, options: FastifyErrorOptions): void {
  // The plugin applies to the whole app (fastify-plugin): a second registration would replace the first's
  // handlers with other options, and Fastify would stop on the decorator with a message that does not say why.
  if (fastify.hasDecorator(ERROR_HANDLER)) {
    throw new Error('status-i18n: statusI18n is registered twice on this app; register it once, on the root');
  }
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('status-i18n: the options of statusI18n are an object, as in app.register(statusI18n, { … })');
  }
  // `prefix`, `logLevel` and `logSerializers` are Fastify's options of `register()` itself, not ours.
  const {
    clientErrorLogLevel = 'info',
    notFound = true,
    prefix: _prefix,
    logLevel: _logLevel,
    logSerializers: _logSerializers,
    ...layerOptions
  } = (options ?? {}) as FastifyErrorOptions & Record<'prefix' | 'logLevel' | 'logSerializers', unknown>;
  if (typeof notFound !== 'boolean') throw new TypeError('status-i18n: option "notFound" must be a boolean');
  const layer = createErrorLayer<FastifyRequest>(layerOptions, {
    log: requestLogger(checkLogLevel(clientErrorLogLevel)),
  });
  const validationStatus = layerOptions.validationStatus === 400 ? 400 : 422;

  // Not async: an error handler's promise that resolves to nothing makes Fastify look for a payload.
  const handleError = function statusI18nErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    const { raw } = reply;
    if (reply.sent || raw.headersSent) {
      // Too late for an error response: logged once, by the `log` rule, and a response under way is cut so the
      // client sees it truncated rather than complete.
      layer.report(error, errorRequestOf(request, reply));
      if (raw.headersSent && !raw.writableEnded) truncateResponse(raw);
      return;
    }
    if (isAnswering(reply)) {
      // Our own answer failed on its way (the not-found handler's, through an app's onSend hook): a failure of the
      // server, whatever status the answer had.
      answerFailed(reply, error, layer, errorRequestOf(request, reply));
      return;
    }
    // The 400 of a body whose client left (see clientLeftStatus), else the status the reply had.
    const errorRequest = errorRequestOf(request, reply, clientLeftStatus(request.raw, error) ?? reply.statusCode);
    const thrown = fastifyValidationProblem(error, validationStatus) ?? error;
    sendReplyPlan(reply, layer.respond(thrown, errorRequest), layer, errorRequest);
  };
  fastify.setErrorHandler(handleError);
  // For `frameworkErrors`, which Fastify calls before any route or scope is chosen (see ./framework-errors.ts).
  fastify.decorate(ERROR_HANDLER, handleError);

  if (notFound) {
    try {
      fastify.setNotFoundHandler(function statusI18nNotFound(request, reply) {
        const errorRequest = errorRequestOf(request, reply);
        sendReplyPlan(reply, layer.notFound(errorRequest), layer, errorRequest);
      });
    } catch (error) {
      // Fastify's own message says only that one is set: say which option leaves it to the app.
      throw new Error(
        'status-i18n: the app already set a not-found handler; register statusI18n with { notFound: false } to keep it',
        { cause: error },
      );
    }
  }
}

/**
 * Fastify plugin: every error (thrown in a route or hook, a failed schema validation, Fastify's own errors) and
 * every request no route matched get a localized, safe response: RFC 9457 problem+json, JSON, HTML or text,
 * negotiated from `Accept` and `Accept-Language`. Wrapped with `fastify-plugin`, so it applies to the whole app,
 * not only to its own scope; a child scope's `setErrorHandler` still wins there. Fastify 4 and 5.
 *
 * Validation errors become field errors (`pointer` in the body, `parameter` in the query string and path,
 * `header` in the headers) with the `validationStatus` (422 unless set to 400; Fastify's own handler answers
 * 400). Answers go through the reply API, so `onSend` hooks (CORS, compression) apply to them.
 *
 * @param options see `FastifyErrorOptions`; checked when the plugin loads: a wrong one makes `ready()` and
 *   `listen()` reject with a `TypeError` naming it
 *
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { statusI18n } from '@status-i18n/fastify';
 *
 * const app = Fastify({ logger: true });
 * await app.register(statusI18n, { defaultLocale: 'zh-CN', instance: true });
 * app.get('/seats/:id', () => {
 *   throw Object.assign(new Error('Seat 12A is taken'), { statusCode: 409, expose: true });
 * });
 * await app.listen({ port: 3000 });
 * ```
 */
export const statusI18n: FastifyPluginCallback<FastifyErrorOptions> = fp(plugin, {
  name: '@status-i18n/fastify',
  fastify: '4.x || 5.x',
});
