import type { ErrorRequest } from '@status-i18n/core';
import type { Request, Response } from 'express';

/** A request header as one string (repeated headers joined), or `undefined`. */
function headerOf(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Express's request as the core layer reads it. A class rather than an object literal: one is made for every
 * error, and the path (which only the `instance` option reads) is worked out when asked for.
 */
class ExpressErrorRequest implements ErrorRequest<Request> {
  readonly method: string;
  readonly context: Request;
  readonly presetStatus?: number;
  readonly header = (name: string): string | undefined => headerOf(this.context, name);

  constructor(req: Request, presetStatus: number | undefined) {
    this.method = req.method;
    this.context = req;
    if (presetStatus !== undefined) this.presetStatus = presetStatus;
  }

  get path(): string {
    const req = this.context;
    const url = typeof req.originalUrl === 'string' ? req.originalUrl : (req.url ?? '/');
    return url.split('?', 1)[0] ?? '/';
  }
}

/** Translates Express's request and response into what the core layer reads. */
export function toErrorRequest(req: Request, res: Response, presetStatus?: number): ErrorRequest<Request> {
  return new ExpressErrorRequest(req, res.headersSent ? undefined : presetStatus);
}
