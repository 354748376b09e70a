import { Agent, request } from 'node:http';
import { Readable } from 'node:stream';
import { statusI18n } from '@status-i18n/fastify';
import { guardProcess } from '../hardening/support/guard';
import { eachFastify, type FastifyMajor, LEVEL, listen, logCapture, settle } from '../support/fastify';
import { sinkFailingAfter64KB, stalledSink, UPLOAD, uploadOverOneSocket } from '../support/loopback';

guardProcess();

interface Seen {
  readonly status: number;
  readonly body: string;
  /** Whether the whole response arrived, rather than a connection closed partway. */
  readonly complete: boolean;
}

/** GETs `path` and reports what arrived, a response cut short included. */
function get(base: string, path: string, agent: Agent | false = false): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('error', () => undefined);
      res.on('close', () => resolve({ status: res.statusCode ?? 0, body, complete: res.complete }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A body that sends one chunk, then fails. */
function failingAfterFirstChunk(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) {
        setTimeout(() => this.destroy(new Error('midway')), 10);
        return;
      }
      sent = true;
      this.push('first chunk ');
    },
  });
}

describe.each(eachFastify)('%s: statusI18n and a reply already under way', (_name, major: FastifyMajor) => {
  const log = jest.fn();
  let logs: ReturnType<typeof logCapture>;
  let app: ReturnType<FastifyMajor['fastify']>;
  let base: string;

  beforeEach(async () => {
    log.mockReset();
    logs = logCapture();
    app = major.fastify({ logger: { level: 'info', stream: logs.stream } });
    await app.register(statusI18n, { log });
    app.get('/sent-then-throw', (_request, reply) => {
      reply.send('done');
      throw new Error('after the answer');
    });
    app.get('/hijacked', async (_request, reply) => {
      reply.hijack();
      reply.raw.writeHead(200, { 'Content-Type': 'text/plain' });
      reply.raw.write('partial');
      setTimeout(() => reply.raw.end(' rest'), 20);
      throw new Error('after the hijack');
    });
    app.get('/raw-then-throw', async (_request, reply) => {
      reply.raw.writeHead(200, { 'Content-Type': 'text/plain' });
      reply.raw.write('partial ');
      throw new Error('after the first chunk');
    });
    app.get('/stream-fails-early', async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=31536000');
      reply.header('Content-Disposition', 'attachment; filename="report.csv"');
      reply.header('Content-Type', 'text/csv');
      const stream = new Readable({
        read() {
          this.destroy(Object.assign(new Error('disk gone'), { statusCode: 503 }));
        },
      });
      return reply.send(stream);
    });
    app.get('/stream-fails-late', async (_request, reply) => reply.send(failingAfterFirstChunk()));
    base = await listen(app);
  });
  afterEach(() => app.close());

  it('a reply sent in full stays as it was; Fastify warns once and the connection carries the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(base, '/sent-then-throw', agent);
      expect(first).toEqual({ status: 200, body: 'done', complete: true });
      const next = await get(base, '/nowhere', agent);
      expect(next.status).toBe(404);
      await settle();
      // The error never reaches an error handler: Fastify reports that the reply was already sent, and of the
      // thrown error nothing (README: a synchronous throw after reply.send() is only that warning).
      expect(log).not.toHaveBeenCalled();
      const warned = logs.lines.filter((line) => line.level >= LEVEL.warn);
      expect(warned).toEqual([expect.objectContaining({ level: LEVEL.warn })]);
      expect(JSON.stringify(logs.lines)).not.toContain('after the answer');
    } finally {
      agent.destroy();
    }
  });

  it('a hijacked reply is the route’s own: no second answer, Fastify logs the error once', async () => {
    const seen = await get(base, '/hijacked');
    expect(seen).toEqual({ status: 200, body: 'partial rest', complete: true });
    await settle();
    expect(log).not.toHaveBeenCalled();
    const errors = logs.lines.filter((line) => line.level >= LEVEL.warn);
    expect(errors).toEqual([
      expect.objectContaining({ level: LEVEL.error, err: expect.objectContaining({ message: 'after the hijack' }) }),
    ]);
  });

  it('headers written on reply.raw before the error: logged once by the log rule, and the response cut', async () => {
    const seen = await get(base, '/raw-then-throw');
    expect(seen.status).toBe(200);
    expect(seen.complete).toBe(false);
    expect(seen.body).not.toContain('Internal Server Error');
    await settle();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatchObject({ message: 'after the first chunk' });
    expect(logs.lines.filter((line) => line.level >= LEVEL.warn)).toEqual([]);
  });

  it('a streamed body that fails before its first byte is answered, without the headers set for it', async () => {
    const response = await fetch(`${base}/stream-fails-early`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBeNull();
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(((await response.json()) as { status: number }).status).toBe(503);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("HEAD of a route whose stream fails: Fastify's HEAD route answers 200 with the route's headers and logs it itself", async () => {
    const response = await fetch(`${base}/stream-fails-early`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv');
    await settle();
    expect(log).not.toHaveBeenCalled();
    expect(logs.lines.filter((line) => line.level >= LEVEL.warn)).toEqual([
      expect.objectContaining({ level: LEVEL.error, msg: 'Error on Stream found for HEAD route' }),
    ]);
  });

  it('a streamed body that fails after its first byte: Fastify cuts the connection and logs it once, at warn', async () => {
    const seen = await get(base, '/stream-fails-late');
    expect(seen.status).toBe(200);
    expect(seen.complete).toBe(false);
    expect(seen.body).toBe('first chunk ');
    await settle();
    expect(log).not.toHaveBeenCalled();
    expect(logs.lines.filter((line) => line.level >= LEVEL.warn)).toEqual([
      expect.objectContaining({ level: LEVEL.warn, err: expect.objectContaining({ message: 'midway' }) }),
    ]);
  });
});

describe.each(eachFastify)('%s: statusI18n with a request body left unread', (_name, major: FastifyMajor) => {
  let app: ReturnType<FastifyMajor['fastify']>;
  let port: number;

  beforeEach(async () => {
    app = major.fastify({ bodyLimit: 10_000_000 });
    await app.register(statusI18n, { log: false });
    // A parser that leaves the body to the route, as an upload route does.
    app.addContentTypeParser('application/octet-stream', (_request, _payload, done) => done(null, undefined));
    app.post('/upload', (request) => {
      // The route pipes the upload into storage that fails after 64 KB, the rest of the body still on the wire.
      return new Promise((_resolve, reject) => {
        request.raw.pipe(sinkFailingAfter64KB(reject));
      });
    });
    app.post('/stalled', async (request) => {
      request.raw.pipe(stalledSink());
      throw Object.assign(new Error('storage is read-only'), { statusCode: 503 });
    });
    port = Number(new URL(await listen(app)).port);
  });
  afterEach(() => app.close());

  it.each([
    ['/upload', 507],
    ['/stalled', 503],
  ])(
    'answers every request on a keep-alive connection when %s failed halfway through the body',
    async (path, status) => {
      let connections = 0;
      app.server.on('connection', () => {
        connections += 1;
      });
      const headers = { 'Content-Type': 'application/octet-stream' };
      const statuses = await uploadOverOneSocket(port, { path, body: UPLOAD, headers });
      expect(statuses).toEqual(Array(6).fill(status));
      expect(connections).toBe(1);
      const chunked = await uploadOverOneSocket(port, { path, body: UPLOAD, headers, chunked: true });
      expect(chunked).toEqual(Array(6).fill(status));
    },
  );
});

describe.each(eachFastify)(
  '%s: statusI18n behind @fastify/compress, a stream that fails',
  (name, major: FastifyMajor) => {
    it('is answered once; @fastify/compress logs the stream’s failure once more itself (README: Fastify)', async () => {
      const log = jest.fn();
      const logs = logCapture();
      const app = major.fastify({ logger: { level: 'info', stream: logs.stream } });
      await app.register(major.plugins.compress, { threshold: 0 });
      await app.register(statusI18n, { log });
      app.get('/stream-fails', async (_request, reply) => {
        reply.header('Content-Type', 'text/csv');
        const stream = new Readable({
          read() {
            this.destroy(Object.assign(new Error('disk gone'), { statusCode: 503 }));
          },
        });
        return reply.send(stream);
      });
      const base = await listen(app);
      try {
        const response = await fetch(`${base}/stream-fails`, { headers: { 'Accept-Encoding': 'gzip' } });
        const problem = (await response.json()) as { status: number };
        await settle();
        // Fastify 5 hands the plugin the stream's own error; under Fastify 4, @fastify/compress 7's pipe reports a
        // `Premature close` of its own instead, which has no status: a 500.
        const [status, answered] = name === 'Fastify 4' ? [500, 'Premature close'] : [503, 'disk gone'];
        expect([response.status, problem.status]).toEqual([status, status]);
        expect(log.mock.calls.map(([error]) => (error as Error).message)).toEqual([answered]);
        expect(logs.lines.filter((line) => line.level >= LEVEL.warn)).toEqual([
          expect.objectContaining({ level: LEVEL.error, err: expect.objectContaining({ message: 'disk gone' }) }),
        ]);
      } finally {
        await app.close();
      }
    });
  },
);
