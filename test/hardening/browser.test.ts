import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createCatalog, type ProblemDetails } from '@status-i18n/core';
import createError from 'http-errors';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type AppSetup, type Framework, frameworks } from '../suite/frameworks';
import { fastifyFrameworks } from '../suite/frameworks-fastify';
import { fetchFramework, honoFramework } from '../suite/frameworks-fetch';
import { guardProcess } from './support/guard';
import { type Listening, listen } from './support/http';

guardProcess();

/**
 * Real-browser checks: Debian's Chromium (installed by scripts/ensure-chromium.sh, never downloaded by
 * Playwright) loads the HTML error pages. Every place user data can reach is filled with script-injection
 * payloads; a payload that ran would set a global flag or open a dialog, one that loaded something would
 * show up as a request, and one the page's CSP had to block would raise a violation.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

// Each vector would set window.__xss (or open a dialog, or load a URL) if it reached the page as markup.
const VECTORS = [
  '<script>window.__xss="script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '"><svg onload="window.__xss=\'svg\'">',
  "'><body onload=\"window.__xss='body'\">",
  '</title><script>window.__xss="title"</script>',
  '</style><script>window.__xss="style"</script>',
  '</code></pre><script>window.__xss="pre"</script>',
  '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
  '<a href="javascript:window.__xss=\'href\'" id="xss-link">link</a>',
  '<details open ontoggle="window.__xss=\'details\'">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=\'meta\'">',
  '<base href="http://127.0.0.2:9/">',
  '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">',
  "<style>@import 'http://127.0.0.1:9/evil.css';body{background:url(http://127.0.0.1:9/bg.png)}</style>",
  '<object data="http://127.0.0.1:9/x.swf"></object>',
  '<noscript><p title="</noscript><img src=x onerror=alert(\'noscript\')>">',
  '{{constructor.constructor("alert(\'template\')")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal injection, meant to stay text
  '${alert("template literal")}',
  '<svg><script>alert("svg script")</script></svg>',
  '&lt;script&gt;alert("double-unescape")&lt;/script&gt;',
];
const PAYLOAD = VECTORS.join(' ');
const SHORT_PAYLOAD = '<script>window.__xss="short"</script><img src=x onerror=alert(1)>';

interface Case {
  readonly name: string;
  readonly setup: AppSetup;
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The browser's language (its Accept-Language). Default `en-US`. */
  readonly locale?: string;
  /** Text that must be visible on the page, as text: proof the payload was rendered, escaped. */
  readonly visible: readonly string[];
}

const quiet = { log: () => undefined };
const evilCatalog = createCatalog({
  messages: {
    en: {
      http: {
        500: { title: `Broken ${SHORT_PAYLOAD}`, description: `Described ${PAYLOAD}` },
        '5xx': { title: `Class ${SHORT_PAYLOAD}`, description: `Class described ${PAYLOAD}` },
      },
    },
    ja: {
      http: { 404: { title: `見つからない ${SHORT_PAYLOAD}`, description: `説明 ${PAYLOAD}` } },
      html: { requestId: `ID ${SHORT_PAYLOAD}`, colon: `${SHORT_PAYLOAD}：`, details: `詳細 ${SHORT_PAYLOAD}` },
    },
  },
});

