import { createErrorLayer, type ErrorLayer } from '@status-i18n/core';
import { nodeErrorRequest } from '@status-i18n/core/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLogger } from './log';
import { sendReplyPlan } from './send';

/** Where the plugin leaves its error handler on the app, for {@link frameworkErrors}. */
export const ERROR_HANDLER = Symbol('status-i18n.fastify.errorHandler');

type ErrorHandler = (error: unknown, request: FastifyRequest, reply: FastifyReply) => void;

// Any server Fastify runs on (HTTP/1, HTTPS, HTTP/2): `Fastify({ http2: true, frameworkErrors })` types the
// request and the reply with its raw server's types.
// biome-ignore lint/suspicious/noExplicitAny: every route generic and raw server type fits here
type AnyRequest = FastifyRequest<any, any, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
type AnyReply = FastifyReply<any, any, any, any>;

/** For an app that passes `frameworkErrors` without the plugin on its root; made on first use. */
let defaultLayer: ErrorLayer<FastifyRequest> | undefined;

/**
 * Fastify's `frameworkErrors` option: the errors Fastify meets before it picks a route (a URL it cannot decode,
 * `FST_ERR_BAD_URL`; a path parameter over `maxParamLength`, `FST_ERR_MAX_PARAM_LENGTH`; a failed async
 * constraint) are answered by the plugin like every other error. Without it Fastify answers them itself, with
 * a JSON body that quotes the path. It is an option of `Fastify()` itself, which no plugin can set: pass it
 * there, and register the plugin.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { frameworkErrors, statusI18n } from '@status-i18n/fastify';
 *
 * const app = Fastify({ frameworkErrors });
 * await app.register(statusI18n);
 * ```
 */
export function frameworkErrors(error: Error, request: AnyRequest, reply: AnyReply): void {
  const handle = (request.server as unknown as Partial<Record<typeof ERROR_HANDLER, ErrorHandler>>)[ERROR_HANDLER];
  if (handle !== undefined) {
    handle(error, request as FastifyRequest, reply as FastifyReply);
    return;
  }
  // The plugin is not registered on the app's root (inside a child scope, or not at all): the same answer with
  // the default options, rather than Fastify's, which quotes the path.
  defaultLayer ??= createErrorLayer<FastifyRequest>(undefined, { log: requestLogger('info') });
  const errorRequest = nodeErrorRequest(request.raw, request as FastifyRequest, request.originalUrl, undefined, reply);
  sendReplyPlan(reply as FastifyReply, defaultLayer.respond(error, errorRequest), defaultLayer, errorRequest);
}
