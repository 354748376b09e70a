/** One error case of the demo: a route, what it throws, and what the client gets. */
export interface DemoCase {
  readonly path: string;
  readonly status: number;
  readonly name: string;
  /** One line for the landing page. */
  readonly shows: string;
  /** A JSON body to POST. Such a case is tried with curl: a link can only GET. */
  readonly body?: Readonly<Record<string, unknown>>;
  /**
   * The problem `type`, when the case answers with the application's own words (a defined problem, a validation
   * problem) instead of the catalog's words for the status.
   */
  readonly type?: string;
}

// The landing page and the smoke test both read this list, so a case cannot be added to one and not the other.
export const CASES: readonly DemoCase[] = [
  {
    path: '/missing',
    status: 404,
    name: 'Not found',
    shows:
      'Any path no route answers, via notFound(). The app overrides the zh-CN title and adds Japanese: try ?lang=zh-CN and ?lang=ja.',
  },
  {
    path: '/validation',
    status: 422,
    name: 'Validation (http-errors)',
    shows: 'An exposed 4xx: its message becomes detail and its errors array an extension member.',
  },
  {
    path: '/crash',
    status: 500,
    name: 'Crash',
    shows: 'A plain Error whose message holds a password: the client gets the catalog text, the log gets the error.',
  },
  {
    path: '/boom',
    status: 401,
    name: 'Boom',
    shows: 'Boom.unauthorized with a Bearer challenge: the WWW-Authenticate header comes along.',
  },
  {
    path: '/http-errors',
    status: 409,
    name: 'http-errors',
    shows: 'createError(409, message, { code }): an exposed message and a string code.',
  },
  {
    path: '/out-of-stock',
    status: 409,
    name: 'Domain error via map',
    shows: 'An OutOfStockError that knows nothing of HTTP, turned into a problem with its own type by the map option.',
  },
  {
    path: '/checkout',
    status: 409,
    name: 'A defined problem',
    shows:
      "problems.create('basket-full', { max: 10, count: 12 }): the shop's own words in each language, with a plural and numbers formatted for it, and the params as members.",
    type: 'https://example.com/problems/basket-full',
  },
  {
    path: '/sign-up',
    status: 422,
    name: 'Validation (zod)',
    shows:
      "validationProblem(result.error, { in: 'body' }): a JSON Pointer per field, the library's words in the request's language, the schema's own message kept, no submitted value sent back.",
    body: { email: 'ada', name: 'A', age: 17 },
    type: 'urn:problem-type:validation',
  },
  {
    path: '/orders',
    status: 422,
    name: 'Validation (express-validator)',
    shows:
      'validationResult(req).throw(), recognized with no call of ours: the same problem, and a field the form does not have (checkExact) named as not allowed.',
    body: { email: 'ada@example', quantity: 0, admin: true },
    type: 'urn:problem-type:validation',
  },
];
