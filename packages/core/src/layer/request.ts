/** What the layer needs to know about a request; each adapter builds it from its framework's request. */
export interface ErrorRequest<Context> {
  readonly method: string;
  /** The path (without the query), for `instance`. */
  readonly path: string;
  /** A request header by lower-case name (called on the request: the adapters' requests read it in a method). */
  header(name: string): string | undefined;
  /**
   * A header the response already carries, by lower-case name: the request id a middleware set on it
   * (`X-Request-Id`) is the id the `requestId` option's header gives, before the request's own. Absent where there
   * is no response before the answer (a fetch handler's `toResponse`).
   */
  responseHeader?(name: string): string | undefined;
  /** What the hooks receive (Express's `req`, Koa's `ctx`, Fastify's request, a `Request`, Hono's `c`). */
  readonly context: Context;
  /** A status the response already carried before the error (Express). */
  readonly presetStatus?: number;
}
