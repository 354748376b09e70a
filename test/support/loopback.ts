import { once } from 'node:events';
import { Agent, createServer, type RequestListener, request, type ServerOptions } from 'node:http';
import { type AddressInfo, connect as connectSocket } from 'node:net';
import { Writable } from 'node:stream';
import express4 from 'express4';
import express5 from 'express5';

type ExpressFactory = typeof express5;

/** Both Express majors, for `describe.each`. */
export const expressVersions: ReadonlyArray<readonly [string, ExpressFactory]> = [
  ['Express 4', express4 as unknown as ExpressFactory],
  ['Express 5', express5],
];

export interface Served {
  readonly port: number;
  /** How many TCP connections clients opened: 1 when a keep-alive connection carried every request. */
  connections(): number;
  close(): Promise<void>;
}

/** Starts `app` on a free loopback port. */
export function serve(app: RequestListener, options: ServerOptions = {}): Promise<Served> {
  const server = createServer(options, app);
  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        connections: () => connections,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface Upload {
  readonly path: string;
  readonly body: Buffer;
  /** Send the body chunked (no `Content-Length`), as a client streaming a body of unknown size does. */
  readonly chunked?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Sends `count` uploads at once through a keep-alive agent with a single socket, so each request waits for the
 * one before it on the same connection. Resolves with each one's status, or `'no answer'` when it got none
 * within `timeoutMs`.
 */
export async function uploadOverOneSocket(
  port: number,
  upload: Upload,
  count = 6,
  timeoutMs = 5000,
): Promise<Array<number | string>> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const one = () =>
      new Promise<number | string>((resolve) => {
        const timer = setTimeout(() => resolve('no answer'), timeoutMs);
        const headers = { ...upload.headers, ...(upload.chunked ? {} : { 'Content-Length': upload.body.length }) };
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: upload.path, headers, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            clearTimeout(timer);
            resolve(res.statusCode ?? 0);
          });
        });
        req.on('error', (error) => {
          clearTimeout(timer);
          resolve(error.message);
        });
        if (upload.chunked) {
          // Several writes, so the body really goes out as chunks.
          for (let offset = 0; offset < upload.body.length; offset += 16_384) {
            req.write(upload.body.subarray(offset, offset + 16_384));
          }
          req.end();
        } else {
          req.end(upload.body);
        }
      });
    return await Promise.all(Array.from({ length: count }, one));
  } finally {
    agent.destroy();
  }
}

/** An upload big enough (2.7 MB) that a consumer failing early leaves most of it unread on the wire. */
export const UPLOAD = Buffer.alloc(2_700_000, 'a');

/** A consumer that takes 64 KB, then fails with a 507 the way a full disk does; `onError` gets the failure. */
export function sinkFailingAfter64KB(onError: (error: Error) => void): Writable {
  let received = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > 65_536 ? Object.assign(new Error('disk quota exceeded'), { status: 507 }) : undefined);
    },
  }).on('error', onError);
}

/** A consumer that never asks for more: whatever was piped into it stays unread. */
export function stalledSink(): Writable {
  return new Writable({ highWaterMark: 1, write: () => undefined });
}

/**
 * Starts a POST to `path` whose `Content-Length` promises more than it sends (2 KB of `body`, after `headers`),
 * then leaves: the client is gone in the middle of its body, as one that cancels an upload.
 */
export async function leaveMidBody(
  port: number,
  path: string,
  { headers = '', body = 'a'.repeat(2048) }: { headers?: string; body?: string } = {},
): Promise<void> {
  const socket = connectSocket(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Content-Length: 100000\r\n\r\n${body}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
}

/** A promise and the function that settles it: for a test that waits until a route has failed. */
export function signal(): { done: () => void; settled: Promise<void> } {
  let done: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { done, settled };
}

/** The start of a multipart upload of one file, for {@link leaveMidBody}: a parser is in the middle of the file. */
export const MULTIPART_START = {
  headers: 'Content-Type: multipart/form-data; boundary=B\r\n',
  body: `--B\r\nContent-Disposition: form-data; name="avatar"; filename="a.png"\r\n\r\n${'a'.repeat(2048)}`,
};

/**
 * Serves `listener`, leaves in the middle of a body sent to `path` (see {@link leaveMidBody}) and waits until the
 * route failed: the statuses the `log` option's mock was called with.
 */
export async function statusesLoggedAfterLeaving(
  listener: RequestListener,
  path: string,
  routeFailed: Promise<void>,
  log: { mock: { calls: unknown[][] } },
  /** The headers and the part of the body sent before leaving, if not the default's. */
  sent?: Parameters<typeof leaveMidBody>[2],
): Promise<number[]> {
  const served = await serve(listener);
  try {
    await leaveMidBody(served.port, path, sent);
    await routeFailed;
    return log.mock.calls.map((call) => (call[2] as { status: number }).status);
  } finally {
    await served.close();
  }
}
