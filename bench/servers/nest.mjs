/**
 * NestJS 12 apps on one of its platforms: Nest's default exception handling (BaseExceptionFilter) or ours. Every
 * route throws the case's error. Nest comes from the suite's Nest 12 tree (test/nest-12): the benchmark has no
 * copy of its own.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { errorsFor } from '../lib/cases.mjs';

const nest = createRequire(new URL('../../test/nest-12/package.json', import.meta.url));
nest('reflect-metadata');
const { Controller, Get } = nest('@nestjs/common');
const { HttpAdapterHost, NestFactory } = nest('@nestjs/core');

/** A controller with a GET route per case path, each throwing a fresh error (decorators applied as calls). */
function errorController(handler) {
  class Errors {}
  for (const [index, [path, makeError]] of Object.entries(errorsFor(handler)).entries()) {
    const name = `route${index}`;
    Errors.prototype[name] = () => {
      throw makeError();
    };
    const descriptor = Object.getOwnPropertyDescriptor(Errors.prototype, name);
    Object.defineProperty(Errors.prototype, name, Get(path)(Errors.prototype, name, descriptor) ?? descriptor);
  }
  Controller()(Errors);
  return Errors;
}

async function platformAdapter(platform) {
  if (platform === 'express') {
    const { ExpressAdapter } = nest('@nestjs/platform-express');
    return { adapter: new ExpressAdapter(), handler: (app) => app.getHttpAdapter().getInstance() };
  }
  const { FastifyAdapter } = nest('@nestjs/platform-fastify');
  let fastifyHandler;
  // Fastify hands its request handler to a server of its own making; the benchmark's server calls it instead.
  const adapter = new FastifyAdapter({
    serverFactory: (handler) => {
      fastifyHandler = handler;
      return createServer(handler);
    },
  });
  return { adapter, handler: () => fastifyHandler };
}

/**
 * @param {'basefilter' | 'ours'} handler Nest's default (no filter: BaseExceptionFilter answers) or ours
 * @param {'nest12-express' | 'nest12-fastify'} version Nest 12 on a platform
 */
export async function create(handler, version) {
  const platform = version.endsWith('fastify') ? 'fastify' : 'express';
  const Errors = errorController(handler);
  class AppModule {}
  nest('@nestjs/common').Module({ controllers: [Errors] })(AppModule);
  const { adapter, handler: handlerOf } = await platformAdapter(platform);
  // Nest's logger off: its default filter logs every 5xx, and no variant logs anything.
  const app = await NestFactory.create(AppModule, adapter, { logger: false });
  if (handler === 'ours') {
    // The filter itself, not the module: the built package's own copy of @nestjs/core is not this app's, and
    // the module finds HttpAdapterHost by its class.
    const { StatusI18nFilter } = await import('../../packages/nestjs/dist/index.js');
    app.useGlobalFilters(new StatusI18nFilter(app.get(HttpAdapterHost), { log: false }));
  }
  await app.init();
  if (platform === 'fastify') await app.getHttpAdapter().getInstance().ready();
  return handlerOf(app);
}
