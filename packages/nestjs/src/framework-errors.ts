import type { HttpAdapterHost } from '@nestjs/core';
import { filterAnswerOf } from './before-routing';
import { StatusI18nFilter } from './filter';
import type { NestHttpAdapter } from './reply';

/** What the fallback answer uses of Fastify's reply: the methods Nest's own Fastify adapter calls. */
interface FastifyReplyLike {
  readonly sent: boolean;
  readonly raw: { readonly headersSent: boolean; end(message?: unknown): void };
  code(status: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(body: unknown): FastifyReplyLike;
}

/**
 * For an app that passes `frameworkErrors` with no filter of this package made for it: Nest's Fastify adapter's
 * steps, done on the reply (there is no adapter to ask: Fastify calls `frameworkErrors` with its own objects).
 * With Fastify's reply in hand the filter sends through it itself; the sending members stand for the interface.
 */
const FASTIFY_REPLY: NestHttpAdapter = {
  getType: () => 'fastify',
  isHeadersSent: (reply) => (reply as FastifyReplyLike).sent || (reply as FastifyReplyLike).raw.headersSent,
  setHeader: (reply, name, value) => (reply as FastifyReplyLike).header(name, value),
  reply: (reply, body, status = (reply as { statusCode: number }).statusCode) =>
    (reply as FastifyReplyLike).code(status).send(body),
  status: (reply, status) => (reply as FastifyReplyLike).code(status),
  end: (reply, message) => (reply as FastifyReplyLike).raw.end(message),
};

/** Made on first use, with the default options. */
let defaultFilter: StatusI18nFilter | undefined;

/**
 * Fastify's `frameworkErrors` option, for Nest's Fastify platform: the errors Fastify meets before it picks a route
 * (a URL it cannot decode, `FST_ERR_BAD_URL`; a path parameter over `maxParamLength`, `FST_ERR_MAX_PARAM_LENGTH`)
 * never reach Nest. Passed to `FastifyAdapter`, they are answered by the app's `StatusI18nFilter` (the one
 * `StatusI18nModule` registers), with its options, like every other error. Without it Fastify answers them
 * itself, with a JSON body that quotes the path. With no filter of this package in the app, they get the same
 * kind of answer with the default options.
 *
 * @example
 * ```ts
 * import { NestFactory } from '@nestjs/core';
 * import { FastifyAdapter } from '@nestjs/platform-fastify';
 * import { frameworkErrors } from '@status-i18n/nestjs';
 *
 * const app = await NestFactory.create(AppModule, new FastifyAdapter({ frameworkErrors }));
 * ```
 */
// Fastify's types of the request and reply are left open: the package does not depend on Fastify, and the
// option's parameters are Fastify's request and reply of any route.
// biome-ignore lint/suspicious/noExplicitAny: any request of any Fastify server (HTTP/1, HTTPS, HTTP/2)
export function frameworkErrors(error: Error, request: any, reply: any): void {
  const answer = filterAnswerOf((request as { server?: unknown } | null)?.server);
  if (answer !== undefined) {
    answer(error, request, reply);
    return;
  }
  defaultFilter ??= new StatusI18nFilter({ httpAdapter: FASTIFY_REPLY } as unknown as HttpAdapterHost);
  defaultFilter.catch(error, {
    getType: () => 'http',
    getArgByIndex: (index: number) => (index === 0 ? request : reply),
  } as never);
}
