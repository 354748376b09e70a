import { withProblems } from '@status-i18n/fetch/next';
import createError from 'http-errors';
import { DynamicServerError } from 'next/dist/client/components/hooks-server-context';
import { StaticGenBailoutError } from 'next/dist/client/components/static-generation-bailout';
import { abortOnSynchronousPlatformIOAccess } from 'next/dist/server/app-render/dynamic-rendering';
import { makeDynamicHangingPromise } from 'next/dist/server/dynamic-rendering-utils';
import { BailoutToCSRError } from 'next/dist/shared/lib/lazy-dynamic/bailout-to-csr';
import {
  forbidden,
  notFound,
  permanentRedirect,
  RedirectType,
  redirect,
  unauthorized,
  unstable_rethrow,
} from 'next/navigation';
import { NextRequest } from 'next/server';

const quiet = { log: () => undefined };

/** What a `next/navigation` call throws: the real error, as Next makes it. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** The real control-flow errors of Next 16, each made by Next's own code. */
async function controlFlowErrors(): Promise<Array<[string, unknown]>> {
  // forbidden() and unauthorized() need `experimental.authInterrupts`, which next.config sets this way.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  const aborted = new AbortController();
  aborted.abort();
  const prerender = { controller: new AbortController(), dynamicTracking: null };
  abortOnSynchronousPlatformIOAccess('/orders', 'Date.now()', new Error('stack'), prerender as never);
  return [
    ['redirect()', thrownBy(() => redirect('/login'))],
    ['redirect(…, push)', thrownBy(() => redirect('/login', RedirectType.push))],
    ['permanentRedirect()', thrownBy(() => permanentRedirect('/new-home'))],
    ['notFound()', thrownBy(() => notFound())],
    ['forbidden()', thrownBy(() => forbidden())],
    ['unauthorized()', thrownBy(() => unauthorized())],
    ['a dynamic-usage bailout', new DynamicServerError('headers()')],
    ['a bailout to client-side rendering', new BailoutToCSRError('useSearchParams()')],
    ['a static-generation bailout (dynamic = "error")', new StaticGenBailoutError('used headers()')],
    [
      'a hanging promise of a prerender',
      await rejectionOf(makeDynamicHangingPromise(aborted.signal, '/orders', 'params')),
    ],
    ['an interrupted prerender', prerender.controller.signal.reason],
  ];
}

