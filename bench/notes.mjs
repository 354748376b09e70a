/** How each variant was set up, for the report: what makes the comparison fair, and where it is not alike. */
export const NOTES = [
  'Every route throws a fresh error per request (`http-errors` 404, a plain `Error` for the 500, `http-errors` 422 with `errors`); the cost of making it is in every variant.',
  "The validation route runs zod 4's `safeParse` on a fixed body that fails in five fields, per request, in every variant that answers it. Ours passes the failure through `validationProblem(error, { in: 'body' })` in the route (the README's way; that call is in its time); the hand-written Express handler and the Koa try/catch map `err.issues` to `{ pointer, detail }` and send JSON. The try/catch returns there without emitting `error`, as code that answers a client's mistake does.",
  'Server children run with `NODE_ENV=production`; no variant logs (loggers silenced the documented way, and the run fails if a child prints anything):',
  "Express's default handler: `app.set('env', 'test')`, the only switch for Express's own `console.error` of every error. finalhandler then puts the stack in its HTML page, as Express does outside production (in production it prints the stack to stderr instead): it reads `err.stack` either way.",
  '`errorhandler({ log: false })`. It answers every case (JSON or HTML, by `Accept`) with the stack, as a development tool does.',
  "Koa: `app.silent = true` for every Koa variant (Koa's default listener and `koa-onerror`, which emits `error` on the app). The try/catch middleware also emits `error`, as typical code does.",
  'Ours: `errorHandler({ log: false })` (and `notFound({ log: false })` for Express); negotiation of format and language on, every header of docs/architecture.md sent.',
  "Formats: finalhandler always answers HTML, Koa's default always text, the hand-written handler, the try/catch middleware and the fixed-body ceilings always JSON; `errorhandler`, `koa-onerror` and ours negotiate. The check before timing holds each to its own format.",
  'The ceilings send a fixed JSON body with the right status: from a plain `node:http` handler (the physical ceiling), from an Express route (Express routing without any error handling), and from an error handler; for Koa also from an error handler that adds the headers every error response carries, with `setHeader()` as a handler must for loggers to see them.',
];
