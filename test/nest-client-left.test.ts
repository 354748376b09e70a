import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { nestErrorRequest } from '../packages/nestjs/src/request';

/**
 * The Nest filter reads a request whose client left mid-body as the core does for the other adapters: an error
 * without a status of its own is then the client's 400, not a logged 500. Over a real server, with the request
 * as each platform hands it to Nest: Express's `req` itself, Fastify's request with the Node.js one as `raw`.
 */
describe('Nest: a client that leaves in the middle of its body', () => {
  const adapter = {
    getRequestMethod: (req: IncomingMessage) => req.method,
    getRequestUrl: (req: IncomingMessage) => req.url,
  };

  /** The status each platform's request gets with the body's own failure, and with another one after it. */
  async function requestsRead(leave: boolean) {
    const read: Array<number | undefined> = [];
    const server = createServer((req, res) => {
      const done = (failure?: Error) => {
        for (const request of [req, { raw: req, headers: req.headers, method: req.method, url: req.url }]) {
          for (const thrown of [failure, new Error('connect ETIMEDOUT db.internal:5432')]) {
            read.push(nestErrorRequest(adapter as never, request, thrown).presetStatus);
          }
        }
        if (!res.destroyed) res.end();
      };
      req.on('error', done);
      req.on('end', done);
      req.resume();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await once(socket, 'connect');
    const body = 'a'.repeat(2048);
    socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${leave ? 100000 : body.length}\r\n\r\n${body}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.close();
    return read;
  }

  it('gives the failure of a body whose client left the status 400, and no other failure', async () => {
    // The body's own failure (`aborted`) is the client's; a database that failed meanwhile is still the server's.
    expect(await requestsRead(true)).toEqual([400, undefined, 400, undefined]);
  });

  it('gives none while the body arrived whole (a failure after it is still the server’s)', async () => {
    expect(await requestsRead(false)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
