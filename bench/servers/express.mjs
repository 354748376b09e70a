/** Express apps, one per error handler; every route throws the case's error. */
import { createRequire } from 'node:module';
import { errorsFor } from '../lib/cases.mjs';
import { sendFixed, sendFixedWithHeaders } from './fixed.mjs';

const require = createRequire(import.meta.url);

/**
 * A typical hand-written handler: a validator's error mapped to field errors by hand, else the status, a JSON
 * body, the message only when it is public.
 */
function handWritten(err, _req, res, _next) {
  if (err.name === 'ZodError') {
    res.status(422).json({
      error: 'Invalid request',
      errors: err.issues.map((issue) => ({ pointer: `#/${issue.path.join('/')}`, detail: issue.message })),
    });
    return;
  }
  const status = err.status ?? err.statusCode ?? 500;
  const body = { error: status >= 500 || !err.expose ? 'Internal Server Error' : err.message };
  if (err.expose && err.errors) body.errors = err.errors;
  res.status(status).json(body);
}

/**
 * @param {'fixed' | 'fixedhandler' | 'fixedheaders' | 'finalhandler' | 'errorhandler' | 'handwritten' | 'ours'} handler
 * @param {'express4' | 'express5'} version the root's alias of the Express major
 */
export async function create(handler, version) {
  const express = require(version);
  const app = express();
  // Express logs every error it handles with console.error unless env is 'test'; this is the documented way off.
  app.set('env', 'test');
  for (const [path, makeError] of Object.entries(errorsFor(handler))) {
    app.get(
      path,
      handler === 'fixed'
        ? (req, res) => sendFixed(req, res)
        : (_req, _res, next) => {
            // next(err) works the same in Express 4 and 5 (Express 5 would also catch a throw).
            next(makeError());
          },
    );
  }
  if (handler === 'fixedhandler') app.use((_err, req, res, _next) => sendFixed(req, res));
  if (handler === 'fixedheaders') app.use((_err, req, res, _next) => sendFixedWithHeaders(req, res));
  if (handler === 'errorhandler') app.use(require('errorhandler')({ log: false }));
  if (handler === 'handwritten') app.use(handWritten);
  if (handler === 'ours') {
    const { errorHandler, notFound } = await import('../../packages/express/dist/index.js');
    app.use(notFound({ log: false }));
    app.use(errorHandler({ log: false }));
  }
  return app;
}
