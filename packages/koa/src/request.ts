import type { ErrorRequest } from '@status-i18n/core';
import type { Context } from 'koa';

/** Translates Koa's context into what the core layer reads. */
export function toErrorRequest(ctx: Context): ErrorRequest<Context> {
  const { req } = ctx;
  const url = typeof ctx.originalUrl === 'string' ? ctx.originalUrl : (req.url ?? '/');
  return {
    method: req.method ?? 'GET',
    path: url.split('?', 1)[0] ?? '/',
    header: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    context: ctx,
  };
}
