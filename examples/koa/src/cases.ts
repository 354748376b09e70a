/** One error case of the demo: a route, what it does, and what the client gets. */
export interface DemoCase {
  readonly path: string;
  readonly status: number;
  readonly name: string;
  /** One line for the landing page. */
  readonly shows: string;
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
];

/** The languages the landing page offers through `?lang=`. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
] as const;
