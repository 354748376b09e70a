import { connect } from 'node:net';
import { errorHandler } from '@status-i18n/express';
import type { NextFunction, Request } from 'express';
import { expressVersions, serve } from '../support/loopback';

/** Starts a POST that says its body is longer than what it sends, then leaves. */
async function leaveMidBody(port: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(`POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n${'a'.repeat(2048)}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
}

describe.each(expressVersions)('%s: a client that leaves in the middle of its body', (_name, express) => {
  it('does not hide another failure that came after it: a route that then fails is still a logged 500', async () => {
    const log = jest.fn();
    const app = express();
    let failed: () => void = () => undefined;
    const routeFailed = new Promise<void>((resolve) => {
      failed = resolve;
    });
    app.post('/upload', (req: Request, _res: unknown, next: NextFunction) => {
      // The body's failure is not passed on: the route waits on its database, which then fails.
      req.on('error', () => {
        setTimeout(() => {
          next(new Error('connect ETIMEDOUT db.internal:5432'));
          setTimeout(failed, 50);
        }, 20);
      });
      req.resume();
    });
    app.use(errorHandler({ log }));
    const served = await serve(app);
    try {
      await leaveMidBody(served.port);
      await routeFailed;
      expect(log.mock.calls.map(([, , info]) => (info as { status: number }).status)).toEqual([500]);
    } finally {
      await served.close();
    }
  });

  it('is no failure of the server: the error it causes is a 400, logged only with logClientErrors', async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const app = express();
      let failed: () => void = () => undefined;
      const routeFailed = new Promise<void>((resolve) => {
        failed = resolve;
      });
      app.post('/upload', (req: Request, _res: unknown, next: NextFunction) => {
        // A route that reads the body itself: the stream's `aborted` error is what it passes on.
        req.on('error', (error) => {
          next(error);
          setTimeout(failed, 50);
        });
        req.resume();
      });
      app.use(errorHandler({ log, logClientErrors }));
      const served = await serve(app);
      try {
        await leaveMidBody(served.port);
        await routeFailed;
        const statuses = log.mock.calls.map(([, , info]) => (info as { status: number }).status);
        expect(statuses).toEqual(logClientErrors ? [400] : []);
      } finally {
        await served.close();
      }
    }
  });
});
