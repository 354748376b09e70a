import {
  createErrorLayer,
  type ErrorLayerOptions,
  type ErrorRequest,
  type LogInfo,
  type ProblemDetails,
} from '@status-i18n/core';
import fc from 'fast-check';
import { frameworks } from '../suite/frameworks';
import { fastifyFrameworks } from '../suite/frameworks-fastify';
import { acceptHeader, anyThrown, oddValue } from './support/arbitraries';
import { assertResponse, bodyText, type Observed } from './support/check';
import { guardProcess } from './support/guard';
import { type Listening, listen, send } from './support/http';
import { params } from './support/property';
import { writtenVary } from './support/written';

const allFrameworks = [...Object.values(frameworks), ...Object.values(fastifyFrameworks)];

guardProcess();

type Behaviour = (...args: unknown[]) => unknown;
const HOOKS = ['map', 'transform', 'locale', 'type', 'requestId'] as const;
type HookName = (typeof HOOKS)[number];
type Hooks = Partial<Record<HookName, Behaviour>>;

/** Answers a hook may give when it works, per hook. */
const goodAnswers: Record<HookName, fc.Arbitrary<Behaviour>> = {
  map: fc.oneof(
    fc.constant(() => undefined),
    fc
      .record(
        {
          status: fc.integer({ min: 400, max: 599 }),
          title: fc.string(),
          detail: fc.string(),
          type: fc.webUrl(),
          extensions: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      )
      .map((mapped) => () => mapped),
  ),
  transform: fc.oneof(
    fc.constant((problem: unknown) => problem),
    fc
      .dictionary(fc.string(), fc.anything({ withBigInt: true, maxDepth: 2 }), { maxKeys: 3 })
      .map((extra) => (problem: unknown) => ({ ...extra, ...(problem as ProblemDetails) })),
  ),
  locale: fc.constantFrom('en', 'zh-CN', 'zh-TW', 'zh-Hant', 'fr', '').map((tag) => () => tag),
  type: fc.oneof(fc.webUrl(), fc.string()).map((uri) => () => uri),
  requestId: fc.string().map((id) => () => id),
};

/** A hook that throws, rejects, or returns something of the wrong kind (anything at all). */
const badAnswer: fc.Arbitrary<Behaviour> = fc.oneof(
  fc.constant(() => {
    throw new Error('hook broke');
  }),
  fc.constant(() => Promise.reject(new Error('async hook broke'))),
  fc.constant(async () => undefined),
  oddValue.map((value) => () => value),
  fc.anything().map((value) => () => value),
);

const hooks: fc.Arbitrary<Hooks> = fc.record(
  Object.fromEntries(HOOKS.map((name) => [name, fc.oneof(goodAnswers[name], badAnswer)])) as Record<
    HookName,
    fc.Arbitrary<Behaviour>
  >,
  { requiredKeys: [] },
);

/** Whether `instanceof` can look at the value's prototype without throwing. */
function readsPrototype(value: unknown): boolean {
  try {
    void (value instanceof Error);
    return true;
  } catch {
    return false;
  }
}

interface Logged {
  readonly error: unknown;
  readonly info: LogInfo;
}

/**
 * The outcome rule for hooks: when a hook failed, the response is the minimal safe 500 and the log has the
 * error then the hook failure; otherwise the response is an ordinary one. Either way it is a valid response.
 */
function checkOutcome(
  thrown: unknown,
  response: Observed,
  logged: readonly Logged[],
  requestIdOn: boolean,
  logsThrown = true,
) {
  assertResponse(response);
  const failures = logged.filter(({ info }) => info.hookFailure);
  if (failures.length === 0) return;
  expect(failures).toHaveLength(1);
  expect(response.status).toBe(500);
  expect(logged).toHaveLength(2);
  if (logsThrown) expect(Object.is(logged[0]?.error, thrown)).toBe(true);
  expect(failures[0]?.error).toMatchObject({ name: 'StatusI18nHookError' });
  if (String(response.headers['content-type']).includes('json')) {
    // The request id stays with the safe 500 and both log lines when it can be had: never when the option is off
    // or its own hook is the one that failed (a `requestId` hook that fails only now leaves it out too).
    const failedHook = (failures[0]?.error as { hook?: string } | undefined)?.hook;
    const body = JSON.parse(bodyText(response.body)) as Record<string, unknown>;
    const { requestId } = body;
    expect(Object.keys(body)).toEqual([
      'type',
      'title',
      'status',
      'detail',
      ...(requestId === undefined ? [] : ['requestId']),
    ]);
    if (!requestIdOn || failedHook === 'requestId') expect(requestId).toBeUndefined();
    for (const { info } of logged) expect(info.requestId).toBe(requestId);
  }
}

describe('hooks that throw or return anything: the core', () => {
  it('every response is valid; a failed hook gives the minimal safe 500 and two log entries', () => {
    fc.assert(
      fc.property(anyThrown, hooks, acceptHeader(2048), (thrown, chosen, accept) => {
        const logged: Logged[] = [];
        const options = {
          ...chosen,
          log: (error: unknown, _context: unknown, info: LogInfo) => {
            logged.push({ error, info });
          },
        } as ErrorLayerOptions<unknown>;
        const layer = createErrorLayer(options, { log: () => undefined });
        const request: ErrorRequest<unknown> = {
          method: 'GET',
          path: '/boom',
          header: (name) => (name === 'accept' ? accept : undefined),
          context: {},
        };
        const plan = layer.respond(thrown, request);
        const headers: Record<string, string> = { vary: writtenVary(plan) };
        for (const [name, value] of plan.headers) headers[name.toLowerCase()] = String(value);
        const requestIdOn = 'requestId' in chosen;
        checkOutcome(thrown, { status: plan.status, headers, body: plan.body, head: false }, logged, requestIdOn);
      }),
      params(2000),
    );
  });
});

describe.each(allFrameworks)('$name: hooks that throw or return anything, over HTTP', (framework) => {
  let target: Listening;
  let current: { thrown: unknown; hooks: Hooks } = { thrown: undefined, hooks: {} };
  const logged: Logged[] = [];

  beforeAll(async () => {
    // The hooks are fixed when the middleware is made; each case swaps what they do (a missing one behaves
    // as if it were not set).
    const call =
      (name: HookName, fallback: Behaviour) =>
      (...args: unknown[]) =>
        (current.hooks[name] ?? fallback)(...args);
    target = await listen(
      framework.server({
        route: () => Promise.reject(current.thrown),
        options: {
          map: call('map', () => undefined),
          transform: call('transform', (problem) => problem),
          locale: call('locale', () => undefined),
          type: call('type', () => 'about:blank'),
          requestId: call('requestId', () => 'request-1'),
          log: (error: unknown, _context: unknown, info: LogInfo) => {
            logged.push({ error, info });
          },
        } as ErrorLayerOptions<unknown>,
        onAppError: () => undefined,
      }),
    );
  });

  afterAll(() => target.close());

  it('every response is valid; a failed hook gives the minimal safe 500 and two log entries', async () => {
    await fc.assert(
      fc.asyncProperty(anyThrown, hooks, acceptHeader(2048), async (thrown, chosen, accept) => {
        // Express takes a falsy next(err) to mean "no error"; the 404 that follows is checked by the other files.
        fc.pre(framework.kind === 'koa' || Boolean(thrown));
        current = { thrown, hooks: chosen };
        logged.length = 0;
        const response = await send(target, { headers: { accept } });
        // Fastify 4 tests `thrown instanceof Error` first: a value whose prototype cannot be read reaches the
        // error handler as the error that reading threw (the framework's `differences` say so).
        const logsThrown = framework.name !== 'Fastify 4' || readsPrototype(thrown);
        // The middleware always has a `requestId` hook (a fixed id unless the case swaps it).
        checkOutcome(thrown, response, logged, true, logsThrown);
      }),
      params(150),
    );
  }, 60_000);
});
