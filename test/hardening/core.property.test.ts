import { validateHeaderName, validateHeaderValue } from 'node:http';
import {
  createCatalog,
  createErrorLayer,
  type ErrorLayer,
  type ErrorLayerOptions,
  type ErrorRequest,
  FORMATS,
  type Format,
  type LogInfo,
  normalizeError,
  type ResponsePlan,
} from '@status-i18n/core';
import fc from 'fast-check';
import {
  acceptHeader,
  acceptLanguageHeader,
  anyString,
  anyThrown,
  exposedThrown,
  hiddenThrown,
  INTERNAL,
  oddValue,
  pathSuffix,
  requestIdHeader,
  SECRET,
} from './support/arbitraries';
import { assertResponse, type Observed } from './support/check';
import { guardProcess } from './support/guard';
import { params } from './support/property';
import { snapshot } from './support/snapshot';
import { writtenVary } from './support/written';

guardProcess();

// Up to 64 KB per header in the core: larger than any HTTP server lets through, to show the cost is bounded.
const CORE_HEADER_BYTES = 65_536;

interface FakeRequestInput {
  readonly method: string;
  readonly path: string;
  readonly accept: string | undefined;
  readonly acceptLanguage: string | undefined;
  readonly requestId: string | undefined;
  readonly presetStatus: unknown;
}

const requestInput: fc.Arbitrary<FakeRequestInput> = fc.record({
  method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), anyString),
  path: fc.oneof(
    pathSuffix.map((suffix) => `/boom${suffix}`),
    anyString,
  ),
  accept: fc.oneof(acceptHeader(CORE_HEADER_BYTES), anyString),
  acceptLanguage: fc.oneof(acceptLanguageHeader(CORE_HEADER_BYTES), anyString),
  requestId: fc.oneof(requestIdHeader, anyString),
  presetStatus: fc.oneof(fc.constant(undefined), fc.integer({ min: 100, max: 999 }), oddValue),
});

/** A request as an adapter hands it to the core; `context` stands in for Express's req or Koa's ctx. */
function fakeRequest(input: FakeRequestInput): ErrorRequest<{ readonly fake: true }> {
  const headers: Record<string, string | undefined> = {
    accept: input.accept,
    'accept-language': input.acceptLanguage,
    'x-request-id': input.requestId,
  };
  return {
    method: input.method,
    path: input.path,
    header: (name) => headers[name],
    context: { fake: true },
    ...(input.presetStatus === undefined ? {} : { presetStatus: input.presetStatus as number }),
  };
}

interface LayerConfig {
  readonly formats: readonly Format[];
  readonly defaultFormat: Format;
  readonly instance: boolean;
  readonly requestId: boolean | string;
  readonly logClientErrors: boolean;
  readonly defaultLocale: 'en' | 'zh-CN' | 'zh-TW' | undefined;
  readonly customCatalog: boolean;
  readonly debug: boolean;
}

const layerConfig = (debug: boolean): fc.Arbitrary<LayerConfig> =>
  fc
    .record({
      formats: fc.subarray([...FORMATS], { minLength: 1 }),
      instance: fc.boolean(),
      requestId: fc.constantFrom<boolean | string>(false, true, 'x-request-id'),
      logClientErrors: fc.boolean(),
      defaultLocale: fc.constantFrom<LayerConfig['defaultLocale']>(undefined, 'en', 'zh-CN', 'zh-TW'),
      customCatalog: fc.boolean(),
    })
    .chain((config) =>
      fc.constantFrom(...config.formats).map((defaultFormat) => ({ ...config, defaultFormat, debug })),
    );

// A catalog with an added locale and overridden words that carry markup, to show they are escaped too.
const customCatalog = createCatalog({
  messages: {
    ja: { http: { 500: { title: '内部サーバーエラー', description: '<b>サーバー</b> & "エラー"' } } },
    en: { http: { '4xx': { description: "Client error <i>'class'</i> & more" } } },
  },
});

interface LogEntry {
  readonly error: unknown;
  readonly info: LogInfo;
}
let logged: LogEntry[] = [];

// Layers are made once per configuration and reused, so their caches see many requests, as in production.
const layers = new Map<string, ErrorLayer<{ readonly fake: true }>>();
function layerFor(config: LayerConfig): ErrorLayer<{ readonly fake: true }> {
  const key = JSON.stringify(config);
  let layer = layers.get(key);
  if (layer === undefined) {
    const options: ErrorLayerOptions<{ readonly fake: true }> = {
      formats: config.formats,
      defaultFormat: config.defaultFormat,
      instance: config.instance,
      requestId: config.requestId,
      logClientErrors: config.logClientErrors,
      debug: config.debug,
      ...(config.defaultLocale === undefined ? {} : { defaultLocale: config.defaultLocale }),
      ...(config.customCatalog ? { catalog: customCatalog } : {}),
      log: (error, _context, info) => {
        logged.push({ error, info });
      },
    };
    layer = createErrorLayer(options, { log: () => undefined });
    layers.set(key, layer);
  }
  return layer;
}