describe('withProblems(handler, options)', () => {
  it('answers a thrown error with a problem in the negotiated format and language', async () => {
    const GET = withProblems(async () => {
      throw createError(409, 'Seat 12A is taken');
    }, quiet);
    const response = await GET(new NextRequest('http://localhost/seats', { headers: { 'Accept-Language': 'zh-CN' } }));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.headers.get('content-language')).toBe('zh-CN');
    expect(await response.json()).toMatchObject({ status: 409, detail: 'Seat 12A is taken' });
  });

  it('hands the hooks the request as the handler declares it (NextRequest, with nextUrl)', async () => {
    const GET = withProblems(
      async (_request: NextRequest) => {
        throw createError(409, 'Seat 12A is taken');
      },
      // Typed from the handler: `nextUrl` exists on NextRequest only, so this compiles only if it is passed on.
      { ...quiet, locale: (request) => request.nextUrl.searchParams.get('lang') ?? undefined },
    );
    const response = await GET(new NextRequest('http://localhost/seats?lang=zh-TW'));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-language')).toBe('zh-TW');
  });

  it('hides a 5xx and logs it once, with the request', async () => {
    const log = jest.fn();
    const error = new Error('connect ECONNREFUSED db.internal');
    const request = new NextRequest('http://localhost/orders', { headers: { Accept: 'text/plain' } });
    const response = await withProblems(
      () => {
        throw error;
      },
      { log },
    )(request);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('ECONNREFUSED');
    expect(log).toHaveBeenCalledWith(error, request, expect.objectContaining({ status: 500 }));
  });

  it('hands Next’s context ({ params }) to the handler as it is, and returns its response untouched', async () => {
    const context = { params: Promise.resolve({ id: '7' }) };
    const seen: unknown[] = [];
    const GET = withProblems(async (request: NextRequest, ctx: typeof context) => {
      seen.push(ctx);
      const { id } = await ctx.params;
      return Response.json({ id, path: request.nextUrl.pathname });
    });
    const response = await GET(new NextRequest('http://localhost/orders/7'), context);
    expect(seen[0]).toBe(context);
    expect(await response.json()).toEqual({ id: '7', path: '/orders/7' });
  });

  it('rethrows every control-flow error of next/navigation and Next’s rendering, the same object', async () => {
    for (const [name, error] of await controlFlowErrors()) {
      const GET = withProblems(() => {
        throw error;
      }, quiet);
      await expect([name, await rejectionOf(GET(new NextRequest('http://localhost/')))]).toEqual([name, error]);
    }
  });

  it('rethrows exactly what Next’s own unstable_rethrow rethrows', async () => {
    const others: unknown[] = [new Error('x'), createError(404), null, 'text', { digest: 'SOMETHING_ELSE' }];
    for (const error of [...(await controlFlowErrors()).map(([, value]) => value), ...others]) {
      let nextRethrows = false;
      try {
        unstable_rethrow(error);
      } catch {
        nextRethrows = true;
      }
      const outcome = await withProblems(() => {
        throw error;
      }, quiet)(new NextRequest('http://localhost/')).then(
        () => 'answered',
        () => 'rethrown',
      );
      // A static-generation bailout is rethrown too: unstable_rethrow leaves it, because Next fails the build
      // with it before any handler could catch it in a request.
      const expected = nextRethrows || error instanceof StaticGenBailoutError ? 'rethrown' : 'answered';
      expect([error, outcome]).toEqual([error, expected]);
    }
  });

  it('rethrows a redirect an error wraps as its cause, as unstable_rethrow does', async () => {
    const redirectError = thrownBy(() => redirect('/login'));
    const GET = withProblems(() => {
      throw new Error('session check failed', { cause: redirectError });
    }, quiet);
    await expect(GET(new NextRequest('http://localhost/'))).rejects.toBe(redirectError);
  });

  it('answers forbidden() and unauthorized() without experimental.authInterrupts as a hidden, logged 500', async () => {
    // Without the flag, Next throws a plain Error saying the function is experimental: no control flow to leave.
    const flag = process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
    delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
    try {
      for (const call of [forbidden, unauthorized]) {
        const log = jest.fn();
        const GET = withProblems(async () => call(), { log });
        const response = await GET(new Request('http://localhost/admin'));
        expect(response.status).toBe(500);
        expect(await response.text()).not.toContain('authInterrupts');
        expect(log).toHaveBeenCalledTimes(1);
        expect(String(log.mock.calls[0]?.[0])).toContain('experimental.authInterrupts');
      }
    } finally {
      if (flag !== undefined) process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = flag;
    }
  });

  it('answers an error whose digest only looks like Next’s', async () => {
    const GET = withProblems(() => {
      throw Object.assign(new Error('x'), { digest: 'MY_NEXT_REDIRECT_HELPER' });
    }, quiet);
    expect((await GET(new NextRequest('http://localhost/'))).status).toBe(500);
  });

  it('answers HEAD with the headers and no body', async () => {
    const HEAD = withProblems(() => {
      throw createError(404);
    }, quiet);
    const response = await HEAD(new NextRequest('http://localhost/', { method: 'HEAD' }));
    expect(response.status).toBe(404);
    expect(response.body).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it('checks its options when the route is made', () => {
    expect(() => withProblems(() => new Response(), { formats: ['xml'] } as never)).toThrow(TypeError);
    // The handler too: one that is not a function would fail every request as a 500.
    for (const handler of ['notfn', undefined, { route: () => new Response() }]) {
      expect(() => withProblems(handler as never)).toThrow(/withProblems\(handler, options\) takes the route handler/);
    }
  });
});
