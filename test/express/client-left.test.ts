import { errorHandler } from '@status-i18n/express';
import type { NextFunction, Request } from 'express';
import multer from 'multer';
import { expressVersions, MULTIPART_START, signal, statusesLoggedAfterLeaving } from '../support/loopback';

describe.each(expressVersions)('%s: a client that leaves in the middle of its body', (_name, express) => {
  it.each([
    // The body's failure is not passed on: the route waits on its database, which then fails.
    ['a database that timed out', () => new Error('connect ETIMEDOUT db.internal:5432')],
    // A response the route was reading from another service breaks: Node.js fails it with the words it fails the
    // request with, in an error of its own.
    [
      "an upstream response's break, in the body's own 'aborted' words",
      () => Object.assign(new Error('aborted'), { code: 'ECONNRESET' }),
    ],
  ])('does not hide another failure that came after it (%s): still a logged 500', async (_what, failure) => {
    const log = jest.fn();
    const app = express();
    const routeFailed = signal();
    app.post('/upload', (req: Request, _res: unknown, next: NextFunction) => {
      req.on('error', () => {
        setTimeout(() => {
          next(failure());
          setTimeout(routeFailed.done, 50);
        }, 20);
      });
      req.resume();
    });
    app.use(errorHandler({ log }));
    expect(await statusesLoggedAfterLeaving(app, '/upload', routeFailed.settled, log)).toEqual([500]);
  });

  it('is no failure of the server: the error it causes is a 400, logged only with logClientErrors', async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const app = express();
      const routeFailed = signal();
      app.post('/upload', (req: Request, _res: unknown, next: NextFunction) => {
        // A route that reads the body itself: the stream's `aborted` error is what it passes on.
        req.on('error', (error) => {
          next(error);
          setTimeout(routeFailed.done, 50);
        });
        req.resume();
      });
      app.use(errorHandler({ log, logClientErrors }));
      const statuses = await statusesLoggedAfterLeaving(app, '/upload', routeFailed.settled, log);
      expect(statuses).toEqual(logClientErrors ? [400] : []);
    }
  });

  it("is a 400 under multer too (its 'Request aborted'), logged only with logClientErrors", async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const app = express();
      const parserFailed = signal();
      app.post('/upload', multer().single('avatar'), (_req: Request, res: { json(body: unknown): void }) =>
        res.json({ ok: true }),
      );
      app.use((error: unknown, _req: Request, _res: unknown, next: NextFunction) => {
        setTimeout(parserFailed.done, 50);
        next(error);
      });
      app.use(errorHandler({ log, logClientErrors }));
      const statuses = await statusesLoggedAfterLeaving(app, '/upload', parserFailed.settled, log, MULTIPART_START);
      expect(statuses).toEqual(logClientErrors ? [400] : []);
    }
  });
});
