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
 * @returns the stream's error, or `undefined` when it is ready to be piped
 */
export function firstEvent(stream: Readable): Promise<unknown> {
  if (stream.errored) return Promise.resolve(stream.errored);
  if (stream.readableLength > 0 || stream.readableEnded) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const done = (error?: unknown) => {
      stream.off('readable', onReady);
      stream.off('end', onReady);
      stream.off('error', done);
      stream.off('close', onClose);
      resolve(error);
    };
    const onReady = () => done();
    // A stream destroyed without an error has nothing to send; Koa answers that itself.
    const onClose = () => done(stream.errored ?? undefined);
    stream.on('readable', onReady);
    stream.on('end', onReady);
    stream.on('error', done);
    stream.on('close', onClose);
  });
}
