/** One error case of the demo: a route, what it does, and what the client gets. */
export interface DemoCase {
  readonly path: string;
  readonly status: number;
  readonly name: string;
  /** One line for the landing page. */
  readonly shows: string;
  /** The problem `type`, when the case answers with the application's own words rather than the catalog's. */
  readonly type?: string;
}

// The landing page and the smoke test both read this list, so a case cannot be added to one and not the other.
export const CASES: readonly DemoCase[] = [
  {
    path: '/missing',
    status: 404,
    name: 'No route',
    shows: "Fastify's not-found handler, answered in the same format and language as every error.",
  },
  {
    path: '/orders?page=0',
    status: 422,
    name: 'Schema validation',
    shows: "The route's querystring schema fails: Fastify's ajv error becomes a field error naming the parameter.",
    type: 'urn:problem-type:validation',
  },
  {
    path: '/seats/12A',
    status: 409,
    name: 'A defined problem',
    shows:
      "problems.create('seat-taken', { seat, minutes }): the app's own words per language, a plural, the params as members.",
    type: 'https://example.com/problems/seat-taken',
  },
  {
    path: '/tickets/7',
    status: 410,
    name: '@fastify/sensible',
    shows: 'httpErrors.gone(message): an exposed 4xx, so the message is the detail.',
  },
  {
    path: '/crash',
    status: 500,
    name: 'Crash',
    shows: 'A plain Error whose message holds a password: the client gets the catalog text, request.log the error.',
  },
];
