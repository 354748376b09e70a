import request from 'supertest';
import type { AppSetup, Framework } from './frameworks';

export interface CallOptions {
  readonly path?: string;
  readonly method?: 'get' | 'post' | 'put' | 'delete' | 'head' | 'patch' | 'options';
  readonly headers?: Readonly<Record<string, string>>;
  /** A request body: sent as JSON when an object. */
  readonly body?: string | object;
}

/** Starts the app on a loopback port, sends one request, and returns supertest's response. */
export async function call(
  framework: Framework,
  setup: AppSetup,
  { path = '/boom', method = 'get', headers = {}, body }: CallOptions = {},
) {
  const server = framework.server(setup);
  let pending = request(server)[method](path);
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  return body === undefined ? pending : pending.send(body);
}

/** A route that throws `value`. */
export const throwing = (value: unknown) => () => {
  throw value;
};

/** The options most tests use: logging captured instead of printed. */
export const quiet = { log: () => undefined };

/** The reason phrase of the status line, which supertest's typings do not show. */
export function reasonPhrase(response: object): string | undefined {
  return (response as { res?: { statusMessage?: string } }).res?.statusMessage;
}
