import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

/** A Node.js readable stream, as Koa recognizes one for `ctx.body`. */
export function isReadableStream(body: unknown): body is Readable {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Readable).pipe === 'function' &&
    typeof (body as Readable).on === 'function' &&
    typeof (body as Readable).read === 'function'
  );
}

/**
 * Waits until a body stream has data, has ended, or has failed, without consuming anything. A stream that
 * fails before its first byte can still get a proper error response; Koa 3 pipes with `stream.pipeline`,
 * which would destroy the response on that error instead.
 *
 * @returns the stream's error (a premature-close error for one destroyed without an error before its end: Koa 2
 *   would pipe nothing and leave the client waiting), or `undefined` when it is ready to be piped
 */
export function firstEvent(stream: Readable): Promise<unknown> {
  // Already destroyed: its `close` may be gone, so nothing would come to wait for.
  if (stream.destroyed || stream.errored) return Promise.resolve(closeError(stream));
  if (stream.readableLength > 0 || stream.readableEnded) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const done = (error?: unknown) => {
      stream.off('readable', onReady);
      stream.off('end', onReady);
      stream.off('error', done);
      stream.off('close', onClose);
      resolve(error);
    };
    // Some streams (Readable.fromWeb) announce `readable` before a read that fails: only data or the end count.
    // With no data yet, read(0) asks for more, or, at the end of an empty stream, emits the `end` waited for
    // (a stream in this mode emits `end` only once it has been read).
    const onReady = () => {
      if (stream.readableLength > 0 || stream.readableEnded) done();
      else stream.read(0);
    };
    const onClose = () => done(closeError(stream));
    stream.on('readable', onReady);
    stream.on('end', onReady);
    stream.on('error', done);
    stream.on('close', onClose);
  });
}

/** Why a closed stream did not deliver its end: its error, a premature close, or `undefined` when it did end. */
function closeError(stream: Readable): unknown {
  return stream.errored ?? (stream.readableEnded ? undefined : prematureClose());
}

/** The error for a body stream that closed before it ended, with the code Node gives the same failure. */
function prematureClose(): Error {
  return Object.assign(new Error('status-i18n: the response body stream closed before it ended'), {
    code: 'ERR_STREAM_PREMATURE_CLOSE',
  });
}

interface CloseHandlers {
  /** The client closed the connection before the response ended. */
  readonly onClientGone: () => void;
  /** The body stream failed or closed before it ended, while the response was still going. */
  readonly onBodyCut: (error: unknown) => void;
}

/**
 * Watches a streamed response after its first byte. A client that goes away is not a server error (Koa 3's
 * `stream.pipeline` would report it as one); a body destroyed without an error would leave a Koa 2 client
 * waiting forever (`pipe` does not end the response then), so it is reported like a failure.
 */
export function watchClose(res: ServerResponse, body: Readable, handlers: CloseHandlers): void {
  // Registered before Koa pipes the body, so these run before the pipe's own listeners.
  res.once('close', () => {
    if (!res.writableFinished) handlers.onClientGone();
  });
  body.once('close', () => {
    const error = closeError(body);
    if (error !== undefined && !res.writableFinished) handlers.onBodyCut(error);
  });
}
