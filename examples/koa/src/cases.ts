/** One error case of the demo: a route, what it does, and what the client gets. */
export interface DemoCase {
  readonly path: string;
  readonly status: number;
  readonly name: string;
  /** One line for the landing page. */
  readonly shows: string;
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
    name: 'Koa’s implicit 404',
    shows: 'No middleware set a body: the error handler answers Koa’s 404 in the same format and language.',
  },
  {
    path: '/validation',
    status: 422,
    name: 'ctx.throw',
    shows: 'ctx.throw(422, message, { errors }): exposed, so the message is the detail and errors an extension.',
  },
  {
    path: '/crash',
    status: 500,
    name: 'Crash',
    shows: 'A plain Error whose message holds a password: the client gets the catalog text, app.on(error) the error.',
  },
  {
    path: '/report.csv',
    status: 500,
    name: 'Streamed body',
    shows: 'ctx.body is a stream that fails before its first byte: a proper error response, not a cut connection.',
  },
  {
    path: '/search',
    status: 422,
    name: 'Validation (zod)',
    shows:
      "validationProblem(result.error, { in: 'query' }) for a search without ?q=: each query parameter named, in the request's language. Try /search?q=a&page=0 too.",
    type: 'urn:problem-type:validation',
  },
  {
    path: '/reports/export',
    status: 403,
    name: 'A defined problem',
    shows:
      "problems.create('export-limit', { limit: 5, used: 5 }): the app's own words in each language, with a plural and numbers, and the params as members.",
    type: 'urn:problem-type:export-limit',
  },
];

/** The languages the landing page offers through `?lang=`. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
] as const;
