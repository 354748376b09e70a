import { format } from 'node:util';
import type { LogInfo } from '@status-i18n/core';
import type { Context } from 'koa';

/** Koa's listeners expect an Error; other thrown values are wrapped, as Koa's own `ctx.onerror` does. */
function asError(value: unknown): Error {
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') return value as Error;
  let shown: string;
  try {
    // Koa's own words for it, so listeners see the same message with or without this middleware.
    shown = format('%j', value);
  } catch {
    // What `%j` cannot show (a BigInt, a throwing getter): Koa itself would throw here.
    shown = Object.prototype.toString.call(value);
  }
  return new Error(`non-error thrown: ${shown}`, { cause: value });
}

/** Koa's mark on an error that came after the response started (or after the connection closed). */
function markHeaderSent(error: Error): void {
  try {
    (error as Error & { headerSent?: boolean }).headerSent = true;
  } catch {
    // A frozen error is emitted unmarked; the listener still has `ctx.headerSent`.
  }
}

/**
 * The Koa adapter's default `log`: `app.emit('error', err, ctx)`, which Koa applications listen to (Koa's
 * default listener prints what is not exposed). Listeners see what Koa's own `ctx.onerror` shows them: an
 * Error, `err.headerSent` when the response had started, the error's `status` and `expose` as thrown. They
 * also read the outcome from the context: the status the client gets, and the request id.
 */
export function emitError(error: unknown, ctx: Context, info: LogInfo): void {
  if (!ctx.headerSent) ctx.status = info.status;
  if (info.requestId !== undefined) ctx.state.requestId = info.requestId;
  const emitted = asError(error);
  if (ctx.headerSent || !ctx.writable) markHeaderSent(emitted);
  ctx.app.emit('error', emitted, ctx);
}
