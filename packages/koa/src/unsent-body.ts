import type { Context } from 'koa';
import { isReadableStream } from './stream';
import { cancelUnsentWebBody } from './web-body';

/** Koa's `statuses.empty`: the statuses Koa answers without a body. */
const EMPTY_STATUSES = new Set([204, 205, 304]);

const ignore = () => undefined;

/** Whether Koa's `respond` will send the body: not for HEAD, an empty status, or a closed connection. */
export function sendsBody(ctx: Context): boolean {
  return ctx.method !== 'HEAD' && !EMPTY_STATUSES.has(ctx.status) && ctx.writable;
}

/**
 * For a response Koa ends without reading the body. Koa destroys a Node stream body with the response, but
 * Koa 3 does not listen for its errors, so a failing one (a missing file) would crash the process; a web body
 * is cancelled so that its source stops.
 */
export function releaseUnsentBody(ctx: Context): void {
  if (isReadableStream(ctx.body)) ctx.body.on('error', ignore);
  else cancelUnsentWebBody(ctx);
}
