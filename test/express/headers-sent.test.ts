import { Agent, request } from 'node:http';
import { type ExpressErrorOptions, errorHandler, notFound } from '@status-i18n/express';
import type { Request } from 'express';
import { expressVersions, type Served, serve } from '../support/loopback';

interface Seen {
  readonly status: number;
  readonly body: string;
  /** Whether the whole response arrived, rather than a connection closed partway. */
  readonly complete: boolean;
}

/** GETs `path` and reports what arrived, including a response cut short. */
function get(server: Served, path: string, agent: Agent | false = false): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      // A connection closed partway also emits 'error' (ECONNRESET): what is seen is reported on 'close'.
      res.on('error', () => undefined);
      res.on('close', () => resolve({ status: res.statusCode ?? 0, body, complete: res.complete }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Express's final handler prints on the next turn of the event loop: wait for it to have had its chance. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe.each(expressVersions)('%s: errorHandler(options) after the headers were sent', (_name, express) => {
  let savedNodeEnv: string | undefined;
  let consoleError: jest.SpyInstance;

  beforeEach(() => {
    // Jest sets NODE_ENV=test, and under it Express's final handler prints nothing: real apps run without it.
    savedNodeEnv = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    consoleError.mockRestore();
    if (savedNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = savedNodeEnv;
  });

  const failure = new Error('after the first chunk');

  function app(options?: ExpressErrorOptions) {
    const app = express();
    // Express reads NODE_ENV once, when the app is made; say outright what an app started without it has.
    app.set('env', 'development');
    app.get('/partial', (_req: Request, res, next) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('partial ');
      next(failure);
    });
    app.get('/complete', (_req: Request, res, next) => {
      res.end('done');
      next(failure);
    });
    app.get('/streaming', (_req: Request, res, next) => {
      // A middleware that started a response and lets the request go on while it finishes it.
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first ');
      next();
      setTimeout(() => res.end('last'), 30);
    });
    app.use(notFound(options));
    app.use(errorHandler(options));
    return app;
  }

  it('ends the connection, so the client sees a truncated response rather than one that looks complete', async () => {
    const server = await serve(app({ log: () => undefined }));
    try {
      expect(await get(server, '/partial')).toEqual({ status: 200, body: 'partial ', complete: false });
    } finally {
      await server.close();
    }
  });

  it('logs the error once, with the default log, and Express does not print it again', async () => {
    const server = await serve(app());
    try {
      await get(server, '/partial');
      await settle();
      expect(consoleError.mock.calls).toEqual([[failure]]);
    } finally {
      await server.close();
    }
  });

  it('logs the error once through the log hook, and nothing reaches console.error', async () => {
    const log = jest.fn();
    const server = await serve(app({ log }));
    try {
      await get(server, '/partial');
      await settle();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toBe(failure);
      expect(log.mock.calls[0]?.[2]).toMatchObject({ status: 500 });
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });

  it('log: false prints nothing at all', async () => {
    const server = await serve(app({ log: false }));
    try {
      const seen = await get(server, '/partial');
      await settle();
      expect(seen.complete).toBe(false);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });

  it('leaves the keep-alive connection of a response already complete open, and logs the error once', async () => {
    const log = jest.fn();
    const server = await serve(app({ log }));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(server, '/complete', agent)).toEqual({ status: 200, body: 'done', complete: true });
      expect(await get(server, '/complete', agent)).toEqual({ status: 200, body: 'done', complete: true });
      await settle();
      expect(server.connections()).toBe(1);
      expect(log).toHaveBeenCalledTimes(2);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it('notFound() leaves a response under way alone: it completes, and nothing is logged', async () => {
    const log = jest.fn();
    const server = await serve(app({ log, logClientErrors: true }));
    try {
      expect(await get(server, '/streaming')).toEqual({ status: 200, body: 'first last', complete: true });
      await settle();
      expect(log).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });
});
