import { createResponder, notFoundResponse, toResponse } from '@status-i18n/fetch';
import createError from 'http-errors';

const quiet = { log: () => undefined };
const get = (path = '/orders/7?page=2', headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });

describe('toResponse(error, request, options)', () => {
  it('answers with a Response: status, reason phrase, exact length, language, nosniff and Vary', async () => {
    const response = toResponse(createError(422, 'Invalid order'), get('/', { 'Accept-Language': 'zh-TW' }), quiet);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(422);
    expect(response.statusText).toBe('Unprocessable Content');
    expect(Number(response.headers.get('content-length'))).toBe(body.byteLength);
    expect(response.headers.get('content-language')).toBe('zh-TW');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('vary')).toBe('Accept, Accept-Language');
    expect(JSON.parse(new TextDecoder().decode(body))).toMatchObject({ status: 422, detail: 'Invalid order' });
  });

  it('answers HEAD with the headers of GET and a null body', () => {
    const error = createError(404);
    const asGet = toResponse(error, get('/'), quiet);
    const head = toResponse(error, new Request('http://localhost/', { method: 'HEAD' }), quiet);
    expect(head.body).toBeNull();
    expect([...head.headers]).toEqual([...asGet.headers]);
  });

  it('never reads the request body', () => {
    const body = new ReadableStream({
      pull() {
        throw new Error('the body was read');
      },
    });
    const request = new Request('http://localhost/upload', { method: 'POST', body, duplex: 'half' } as RequestInit);
    const response = toResponse(createError(413), request, quiet);
    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
    expect(body.locked).toBe(false);
  });

  it('puts the path without the query in instance, and hands the Request to the hooks', async () => {
    const request = get('/orders/7?token=secret');
    const seen: unknown[] = [];
    const options = { ...quiet, instance: true, map: (_error: unknown, req: Request) => void seen.push(req) };
    const response = toResponse(createError(404), request, options);
    expect(((await response.json()) as { instance?: string }).instance).toBe('/orders/7');
    expect(seen).toEqual([request]);
  });

  it('checks an options object once, on its first use, then reuses what it made', () => {
    let reads = 0;
    const options = {
      ...quiet,
      get formats() {
        reads++;
        return ['problem+json', 'json'] as const;
      },
    };
    toResponse(new Error('x'), get(), options as never);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    for (let index = 0; index < 5; index++) toResponse(new Error('x'), get(), options as never);
    notFoundResponse(get(), options as never);
    // notFoundResponse shares the responder of the same options object.
    expect(reads).toBe(afterFirst);
  });

  it('throws a TypeError naming a wrong option on first use, and every time after', () => {
    const options = { formats: ['xml'] };
    expect(() => toResponse(new Error('x'), get(), options as never)).toThrow(/formats/);
    expect(() => toResponse(new Error('x'), get(), options as never)).toThrow(TypeError);
  });

  it('answers the safe 500 when given something else than a Request, and logs why', async () => {
    for (const notARequest of [{ url: '/x' }, undefined, null]) {
      const log = jest.fn();
      const response = toResponse(new Error('x'), notARequest as never, { log });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ status: 500 });
      const failure = log.mock.calls.map(([error]) => error).find((error) => error instanceof Error && error.cause);
      expect(String((failure as Error).cause)).toContain('toResponse(error, request) needs the Request itself');
    }
  });

  it('logs a 5xx on console.error by default, and no 4xx', () => {
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = new Error('db down');
      toResponse(error, get());
      expect(printed).toHaveBeenCalledWith(error);
      printed.mockClear();
      toResponse(createError(404), get());
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });
});

describe('notFoundResponse(request, options)', () => {
  it('answers a 404 in the negotiated format and language, not logged', async () => {
    const log = jest.fn();
    const response = notFoundResponse(get('/nowhere', { Accept: 'text/plain', 'Accept-Language': 'zh-CN' }), {
      log,
      logClientErrors: true,
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/^404 未找到/);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('createResponder(options)', () => {
  it('checks the options at once', () => {
    expect(() => createResponder({ defaultLocale: 'xx' })).toThrow(/defaultLocale/);
  });

  it('answers errors and unmatched requests with the same options', () => {
    const problems = createResponder({ ...quiet, defaultFormat: 'json', formats: ['json'] });
    expect(problems.toResponse(createError(400), get()).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    expect(problems.notFoundResponse(get()).status).toBe(404);
  });
});
