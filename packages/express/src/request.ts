import type { ErrorRequest } from '@status-i18n/core';
import type { Request, Response } from 'express';

/** A request header as one string (repeated headers joined), or `undefined`. */
function headerOf(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Translates Express's request and response into what the core layer reads. */
export function toErrorRequest(req: Request, res: Response, presetStatus?: number): ErrorRequest<Request> {
  const url = typeof req.originalUrl === 'string' ? req.originalUrl : (req.url ?? '/');
  return {
    method: req.method,
    path: url.split('?', 1)[0] ?? '/',
    header: (name) => headerOf(req, name),
    context: req,
    ...(presetStatus === undefined || res.headersSent ? {} : { presetStatus }),
  };
}