/** A response plan as the client would see it, after checking every header would pass Node's own checks. */
function observe(plan: ResponsePlan): Observed {
  const headers: Record<string, string | string[] | undefined> = {};
  const add = (name: string, value: string | string[]) => {
    const key = name.toLowerCase();
    // A header set twice would be a duplicate on the wire; keep both so single-value checks fail.
    headers[key] = headers[key] === undefined ? value : ([] as string[]).concat(headers[key] as string, value);
  };
  for (const [name, value] of plan.headers) {
    validateHeaderName(name);
    for (const item of [value].flat()) validateHeaderValue(name, item);
    add(name, value as string | string[]);
  }
  add('vary', writtenVary(plan));
  return { status: plan.status, headers, body: plan.head ? new Uint8Array(0) : plan.body, head: plan.head };
}

/** What every plan must satisfy, and the log rule: every 5xx once; 4xx only with logClientErrors. */
function checkPlan(
  thrown: unknown,
  input: FakeRequestInput,
  config: LayerConfig,
  plan: ResponsePlan,
  secrets: string[],
): void {
  if (plan.head !== (input.method === 'HEAD')) throw new Error(`head is ${plan.head} for ${input.method}`);
  assertResponse(observe(plan), { formats: config.formats, debug: config.debug, secrets });
  // The body of a HEAD response is still planned (for its Content-Length): it must satisfy the rules too.
  if (plan.head)
    assertResponse(observe({ ...plan, head: false }), { formats: config.formats, debug: config.debug, secrets });
  const expectedLogs = plan.status >= 500 || config.logClientErrors ? 1 : 0;
  if (logged.length !== expectedLogs) throw new Error(`logged ${logged.length} times for a ${plan.status}`);
  if (expectedLogs === 1) {
    const [entry] = logged;
    if (!Object.is(entry?.error, thrown)) throw new Error('the log did not get the thrown value itself');
    if (entry?.info.status !== plan.status || entry.info.hookFailure) throw new Error('wrong log info');
  }
}

describe('normalizeError(thrown)', () => {
  it('never throws, always answers an error status, and never changes the value', () => {
    fc.assert(
      fc.property(anyThrown, fc.oneof(fc.constant(undefined), fc.integer(), oddValue), (thrown, preset) => {
        const before = snapshot(thrown);
        const normalized = normalizeError(thrown, preset as number | undefined);
        expect(Number.isInteger(normalized.status) && normalized.status >= 400 && normalized.status <= 599).toBe(true);
        expect(normalized.message === undefined || typeof normalized.message === 'string').toBe(true);
        expect(normalized.stack === undefined || typeof normalized.stack === 'string').toBe(true);
        for (const [name, value] of normalized.headers) {
          validateHeaderName(name);
          for (const item of [value].flat()) validateHeaderValue(name, item);
        }
        JSON.stringify(normalized.extensions);
        expect(snapshot(thrown)).toBe(before);
      }),
      params(2000),
    );
  });

  it('exposes nothing of an error that does not say it is public', () => {
    fc.assert(
      fc.property(hiddenThrown, (thrown) => {
        const normalized = normalizeError(thrown);
        expect(normalized.exposed).toBe(false);
        expect(normalized.extensions).toEqual({});
      }),
      params(1000),
    );
  });
});

describe('createErrorLayer(options).respond(thrown, request)', () => {
  beforeEach(() => {
    logged = [];
  });

  it('answers anything thrown with a valid, consistent response, for any Accept, Accept-Language and method', () => {
    fc.assert(
      fc.property(anyThrown, requestInput, layerConfig(false), (thrown, input, config) => {
        logged = [];
        const before = snapshot(thrown);
        const plan = layerFor(config).respond(thrown, fakeRequest(input));
        checkPlan(thrown, input, config, plan, [SECRET, INTERNAL]);
        expect(snapshot(thrown)).toBe(before);
      }),
      params(2000),
    );
  });

  it('never shows a hidden message, stack or member without debug', () => {
    fc.assert(
      fc.property(hiddenThrown, requestInput, layerConfig(false), (thrown, input, config) => {
        logged = [];
        const plan = layerFor(config).respond(thrown, fakeRequest(input));
        checkPlan(thrown, input, config, plan, [SECRET]);
      }),
      params(2000),
    );
  });

  it("shows an exposed error's message and data, never its internals", () => {
    fc.assert(
      fc.property(exposedThrown, requestInput, layerConfig(false), (thrown, input, config) => {
        logged = [];
        const plan = layerFor(config).respond(thrown, fakeRequest(input));
        checkPlan(thrown, input, config, plan, [INTERNAL]);
        // The status is the error's own: an exposed error always carries a valid one.
        expect(plan.status).toBe((thrown as { status: number }).status);
      }),
      params(2000),
    );
  });

  it('stays valid with debug: true (stacks and messages may then be shown)', () => {
    fc.assert(
      fc.property(anyThrown, requestInput, layerConfig(true), (thrown, input, config) => {
        logged = [];
        const plan = layerFor(config).respond(thrown, fakeRequest(input));
        checkPlan(thrown, input, config, plan, []);
      }),
      params(500),
    );
  });

  it('notFound() answers a valid 404 for any request, and logs nothing', () => {
    fc.assert(
      fc.property(requestInput, layerConfig(false), (input, config) => {
        logged = [];
        const plan = layerFor(config).notFound(fakeRequest({ ...input, presetStatus: undefined }));
        expect(plan.status).toBe(404);
        assertResponse(observe(plan), { formats: config.formats });
        expect(logged).toHaveLength(0);
      }),
      params(500),
    );
  });
});
