import { connect } from 'node:net';
import { errorHandler, notFound } from '@status-i18n/express';
import type { Request } from 'express';
import { guardProcess } from '../hardening/support/guard';
import {
  expressVersions,
  serve,
  sinkFailingAfter64KB,
  stalledSink,
  UPLOAD,
  uploadOverOneSocket,
} from '../support/loopback';

guardProcess();

const quiet = { log: () => undefined };

/** The start of a POST whose declared body is the 2.7 MB upload. */
const uploadHead = (path: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${UPLOAD.length}\r\n\r\n`;

describe.each(expressVersions)(
  '%s: errorHandler(options) and notFound(options) with a request body left unread',
  (_name, express) => {
    function uploadApp() {
      const app = express();
      app.post('/upload', (req: Request, _res, next) => {
        req.pipe(sinkFailingAfter64KB(next));
      });
      app.use((req: Request, _res, next) => {
        // Middleware that started reading the body, then let the request go on to no route.
        req.pipe(stalledSink());
        next();
      });
      app.use(notFound(quiet));
      app.use(errorHandler(quiet));
      return app;
    }

    it('answers every request on a keep-alive connection when a route failed halfway through the body', async () => {
      const server = await serve(uploadApp());
      try {
        const statuses = await uploadOverOneSocket(server.port, { path: '/upload', body: UPLOAD });
        expect(statuses).toEqual([507, 507, 507, 507, 507, 507]);
        expect(server.connections()).toBe(1);
      } finally {
        await server.close();
      }
    });

    it('notFound() answers every request on a keep-alive connection when a middleware left the body half-read', async () => {
      const server = await serve(uploadApp());
      try {
        const statuses = await uploadOverOneSocket(server.port, { path: '/nowhere', body: UPLOAD });
        expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
        expect(server.connections()).toBe(1);
      } finally {
        await server.close();
      }
    });

    it.each([
      ['declared with Content-Length', false],
      ['sent chunked', true],
    ])('keeps the connection working after express.json() refused a body too large (%s)', async (_how, chunked) => {
      const app = express();
      app.post('/json', express.json({ limit: '1kb' }), (_req, res) => {
        res.end();
      });
      app.use(errorHandler(quiet));
      const server = await serve(app);
      try {
        const body = Buffer.from(JSON.stringify({ filler: 'x'.repeat(200_000) }));
        const statuses = await uploadOverOneSocket(server.port, {
          path: '/json',
          body,
          chunked,
          headers: { 'Content-Type': 'application/json' },
        });
        expect(statuses).toEqual([413, 413, 413, 413, 413, 413]);
        expect(server.connections()).toBe(1);
      } finally {
        await server.close();
      }
    });

    it('answers once the client has sent the whole body, not while it is still sending', async () => {
      const server = await serve(uploadApp());
      const socket = connect(server.port, '127.0.0.1');
      try {
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
        });
        socket.write(uploadHead('/upload'));
        socket.write(UPLOAD.subarray(0, 200_000));
        // The route has failed by now (it fails at 64 KB); the answer waits for the rest of the body.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(received).toBe('');
        socket.write(UPLOAD.subarray(200_000));
        await new Promise<void>((resolve) => {
          const check = () => (received.includes('\r\n\r\n') ? resolve() : socket.once('data', check));
          check();
        });
        expect(received).toMatch(/^HTTP\/1\.1 507 /);
      } finally {
        socket.destroy();
        await server.close();
      }
    });

    it('leaves alone a response that something else sent while the body drained', async () => {
      const app = express();
      app.post('/upload', (req: Request, res, next) => {
        req.pipe(sinkFailingAfter64KB(next));
        // A timeout middleware's answer, given while the client is still sending.
        setTimeout(() => res.status(504).end('gave up'), 100);
      });
      app.use(errorHandler(quiet));
      const server = await serve(app);
      const socket = connect(server.port, '127.0.0.1');
      try {
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
        });
        socket.write(uploadHead('/upload'));
        socket.write(UPLOAD.subarray(0, 200_000));
        await new Promise((resolve) => setTimeout(resolve, 300));
        socket.write(UPLOAD.subarray(200_000));
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(received).toMatch(/^HTTP\/1\.1 504 [\s\S]*\r\n\r\ngave up$/);
      } finally {
        socket.destroy();
        await server.close();
      }
    });

    it("a client that stops sending is ended by Node.js's request timeout, and the server keeps serving", async () => {
      const server = await serve(uploadApp(), { requestTimeout: 500, connectionsCheckingInterval: 50 });
      try {
        const socket = connect(server.port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
        });
        socket.write(uploadHead('/upload'));
        socket.write(UPLOAD.subarray(0, 200_000));
        await new Promise((resolve) => socket.once('close', resolve));
        expect(received).toMatch(/^HTTP\/1\.1 408 /);
        const statuses = await uploadOverOneSocket(server.port, { path: '/upload', body: UPLOAD }, 1);
        expect(statuses).toEqual([507]);
      } finally {
        await server.close();
      }
    });
  },
);