const CASES: readonly Case[] = [
  {
    name: 'an exposed message',
    setup: { route: () => Promise.reject(createError(400, PAYLOAD)), options: quiet },
    visible: [PAYLOAD],
  },
  {
    name: 'a map detail and title',
    setup: {
      route: () => Promise.reject(new Error('domain')),
      options: { ...quiet, map: () => ({ status: 409, title: SHORT_PAYLOAD, detail: PAYLOAD }) },
    },
    visible: [PAYLOAD, SHORT_PAYLOAD],
  },
  {
    name: 'field errors and other extension members',
    setup: {
      route: () =>
        Promise.reject(
          createError(422, 'Invalid input', {
            errors: [
              { field: SHORT_PAYLOAD, message: PAYLOAD },
              { path: '/a', message: SHORT_PAYLOAD },
            ],
            code: SHORT_PAYLOAD,
            [SHORT_PAYLOAD]: { nested: [PAYLOAD] },
          }),
        ),
      options: quiet,
    },
    visible: [PAYLOAD, SHORT_PAYLOAD],
  },
  {
    name: 'map extensions and a transform',
    setup: {
      route: () => Promise.reject(new Error('domain')),
      options: {
        ...quiet,
        map: () => ({ status: 400, extensions: { hint: PAYLOAD } }),
        transform: (problem: ProblemDetails) => ({ ...problem, note: SHORT_PAYLOAD }),
      },
    },
    visible: [PAYLOAD, SHORT_PAYLOAD],
  },
  {
    name: 'the request path, with instance: true',
    setup: { route: () => Promise.reject(createError(404)), options: { ...quiet, instance: true } },
    path: `/boom/${encodeURIComponent(PAYLOAD)}/'"><svg onload=alert(1)>`,
    visible: [],
  },
  {
    name: 'a request id from the header',
    setup: { route: () => Promise.reject(createError(503)), options: { ...quiet, requestId: true } },
    headers: { 'X-Request-Id': '"><script>window.__xss="rid"</script>' },
    visible: [],
  },
  {
    name: 'a request id from the requestId function',
    setup: { route: () => Promise.reject(createError(503)), options: { ...quiet, requestId: () => PAYLOAD } },
    visible: [PAYLOAD],
  },
  {
    name: 'custom locale texts from createCatalog (title and description)',
    setup: { route: () => Promise.reject(new Error('hidden')), options: { ...quiet, catalog: evilCatalog } },
    visible: [`Described ${PAYLOAD}`, `Class described ${PAYLOAD}`],
  },
  {
    name: 'an added locale from createCatalog, with its own page labels',
    setup: {
      route: () => Promise.reject(createError(404, 'gone', { errors: [{ field: 'id', message: 'unknown' }] })),
      options: { ...quiet, catalog: evilCatalog, requestId: true },
    },
    locale: 'ja',
    visible: [`説明 ${PAYLOAD}`, `ID ${SHORT_PAYLOAD}`],
  },
  {
    name: 'a stack and a hidden message shown with debug: true',
    setup: {
      route: () =>
        Promise.reject(Object.assign(new Error(PAYLOAD), { stack: `Error: ${PAYLOAD}\n    at x (y.js:1:1)` })),
      options: { ...quiet, debug: true },
    },
    visible: [PAYLOAD],
  },
];

interface PageReport {
  readonly status: number | undefined;
  readonly xss: string[];
  readonly dialogs: string[];
  readonly requests: string[];
  readonly violations: string[];
  readonly cspConsole: string[];
  readonly activeElements: number;
  readonly handlerAttributes: number;
  readonly text: string;
}

/**
 * The little of the browser's globals the page-side functions use, typed here rather than adding the DOM
 * library to a Node project's type check.
 */
interface PageScope {
  readonly document: {
    readonly body: { readonly textContent: string | null };
    querySelectorAll(selectors: string): ArrayLike<{ readonly attributes: ArrayLike<{ readonly name: string }> }>;
    addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
  getComputedStyle(element: unknown): { readonly fontSize: string; readonly color: string };
  __probeReport(kind: string, detail: string): void;
}

/** A page kept open for many loads (a new page per load costs more than the load), with its listeners. */
interface Probe {
  readonly page: Page;
  readonly xss: string[];
  readonly violations: string[];
  readonly dialogs: string[];
  readonly requests: string[];
  readonly cspConsole: string[];
}

const probes = new Map<Page, Probe>();

async function openProbe(context: BrowserContext): Promise<Probe> {
  const page = await context.newPage();
  const probe: Probe = { page, xss: [], violations: [], dialogs: [], requests: [], cspConsole: [] };
  probes.set(page, probe);
  probe.page.on('dialog', (dialog) => {
    probe.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  probe.page.on('request', (request) => probe.requests.push(request.url()));
  probe.page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) probe.cspConsole.push(message.text());
  });
  return probe;
}

