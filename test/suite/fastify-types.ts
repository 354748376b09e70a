import type { FastifyInstance } from 'fastify5';

/** A Fastify app of either major, as the suite uses it (Fastify 5's types; Fastify 4's app has the same calls). */
export type FastifyApp = FastifyInstance;

/** A plugin `app.register()` takes. */
export type FastifyPlugin = Parameters<FastifyApp['register']>[0];

/** The ecosystem's plugins, in the release line that supports the Fastify major under test. */
export interface FastifyPlugins {
  readonly cors: FastifyPlugin;
  readonly compress: FastifyPlugin;
  readonly formbody: FastifyPlugin;
  readonly helmet: FastifyPlugin;
  readonly multipart: FastifyPlugin;
  readonly sensible: FastifyPlugin;
}

/** What a setup may change on the test route. */
export interface FastifyRouteSettings {
  /** The route's body limit in bytes (Fastify's default is 1 MiB). */
  readonly bodyLimit?: number;
}
