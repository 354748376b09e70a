import { createErrorLayer, type ErrorLayerOptions } from '@status-i18n/core';
import {
  clientLeftStatus,
  encodedBodyStatus,
  nodeErrorRequest,
  sendResponsePlan,
  truncateResponse,
} from '@status-i18n/core/node';
import type { Context, DefaultContext, DefaultState, Middleware, ParameterizedContext } from 'koa';
import { emitError } from './emit';
import { firstEvent, isConnectionError, isReadableStream, onBodyCut, onClientGone } from './stream';
import { releaseUnsentBody, sendsBody } from './unsent-body';
import { webBodyAsNodeStream } from './web-body';

/**
 * Options of {@link errorHandler}; the hooks receive Koa's `ctx`, typed with the app's state and context when given
 * (`errorHandler<AppState>({ locale: (ctx) => ctx.state.user?.locale })`).
 */
export type KoaErrorOptions<StateT = DefaultState, ContextT = DefaultContext> = ErrorLayerOptions<
  ParameterizedContext<StateT, ContextT>
>;

const ignore = () => undefined;

const defaults = { log: emitError };

/**
 * Whether a body parser was reading the request body and has not finished: it started (the stream gave data) and
 * set no `ctx.request.body`. A zlib error then is its decoding's; with the body unread, or read, it is the app's.
 */
function isDecodingBody(ctx: Context): boolean {
  return ctx.req.readableDidRead && (ctx.request as { body?: unknown }).body === undefined;
}

/**
 * The 400 of a failure of reading the request body, for an error without a status of its own: a client that left
 * mid-body (see `clientLeftStatus`), or a body not in the `Content-Encoding` it names, which co-body (koa-bodyparser,
 * koa-body) passes on as zlib's bare error (see `encodedBodyStatus`) while it reads the body (`isDecodingBody`).
 */
function bodyStatus(ctx: Context, error: unknown): number | undefined {
  return clientLeftStatus(ctx.req, error) ?? (isDecodingBody(ctx) ? encodedBodyStatus(ctx.req, error) : undefined);
}

/**
 * Koa middleware that turns every error of the requests below it into a localized, safe response
 * (RFC 9457 problem+json, JSON, HTML or text, negotiated from `Accept` and `Accept-Language`): errors thrown
 * by later middleware, errors of a streamed body before its first byte, and Koa's unhandled 404. Put it first.
 * Each logged error is emitted once as `app.emit('error', err, ctx)` before the response is written, with
 * `ctx.status` already the response's status and, with the `requestId` option, `ctx.state.requestId` set;
 * as Koa does, `err.headerSent` is `true` when the response had already started. A client that leaves is
 * not an error. Works with Koa 2 and 3.
 *
 * @param options see `KoaErrorOptions`; checked now, a wrong one throws a `TypeError` naming it
 *
 * @example
 * ```ts
 * import Koa from 'koa';
 * import { errorHandler } from '@status-i18n/koa';
 *
 * const app = new Koa();
 * app.use(errorHandler({ defaultLocale: 'zh-CN' }));
 * // With the app's state typed: errorHandler<{ user?: { locale: string } }>({ locale: (ctx) => ctx.state.user?.locale })
 * app.use((ctx) => ctx.throw(422, 'Email is invalid', { errors: [{ field: 'email' }] }));
 * app.on('error', (err, ctx) => logger.error({ err, path: ctx.path }));
 * ```
 */
export function errorHandler<StateT = DefaultState, ContextT = DefaultContext>(
  options?: KoaErrorOptions<StateT, ContextT>,
): Middleware<StateT, ContextT> {
  // The hooks are called with the `ctx` of this middleware, which is the app's: typed as the app declares it.
  const layer = createErrorLayer<Context>(options as KoaErrorOptions | undefined, defaults);

  function answer(error: unknown, ctx: Context): void {
    const request = nodeErrorRequest(ctx.req, ctx, ctx.originalUrl, bodyStatus(ctx, error), ctx.res);
    ctx.respond = false;
    // Koa no longer pipes a streamed body: a later error of it must not become an uncaught 'error' event.
    if (isReadableStream(ctx.body)) ctx.body.on('error', ignore);
    if (ctx.headerSent || !ctx.writable) {
      layer.report(error, request);
      // Part of the response is out: destroying the connection shows the client the truncation instead
      // of a body that looks complete, or a request that hangs. On the next turn, as in every adapter: what the
      // route wrote last can still be corked in the socket, and destroyed at once the client would get not even
      // the status line (it depends on how many awaits the middleware in between take). A response Koa already
      // ended is complete (a 204 whose unsent body failed): its keep-alive connection stays.
      if (!ctx.res.writableEnded) truncateResponse(ctx.res);
      return;
    }
    sendResponsePlan(ctx.req, ctx.res, layer.respond(error, request));
  }

  return async function statusI18nErrorHandler(ctx, next) {
    // Once an error is answered, the response is decided: a later one (the same error reported twice, the
    // connection destroyed under a stream) is its consequence, not news. Kept in this request's closure: a
    // WeakMap keyed by every context costs the garbage collector on each request.
    let answered = false;
    // The client closed the connection before the response ended: nothing failed on this side.
    let clientGone = false;
    const leave = () => {
      if (!answered) clientGone = true;
    };
    const answerOnce = (error: unknown) => {
      if (answered) return;
      answered = true;
      answer(error, ctx);
    };
    // A body that fails once the client has left was destroyed by Koa because of it. (A route that throws
    // after the client left still failed, and is reported.)
    const answerBodyError = (error: unknown) => {
      if (!clientGone) answerOnce(error);
    };
    // Koa reports errors of a streamed body, and of the connection, to ctx.onerror, where no try/catch
    // around next() can see them.
    ctx.onerror = (error: unknown) => {
      // Koa passes this function to node-style callbacks, which call it with no error.
      if (error === null || error === undefined) return;
      if (isConnectionError(ctx.req, error)) leave();
      else answerBodyError(error);
    };
    try {
      await next();
      if (ctx.respond !== false) {
        if (!sendsBody(ctx)) {
          // Koa ends the response without reading the body: nothing waits for its first byte, and the
          // status stays Koa's.
          releaseUnsentBody(ctx);
        } else {
          // A streamed body is checked before Koa pipes it (Koa 3's web bodies become Node streams for that).
          const body = isReadableStream(ctx.body) ? ctx.body : webBodyAsNodeStream(ctx);
          if (body !== undefined) {
            onClientGone(ctx.res, leave);
            const streamError = await firstEvent(body);
            if (streamError !== undefined) answerBodyError(streamError);
            else onBodyCut(ctx.res, body, answerBodyError);
            return;
          }
        }
      }
    } catch (error) {
      answerOnce(error);
      return;
    }
    // An error status without a body, which Koa would answer with its status message as plain text: Koa's implicit
    // 404 (no middleware set a body or a status), and a status a router or the app set alone (@koa/router's
    // allowedMethods() 405 and 501, with the Allow header it set).
    if (ctx.status >= 400 && ctx.body == null && ctx.respond !== false && !ctx.headerSent) {
      ctx.respond = false;
      const request = nodeErrorRequest(ctx.req, ctx, ctx.originalUrl, undefined, ctx.res);
      sendResponsePlan(ctx.req, ctx.res, layer.bodilessStatus(ctx.status, request));
    }
  };
}

export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