/** Loads one error page and reports everything a payload could have done. */
async function inspect(probe: Probe, url: string, headers: Record<string, string> = {}): Promise<PageReport> {
  const { page } = probe;
  for (const list of [probe.xss, probe.violations, probe.dialogs, probe.requests, probe.cspConsole]) list.length = 0;
  await page.setExtraHTTPHeaders(headers);
  const response = await page.goto(url, { waitUntil: 'load' });
  // Give anything that waits for an event (a meta refresh, onload, ontoggle, a hover, a click) its chance.
  await page.mouse.move(500, 300);
  await page.mouse.move(100, 100);
  const link = await page.$('#xss-link');
  if (link !== null) await link.click();
  await page.waitForTimeout(100);
  const found = await page.evaluate(() => {
    const { document } = globalThis as unknown as PageScope;
    return {
      activeElements: document.querySelectorAll(
        'script, img, iframe, svg, object, embed, link, base, form, a, input, meta[http-equiv], noscript',
      ).length,
      handlerAttributes: Array.from(document.querySelectorAll('*')).filter((element) =>
        Array.from(element.attributes).some((attribute) => attribute.name.toLowerCase().startsWith('on')),
      ).length,
      text: document.body.textContent ?? '',
    };
  });
  return {
    status: response?.status(),
    xss: [...probe.xss],
    dialogs: [...probe.dialogs],
    requests: [...probe.requests],
    violations: [...probe.violations],
    cspConsole: [...probe.cspConsole],
    activeElements: found.activeElements,
    handlerAttributes: found.handlerAttributes,
    text: found.text,
  };
}

let browser: Browser;
// Chromium sends the context's locale as Accept-Language (an extra header cannot replace it): one per locale.
const contexts = new Map<string, BrowserContext>();

async function contextFor(locale: string): Promise<BrowserContext> {
  let context = contexts.get(locale);
  if (context === undefined) {
    context = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale });
    // What a payload does is reported to this side at once, so it is not lost when a payload replaces the
    // document (a javascript: URL does).
    await context.exposeBinding('__probeReport', ({ page }, kind: string, detail: string) => {
      const probe = probes.get(page);
      if (kind === 'xss') probe?.xss.push(detail);
      else probe?.violations.push(detail);
    });
    // Runs before the page's own content (Playwright injects it outside the page's CSP), so it sees everything.
    await context.addInitScript(() => {
      const scope = globalThis as unknown as PageScope;
      const report = (kind: string, detail: string) => {
        try {
          scope.__probeReport(kind, detail);
        } catch {
          // The binding is gone while the page closes.
        }
      };
      let flag: unknown;
      Object.defineProperty(globalThis, '__xss', {
        get: () => flag,
        set: (value: unknown) => {
          flag = value;
          report('xss', String(value));
        },
      });
      scope.document.addEventListener('securitypolicyviolation', (event) => {
        report('csp', `${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    contexts.set(locale, context);
  }
  return context;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
});

describe('the probe itself', () => {
  // Without these, a probe that saw nothing would pass every case below.
  it.each([
    ['without a CSP, it sees the payloads run and load', undefined],
    ['under a CSP, it sees the violations', "default-src 'none'"],
  ])(
    'on a page that echoes the payloads unescaped, %s',
    async (_name, policy) => {
      const server = createServer((_request, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (policy !== undefined) response.setHeader('Content-Security-Policy', policy);
        response.end(`<!DOCTYPE html><html><head><title>t</title></head><body><p>${PAYLOAD}</p></body></html>`);
      });
      const target = await listen(server);
      const probe = await openProbe(await contextFor('en-US'));
      try {
        const report = await inspect(probe, `http://127.0.0.1:${target.port}/`);
        if (policy === undefined) {
          // (The javascript: link, once clicked, replaces the document, so its elements are gone by now.)
          expect(report.xss.length).toBeGreaterThan(0);
          expect(report.dialogs.length).toBeGreaterThan(0);
          expect(report.requests.length).toBeGreaterThan(1);
        } else {
          expect(report.xss).toEqual([]);
          expect(report.activeElements).toBeGreaterThan(0);
          expect(report.handlerAttributes).toBeGreaterThan(0);
          expect(report.violations.length).toBeGreaterThan(0);
          expect(report.cspConsole.length).toBeGreaterThan(0);
        }
      } finally {
        await probe.page.close();
        await target.close();
      }
    },
    30_000,
  );
});

