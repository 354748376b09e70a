import type { LogInfo } from '@status-i18n/core';
import fc from 'fast-check';
import { type Framework, frameworks, type RouteTools } from '../suite/frameworks';
import { fastifyFrameworks } from '../suite/frameworks-fastify';
import {
  acceptHeader,
  acceptLanguageHeader,
  anyThrown,
  exposedThrown,
  hiddenThrown,
  httpMethod,
  INTERNAL,
  pathSuffix,
  requestIdHeader,
  SECRET,
} from './support/arbitraries';
import { assertResponse, type Observed } from './support/check';
import { guardProcess } from './support/guard';
import { type Listening, listen, send } from './support/http';
import { params } from './support/property';

const allFrameworks = [...Object.values(frameworks), ...Object.values(fastifyFrameworks)];

guardProcess();

// Node refuses request heads over 16 KB (431). The fuzzed headers share this budget, so the largest cases
// come close to the limit and still reach the application.
const HEADER_BUDGET = 15_000;

/** What the route does before it fails: a preset status, and headers an earlier handler may have set. */
interface Preparation {
  readonly status: number | undefined;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Throw in the route, or reject a promise it returns. */
  readonly delivery: 'throw' | 'reject';
}

const preparation: fc.Arbitrary<Preparation> = fc.record({
  status: fc.oneof(fc.constant(undefined), fc.constantFrom(200, 302), fc.integer({ min: 400, max: 599 })),
  headers: fc.subarray([
    ['Content-Encoding', 'gzip'],
    ['ETag', '"abc"'],
    ['Last-Modified', 'Wed, 21 Oct 2015 07:28:00 GMT'],
    ['Content-Disposition', 'attachment; filename="x.bin"'],
    ['Content-Range', 'bytes 0-1/2'],
    ['Access-Control-Allow-Origin', 'https://app.example'],
    ['Set-Cookie', 'session=1; HttpOnly'],
  ] as const),
  delivery: fc.constantFrom<Preparation['delivery']>('throw', 'reject'),
});

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** Cuts the fuzzed headers to the budget Node allows, longest first. */
function withinBudget(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  const fitted = { ...headers };
  let total = Object.values(fitted).reduce((sum, value) => sum + (value?.length ?? 0), 0);
  while (total > HEADER_BUDGET) {
    const [name, value] = Object.entries(fitted).sort(([, a], [, b]) => (b?.length ?? 0) - (a?.length ?? 0))[0] as [
      string,
      string,
    ];
    const cut = value.slice(0, Math.max(0, value.length - (total - HEADER_BUDGET)));
    total -= value.length - cut.length;
    fitted[name] = cut;
  }
  return fitted;
}

/** Whether the path decodes: Fastify answers one that does not before any route (see its `differences`). */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path.split('?', 1)[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests that reach the route of `framework`: Fastify routes fewer methods than Node.js knows, and no path
 * it cannot decode.
 */
const requestTo = (framework: Pick<Framework, 'kind' | 'methods'>): fc.Arbitrary<Sent> =>
  fc
    .record({
      method: framework.methods === undefined ? httpMethod : fc.constantFrom(...framework.methods),
      suffix: pathSuffix,
      accept: acceptHeader(HEADER_BUDGET),
      acceptLanguage: acceptLanguageHeader(HEADER_BUDGET),
      requestId: requestIdHeader,
    })
    .map(({ method, suffix, accept, acceptLanguage, requestId }) => ({
      method,
      path: `/boom${suffix}`,
      headers: withinBudget({ accept, 'accept-language': acceptLanguage, 'x-request-id': requestId }),
    }))
    .filter((sent) => framework.kind !== 'fastify' || decodes(sent.path));

const REMOVED = ['content-encoding', 'etag', 'last-modified', 'content-disposition', 'content-range'];

describe.each(allFrameworks)('$name: errorHandler over HTTP, fuzzed', (framework) => {
  const request = requestTo(framework);
  let target: Listening;
  let current: { thrown: unknown; preparation: Preparation } = {
    thrown: undefined,
    preparation: { status: undefined, headers: [], delivery: 'throw' },
  };
  const logged: LogInfo[] = [];

  beforeAll(async () => {
    const route = (tools: RouteTools) => {
      const { thrown, preparation } = current;
      if (preparation.status !== undefined) tools.setStatus(preparation.status);
      for (const [name, value] of preparation.headers) tools.setHeader(name, value);
      if (preparation.delivery === 'reject') return Promise.reject(thrown);
      throw thrown;
    };
    target = await listen(
      framework.server({
        route,
        options: {
          instance: true,
          requestId: true,
          log: (_error: unknown, _context: unknown, info: LogInfo) => {
            logged.push(info);
          },
        },
        onAppError: () => undefined,
      }),
    );
  });

  afterAll(() => target.close());

  /** Sends the request for one case and checks the rules every response follows; returns what came back. */
  async function exchange(thrown: unknown, prepared: Preparation, sent: Sent, secrets: string[]): Promise<Observed> {
    current = { thrown, preparation: prepared };
    logged.length = 0;
    const response = await send(target, sent);
    assertResponse(response, { secrets });
    for (const name of REMOVED) {
      if (response.headers[name] !== undefined) throw new Error(`${name} from before the error was kept`);
    }
    for (const [name, value] of prepared.headers) {
      const lower = name.toLowerCase();
      if (REMOVED.includes(lower)) continue;
      if (!String(response.headers[lower]).includes(value)) throw new Error(`${name} set before the error was lost`);
    }
    // Every 5xx is logged exactly once, with its status; 4xx are not (logClientErrors is off).
    const expectedLogs = response.status >= 500 ? [response.status] : [];
    expect(logged.map((info) => info.status)).toEqual(expectedLogs);
    return response;
  }

  it('answers anything thrown, for any method, Accept and Accept-Language, with a valid response', async () => {
    await fc.assert(
      fc.asyncProperty(anyThrown, preparation, request, async (thrown, prepared, sent) => {
        await exchange(thrown, prepared, sent, [SECRET, INTERNAL]);
      }),
      params(400),
    );
  }, 60_000);

  it('never sends a hidden message, stack or member', async () => {
    await fc.assert(
      fc.asyncProperty(hiddenThrown, preparation, request, async (thrown, prepared, sent) => {
        await exchange(thrown, prepared, sent, [SECRET]);
      }),
      params(200),
    );
  }, 60_000);

  it("sends an exposed error's status, never its internals", async () => {
    await fc.assert(
      fc.asyncProperty(exposedThrown, preparation, request, async (thrown, prepared, sent) => {
        const response = await exchange(thrown, prepared, sent, [INTERNAL]);
        expect(response.status).toBe((thrown as { status: number }).status);
      }),
      params(150),
    );
  }, 60_000);
});
