import { Writable } from 'node:stream';
import compress5 from '@fastify/compress';
import cors5 from '@fastify/cors';
import formbody5 from '@fastify/formbody';
import helmet5 from '@fastify/helmet';
import multipart5 from '@fastify/multipart';
import sensible5 from '@fastify/sensible';
import fastify4 from 'fastify4';
import compress4 from 'fastify4-compress';
import cors4 from 'fastify4-cors';
import formbody4 from 'fastify4-formbody';
import helmet4 from 'fastify4-helmet';
import multipart4 from 'fastify4-multipart';
import sensible4 from 'fastify4-sensible';
import fastify5 from 'fastify5';
import type { FastifyApp, FastifyPlugin, FastifyPlugins } from '../suite/fastify-types';

/** Makes a Fastify app of one major (typed as Fastify 5's; Fastify 4's has the same calls). */
export type FastifyFactory = (options?: Record<string, unknown>) => FastifyApp;

export interface FastifyMajor {
  readonly name: string;
  readonly fastify: FastifyFactory;
  /** @fastify/* plugins of the release line that supports this major. */
  readonly plugins: FastifyPlugins;
}

export const fastifyMajors: readonly FastifyMajor[] = [
  {
    name: 'Fastify 4',
    fastify: fastify4 as unknown as FastifyFactory,
    plugins: {
      cors: cors4 as FastifyPlugin,
      compress: compress4 as FastifyPlugin,
      formbody: formbody4 as FastifyPlugin,
      helmet: helmet4 as FastifyPlugin,
      multipart: multipart4 as FastifyPlugin,
      sensible: sensible4 as FastifyPlugin,
    },
  },
  {
    name: 'Fastify 5',
    fastify: fastify5 as unknown as FastifyFactory,
    plugins: {
      cors: cors5 as FastifyPlugin,
      compress: compress5 as FastifyPlugin,
      formbody: formbody5 as FastifyPlugin,
      helmet: helmet5 as FastifyPlugin,
      multipart: multipart5 as FastifyPlugin,
      sensible: sensible5 as FastifyPlugin,
    },
  },
];

/** For `describe.each`: each major under its name. */
export const eachFastify = fastifyMajors.map((major) => [major.name, major] as const);

/** One line pino wrote, parsed. */
export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly err?: { readonly type?: string; readonly message?: string };
  readonly [field: string]: unknown;
}

/** pino's numbers for its levels. */
export const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/** A pino destination that keeps every line, for `Fastify({ logger: { stream } })`. */
export function logCapture() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  return {
    stream,
    lines,
    /** The lines about errors: those with an `err`, and Fastify's own about a failed reply. */
    errorLines: () => lines.filter((line) => line.err !== undefined),
  };
}

/** Starts `app` on a loopback port and returns its base URL. */
export async function listen(app: FastifyApp): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

/** Gives what runs on the next turns of the event loop (a log written after the response) its chance. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