// Every adapter but NestJS's, whose pages come from the same renderer through the Express and Fastify platforms
// (its suite, test/nest-*.test.ts, needs module aliases of its own).
const browsedFrameworks: readonly Framework[] = [
  ...Object.values(frameworks),
  ...Object.values(fastifyFrameworks),
  honoFramework,
  fetchFramework,
];

describe.each(browsedFrameworks)('$name: HTML error pages in Chromium', (framework: Framework) => {
  const probeByLocale = new Map<string, Probe>();
  afterAll(async () => {
    for (const probe of probeByLocale.values()) await probe.page.close();
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))(
    'payloads in %s run nothing, load nothing, and break no CSP',
    async (_name, testCase) => {
      const locale = testCase.locale ?? 'en-US';
      let probe = probeByLocale.get(locale);
      if (probe === undefined) {
        probe = await openProbe(await contextFor(locale));
        probeByLocale.set(locale, probe);
      }
      const target: Listening = await listen(framework.server({ ...testCase.setup, onAppError: () => undefined }));
      try {
        const url = `http://127.0.0.1:${target.port}${testCase.path ?? '/boom'}`;
        const report = await inspect(probe, url, { ...testCase.headers });
        expect(report.status).toBeGreaterThanOrEqual(400);
        expect({
          xss: report.xss,
          dialogs: report.dialogs,
          violations: report.violations,
          cspConsole: report.cspConsole,
          activeElements: report.activeElements,
          handlerAttributes: report.handlerAttributes,
        }).toEqual({
          xss: [],
          dialogs: [],
          violations: [],
          cspConsole: [],
          activeElements: 0,
          handlerAttributes: 0,
        });
        // Only the page itself was requested: no image, stylesheet, frame or redirect.
        expect(report.requests).toEqual([new URL(url).href]);
        for (const text of testCase.visible) expect(report.text).toContain(text);
      } finally {
        await target.close();
      }
    },
    30_000,
  );
});

describe('the page in a dark colour scheme', () => {
  it('is dark on screen and prints dark text (the light palette), as paper has no dark background', async () => {
    const target = await listen(
      frameworks.express5.server({ route: () => Promise.reject(new Error('x')), options: quiet }),
    );
    const dark = await browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await dark.newPage();
      await page.goto(`http://127.0.0.1:${target.port}/boom`);
      const textColour = () =>
        page.$eval('h1', (element) => (globalThis as unknown as PageScope).getComputedStyle(element).color);
      expect(await textColour()).toBe('rgb(232, 234, 237)');
      await page.emulateMedia({ media: 'print' });
      expect(await textColour()).toBe('rgb(29, 33, 41)');
    } finally {
      await dark.close();
      await target.close();
    }
  }, 30_000);
});

describe('screenshots of the error pages', () => {
  const pages = [
    { file: '404', path: '/nowhere' },
    { file: '500', path: '/boom' },
  ];

  it.each(['en', 'zh-CN'])(
    'the 404 and 500 pages render in %s',
    async (locale) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const target = await listen(
        frameworks.express5.server({ route: () => Promise.reject(new Error('database unavailable')), options: quiet }),
      );
      const localized = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale });
      try {
        for (const { file, path } of pages) {
          const page = await localized.newPage();
          const response = await page.goto(`http://127.0.0.1:${target.port}${path}`);
          expect(response?.status()).toBe(Number(file));
          expect(await page.getAttribute('html', 'lang')).toBe(locale);
          // The hashed inline style applied (under the CSP): the status is drawn large and in the accent colour.
          const statusSize = await page.$eval(
            '.status',
            (element) => (globalThis as unknown as PageScope).getComputedStyle(element).fontSize,
          );
          expect(statusSize).toBe('56px');
          const heading = await page.textContent('h1');
          expect(heading).toBe(
            locale === 'en'
              ? file === '404'
                ? 'Not Found'
                : 'Internal Server Error'
              : file === '404'
                ? '未找到'
                : '内部服务器错误',
          );
          await page.screenshot({ path: join(SCREENSHOTS, `${file}-${locale}.png`) });
          await page.close();
        }
      } finally {
        await localized.close();
        await target.close();
      }
    },
    30_000,
  );
});
