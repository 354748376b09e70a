import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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

/**
 * Calls `onGone` when the connection closes before the response has ended: the client left. Koa destroys the
 * body then, which is its consequence, not a failure. Registered before the body is awaited or piped, so it
 * runs before the listeners that see that destroyed body.
 */
export function onClientGone(res: ServerResponse, onGone: () => void): void {
  res.once('close', () => {
    if (!res.writableFinished) onGone();
  });
}

/**
 * Calls `onCut` when a body stream that has started fails or closes before its end while the response is still
 * going. A body destroyed without an error would leave a Koa 2 client waiting forever (`pipe` does not end the
 * response then), so it is reported like a failure.
 */
export function onBodyCut(res: ServerResponse, body: Readable, onCut: (error: unknown) => void): void {
  body.once('close', () => {
    const error = closeError(body);
    if (error !== undefined && !res.writableFinished) onCut(error);
  });
}

/**
 * Whether `error` is the connection's own failure (a client that reset it), which Koa hands to `ctx.onerror`
 * from its `on-finished` listener: the client left, nothing failed on this side.
 */
export function isConnectionError(req: IncomingMessage, error: unknown): boolean {
  const socket = req.socket as Socket | null | undefined;
  return socket?.errored != null && socket.errored === error;
}
