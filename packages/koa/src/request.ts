import type { ErrorRequest } from '@status-i18n/core';
import type { Context } from 'koa';

/**
 * Koa's context as the core layer reads it. A class rather than an object literal: one is made for every
 * error, and the path (which only the `instance` option reads) is worked out when asked for.
 */
class KoaErrorRequest implements ErrorRequest<Context> {
  readonly method: string;
  readonly context: Context;
  readonly header = (name: string): string | undefined => {
    const value = this.context.req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };

  constructor(ctx: Context) {
    this.method = ctx.req.method ?? 'GET';
    this.context = ctx;
  }

  get path(): string {
    const ctx = this.context;
    const url = typeof ctx.originalUrl === 'string' ? ctx.originalUrl : (ctx.req.url ?? '/');
    return url.split('?', 1)[0] ?? '/';
  }
}

/** Translates Koa's context into what the core layer reads. */
export function toErrorRequest(ctx: Context): ErrorRequest<Context> {
  return new KoaErrorRequest(ctx);
}
