import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Observed } from './check';

export interface Listening {
  readonly port: number;
  readonly agent: Agent;
  close(): Promise<void>;
}

/** Starts a server on a free loopback port, with a keep-alive agent for the requests sent to it. */
export function listen(server: Server): Promise<Listening> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const agent = new Agent({ keepAlive: true, maxSockets: 4 });
      resolve({
        port,
        agent,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface SendOptions {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** A response that has not ended by then counts as a hang. */
  readonly timeoutMs?: number;
}

/** Sends one request and reads the whole response: status, headers (lower-case) and the raw body bytes. */
export function send(target: Listening, options: SendOptions = {}): Promise<Observed> {
  const { method = 'GET', path = '/boom', timeoutMs = 5000 } = options;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) if (value !== undefined) headers[name] = value;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`${method} ${path}: no complete response within ${timeoutMs} ms`));
    }, timeoutMs);
    const req = request({ host: '127.0.0.1', port: target.port, method, path, headers, agent: target.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          head: method === 'HEAD',
        });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end();
  });
}
