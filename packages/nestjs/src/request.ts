import type { IncomingMessage } from 'node:http';
import type { ErrorRequest } from '@status-i18n/core';
import { clientLeftStatus, responseHeaderOf } from '@status-i18n/core/node';
import type { NestHttpAdapter } from './reply';

/** The Node.js request under a Nest request: Express's `req` is one, Fastify's request carries it as `raw`. */
function nodeRequestOf(request: unknown): IncomingMessage | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const raw = (request as { raw?: unknown }).raw ?? request;
  return typeof raw === 'object' && raw !== null && typeof (raw as IncomingMessage).complete === 'boolean'
    ? (raw as IncomingMessage)
    : undefined;
}

/**
 * A Nest request (Express's `req` or Fastify's request) as the layer reads it: the method and URL through Nest's
 * adapter, the headers from `headers`, which both platforms' requests carry as Node.js parsed them.
 */
class NestErrorRequest<Request> implements ErrorRequest<Request> {
  readonly method: string;
  readonly context: Request;
  readonly url: string;
  /** 400 for the failure of a body whose client left (the core's `clientLeftStatus`); Nest keeps no other. */
  readonly presetStatus?: number;
  readonly #headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly #response: unknown;

  constructor(adapter: NestHttpAdapter, request: Request, exception: unknown, response: unknown) {
    const raw = request as { method?: unknown; url?: unknown; headers?: unknown };
    const method = adapter.getRequestMethod?.(request) ?? raw.method;
    const url = adapter.getRequestUrl?.(request) ?? raw.url;
    this.method = typeof method === 'string' ? method : 'GET';
    this.url = typeof url === 'string' ? url : '/';
    this.context = request;
    this.#headers = typeof raw.headers === 'object' && raw.headers !== null ? (raw.headers as never) : {};
    this.#response = response;
    const node = nodeRequestOf(request);
    const status = node === undefined ? undefined : clientLeftStatus(node, exception);
    if (status !== undefined) this.presetStatus = status;
  }

  // A method, not an arrow function in a field: that would be one more closure for every error.
  header(name: string): string | undefined {
    const value = this.#headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  // Express's `res` and Fastify's reply both have `getHeader()`: a request id a middleware set before the error.
  responseHeader(name: string): string | undefined {
    return responseHeaderOf(this.#response, name);
  }

  get path(): string {
    return this.url.split('?', 1)[0] ?? '/';
  }
}

/** What the layer reads of a Nest request; `url` is the URL as asked for (Nest's not-found message names it). */
export function nestErrorRequest<Request>(
  adapter: NestHttpAdapter,
  request: Request,
  /** What was thrown: a body whose client left is a 400 (the core's `clientLeftStatus`). */
  exception?: unknown,
  /** The platform's response (Express's `res`, Fastify's reply): the headers set on it before the error. */
  response?: unknown,
): ErrorRequest<Request> & { readonly url: string } {
  return new NestErrorRequest(adapter, request, exception, response);
}
