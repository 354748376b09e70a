import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Context } from 'koa';

/** Koa 3 streams web bodies (Blob, ReadableStream, Response) itself; Koa 2 serializes them as JSON. */
function streamsWebBodies(ctx: Context): boolean {
  // Koa 3's Application is the one with a `compose` of its own.
  return typeof (ctx.app as { compose?: unknown }).compose === 'function';
}

const ignore = () => undefined;

function webStreamOf(body: object): WebReadableStream | undefined {
  if (body instanceof ReadableStream) return body as WebReadableStream;
  if (body instanceof Blob) return body.stream() as WebReadableStream;
  if (body instanceof Response && body.body !== null) return body.body as WebReadableStream;
  return undefined;
}

/**
 * On Koa 3, replaces a web body with the same bytes as a Node stream, keeping its headers, so that an error
 * before its first byte is answered like a Node stream's (Koa would only reset the connection). Returns the
 * Node stream, or `undefined` when the body is not a web body or cannot be read (locked, already used: Koa
 * reports that itself).
 */
export function webBodyAsNodeStream(ctx: Context): Readable | undefined {
  const body: unknown = ctx.body;
  if (typeof body !== 'object' || body === null || !streamsWebBodies(ctx)) return undefined;
  let stream: Readable;
  try {
    const web = webStreamOf(body);
    if (web === undefined) return undefined;
    stream = Readable.fromWeb(web);
  } catch {
    return undefined;
  }
  // A Blob's size is its Content-Length; Koa drops the length when a body is replaced by a stream.
  const length: unknown = ctx.response.get('Content-Length');
  ctx.body = stream;
  if ((typeof length === 'string' && length !== '') || typeof length === 'number') {
    ctx.set('Content-Length', String(length));
  }
  return stream;
}

/**
 * On Koa 3, cancels a web body that Koa will not send (HEAD, an empty status): Koa never reads it, and its
 * source may hold a timer or an upstream connection. Koa destroys an unsent Node stream body the same way.
 */
export function cancelUnsentWebBody(ctx: Context): void {
  const body: unknown = ctx.body;
  if (typeof body !== 'object' || body === null || !streamsWebBodies(ctx)) return;
  // A Blob has no stream until one is asked for: nothing to cancel.
  const web = body instanceof ReadableStream ? body : body instanceof Response ? body.body : null;
  if (web === null || web.locked) return;
  web.cancel().then(undefined, ignore);
}
