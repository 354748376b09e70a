import { once } from 'node:events';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import createError from 'http-errors';
import { createErrorLayer } from '../src/index';
import { nodeErrorRequest, sendResponsePlan, writeLastResort } from '../src/node/index';

/**
 * `sendResponsePlan` answers a request that has no body at once, and waits for (and drains) a body the app left
 * unread before answering: the keep-alive connection must carry the next request either way.
 */

const layer = createErrorLayer({ log: false }, { log: () => {} });

/** A server whose every request is answered with a 404 plan; records whether the answer went out at once. */
async function startServer(): Promise<{ server: Server; port: number; answeredAtOnce: boolean[] }> {
  const answeredAtOnce: boolean[] = [];
  const server = createServer((req, res) => {
    sendResponsePlan(req, res, layer.respond(createError(404), nodeErrorRequest(req, req)));
    answeredAtOnce.push(res.headersSent);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, answeredAtOnce };
}

interface Sent {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends the requests one after another on one keep-alive socket; the statuses and the sockets used. */
async function sendAll(port: number, requests: Sent[]): Promise<{ statuses: number[]; sockets: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<unknown>();
  const statuses: number[] = [];
  try {
    for (const sent of requests) {
      const req = httpRequest({
        port,
        host: '127.0.0.1',
        path: '/x',
        method: sent.method,
        headers: sent.headers,
        agent,
      });
      req.on('socket', (socket) => sockets.add(socket));
      req.end(sent.body);
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      res.resume();
      await once(res, 'end');
      statuses.push(res.statusCode ?? 0);
    }
  } finally {
    agent.destroy();
  }
  return { statuses, sockets: sockets.size };
}

describe('sendResponsePlan(req, res, plan)', () => {
  let started: Awaited<ReturnType<typeof startServer>>;
  beforeEach(async () => {
    started = await startServer();
  });
  afterEach(() => started.server.close());

  it('answers a request without a body at once (GET, HEAD, Content-Length: 0), on one keep-alive socket', async () => {
    const { statuses, sockets } = await sendAll(started.port, [
      { method: 'GET' },
      { method: 'HEAD' },
      { method: 'POST', headers: { 'content-length': '0' } },
      { method: 'GET' },
    ]);
    expect(statuses).toEqual([404, 404, 404, 404]);
    expect(sockets).toBe(1);
    expect(started.answeredAtOnce).toEqual([true, true, true, true]);
  });

  it('reads an unread body off the wire before the next request on the same socket (length and chunked)', async () => {
    const body = 'x'.repeat(200_000);
    const { statuses, sockets } = await sendAll(started.port, [
      { method: 'POST', headers: { 'content-length': String(body.length) }, body },
      { method: 'POST', headers: { 'transfer-encoding': 'chunked' }, body },
      { method: 'GET' },
    ]);
    expect(statuses).toEqual([404, 404, 404]);
    expect(sockets).toBe(1);
    // The bodies were still arriving when the handler ran: those answers waited for them.
    expect(started.answeredAtOnce).toEqual([false, false, true]);
  });
});

describe('writeLastResort(res, plan, carried)', () => {
  it('writes the safe 500 with the carried headers that stay: not the success path’s, not one Node.js refuses', async () => {
    const server = createServer((req, res) => {
      writeLastResort(res, layer.lastResort(nodeErrorRequest(req, req)), {
        'access-control-allow-origin': 'https://app.example',
        'cache-control': 'public, max-age=31536000',
        'x-trace': 'line one\nline two',
        'x-none': undefined,
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.status).toBe(500);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(response.headers.get('cache-control')).toBeNull();
      expect(response.headers.get('x-trace')).toBeNull();
      expect(((await response.json()) as { status: number }).status).toBe(500);
    } finally {
      server.close();
    }
  });
});

describe('a plan on Node.js', () => {
  /** The layer's plan for a 404 asked for in `accept` and `acceptLanguage`. */
  const planOf404 = (accept: string, acceptLanguage: string) =>
    layer.respond(createError(404), {
      method: 'GET',
      context: undefined,
      path: '/',
      header: (name) => ({ accept, 'accept-language': acceptLanguage })[name],
    });
  const plan = planOf404('text/html', 'zh-CN');

  it('carries its body as a Buffer over memory of its own, which Node.js and Fastify write as it is', () => {
    expect(Buffer.isBuffer(plan.body)).toBe(true);
    // Not a slice of Node's shared pool: a kept plan would hold the whole pool in memory.
    expect(plan.body.byteOffset).toBe(0);
    expect(plan.body.buffer.byteLength).toBe(plan.body.byteLength);
    expect(Buffer.from(plan.body).toString('utf8')).toContain('<html lang="zh-CN"');
  });

  it('carries a plain ASCII body as text too, and no text for a body with other characters', () => {
    const english = planOf404('application/json', 'en');
    expect(english.text).toBe(Buffer.from(english.body).toString('utf8'));
    expect(Buffer.byteLength(english.text as string)).toBe(english.body.byteLength);
    // The Chinese page: as bytes only (see ResponsePlan.text).
    expect(plan.text).toBeUndefined();
  });

  it('writes a text body in one chunk with the status line and headers, where bytes take a second', async () => {
    const writes: number[] = [];
    const server = createServer((req, res) => {
      const socket = res.socket as Socket;
      const write = socket.write;
      let count = 0;
      socket.write = function countedWrite(this: Socket, ...args: Parameters<Socket['write']>) {
        count++;
        return write.apply(this, args);
      } as Socket['write'];
      // A request without a body is answered at once: every write of the answer happens in this call.
      sendResponsePlan(req, res, layer.respond(createError(404), nodeErrorRequest(req, req)));
      socket.write = write;
      writes.push(count);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const { statuses } = await sendAll(port, [
        { method: 'GET', headers: { accept: 'application/json', 'accept-language': 'en' } },
        { method: 'GET', headers: { accept: 'text/html', 'accept-language': 'zh-CN' } },
      ]);
      expect(statuses).toEqual([404, 404]);
      // Node.js also writes the end of the message on its own (empty here): one write fewer for the text body.
      expect((writes[1] ?? 0) - (writes[0] ?? 0)).toBe(1);
    } finally {
      server.close();
    }
  });

  it('names its headers in lower case, as Node.js and Fastify store them', () => {
    const names = plan.headers.map(([name]) => name);
    expect(names).toEqual([
      'content-type',
      'content-length',
      'content-language',
      'x-content-type-options',
      'content-security-policy',
    ]);
    expect(plan.headers.find(([name]) => name === 'content-length')?.[1]).toBe(String(plan.body.byteLength));
  });
});
