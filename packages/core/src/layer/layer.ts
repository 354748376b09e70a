import { randomUUID } from 'node:crypto';
import type { CodeDescription } from '../catalog';
import { isAllowedExtensionName, toJsonSafe } from '../error/extensions';
import { type NormalizedError, readError } from '../error/normalize';
import { isReasonPhrase } from '../error/reason-phrases';
import { type Format, FormatNegotiator, MEDIA_TYPES } from '../format/negotiate';
import { BoundedCache } from '../internal/lru';
import { REFERENCE_LOCALE } from '../locales';
import { renderers } from '../render';
import { HTML_CONTENT_SECURITY_POLICY } from '../render/html-style';
import type { ProblemDetails } from '../render/problem';
import { callHook, checkMapped, checkString, checkTransformed, HookError } from './hooks';
import { type ErrorLayerOptions, type LogInfo, type MappedProblem, resolveOptions } from './options';
import { type ErrorRequest, REPRESENTATION_HEADERS, type ResponsePlan } from './plan';

/** Framework-specific defaults an adapter gives the layer. */
export interface AdapterDefaults<Context> {
  /** The log used when the `log` option is not set (Express: `console.error`; Koa: `app.emit('error')`). */
  readonly log: (error: unknown, context: Context, info: LogInfo) => void;
}

/** The framework-free error layer both adapters are built on. */
export interface ErrorLayer<Context> {
  /** Plans the response for a thrown value, and logs it by the rules. Never throws. */
  respond(thrown: unknown, request: ErrorRequest<Context>): ResponsePlan;
  /** Plans the 404 response for a request no route answered. Never throws. */
  notFound(request: ErrorRequest<Context>): ResponsePlan;
  /** Logs an error whose response can no longer be sent (headers already sent), by the same rules. */
  report(thrown: unknown, request: ErrorRequest<Context>): void;
}

const VARY = ['Accept', 'Accept-Language'] as const;
// A request id from a header is echoed into the body and the page: only a short, plain token is trusted.
const REQUEST_ID = /^[\w\-.:/+=@]{1,128}$/;
const NOT_FOUND: unique symbol = Symbol('not found');
const NOT_FOUND_ERROR = Object.freeze({ status: 404 });
const NO_HEADERS: ReadonlyArray<readonly [string, string]> = Object.freeze([]);
// Problems longer than this (big extension members) are not cached by their content: keys stay small.
const MAX_CACHED_PROBLEM_LENGTH = 2048;
// A reason phrase goes into the status line, which carries only visible ASCII and spaces.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Finished plans by method and format. */
interface PlanSet {
  readonly get: Partial<Record<Format, ResponsePlan>>;
  readonly head: Partial<Record<Format, ResponsePlan>>;
}

/** The finished plans of one catalog entry's generic problem, for one `type`. */
interface PlanSlot extends PlanSet {
  readonly type: string;
}

interface Problem {
  readonly problem: ProblemDetails;
  readonly entry: CodeDescription;
  readonly locale: string;
  /** Nothing in the body depends on the error or the request, so the rendered body can be reused. */
  readonly generic: boolean;
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  readonly requestId: string | undefined;
}

/**
 * Creates the error layer: validates the options (a `TypeError` naming a wrong one) and returns the functions
 * the adapters call. Adapters translate their framework's request and response; every decision is made here.
 *
 * @example
 * ```ts
 * const layer = createErrorLayer<IncomingMessage>({ formats: ['problem+json', 'html'] }, { log: console.error });
 * writeResponsePlan(res, layer.respond(error, { method, path, header, context: req }));
 * ```
 */
export function createErrorLayer<Context>(
  input: ErrorLayerOptions<Context> | undefined,
  defaults: AdapterDefaults<Context>,
): ErrorLayer<Context> {
  const options = resolveOptions(input);
  const { catalog } = options;
  const formats = new FormatNegotiator(options.formats, options.defaultFormat);
  const bodies = new BoundedCache<Buffer>(1024);
  // The catalog's entry by locale and status: both are few (the catalog's locales; 400–599).
  const entries = new Map<string, Map<number, CodeDescription>>();
  // Most error responses carry nothing of the request or the error: planned once per catalog entry, problem
  // `type`, format and method, they cost a lookup after. Bounded by the entries, one `type` each.
  const planSlots = new WeakMap<CodeDescription, PlanSlot>();
  // Problems with the error's own words (an exposed message, field errors) repeat too: the same validation
  // error, the same conflict. Planned once per content (the problem as JSON), then by locale, format and method.
  const contentPlans = new BoundedCache<Map<string, PlanSet>>(256);
  // Statuses are integers 400–599, so this stays small.
  const reasonPhrases = new Map<number, string>();
  const log = options.log === false ? undefined : (options.log ?? defaults.log);

  function safeLog(error: unknown, request: ErrorRequest<Context>, info: LogInfo): void {
    if (log === undefined) return;
    try {
      const result: unknown = log(error, request.context, info);
      // An async logger that rejects must not become an unhandled rejection.
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
        (result as Promise<unknown>).then(undefined, (logError: unknown) => reportLogFailure(logError));
      }
    } catch (logError) {
      reportLogFailure(logError);
    }
  }

  function shouldLog(status: number): boolean {
    return status >= 500 || options.logClientErrors;
  }

  function requestIdFor(request: ErrorRequest<Context>): string | undefined {
    const setting = options.requestId;
    if (setting === false) return undefined;
    if (typeof setting === 'function') {
      return checkString(
        'requestId',
        callHook('requestId', () => setting(request.context)),
        false,
      );
    }
    const fromHeader = request.header(setting.header);
    return fromHeader !== undefined && REQUEST_ID.test(fromHeader) ? fromHeader : randomUUID();
  }

  function localeFor(request: ErrorRequest<Context>): string {
    const resolver = options.locale;
    if (resolver !== undefined) {
      const chosen = checkString(
        'locale',
        callHook('locale', () => resolver(request.context)),
        true,
      );
      const match = catalog.matchLocale(chosen);
      if (match !== undefined) return match;
    }
    return catalog.negotiateLocale(request.header('accept-language'));
  }

  function detailFor(normalized: NormalizedError, mapped: MappedProblem | undefined, entry: CodeDescription) {
    if (mapped?.detail !== undefined) return mapped.detail;
    if (!normalized.exposed && !options.debug) return entry.description;
    const message = normalized.message?.trim();
    const meaningful = message !== undefined && message !== '' && !isReasonPhrase(message, entry.code, entry.title);
    return meaningful ? message : entry.description;
  }

  function buildProblem(thrown: unknown, request: ErrorRequest<Context>): Problem {
    const requestId = requestIdFor(request);
    const locale = localeFor(request);
    const notFound = thrown === NOT_FOUND;
    const normalized = notFound
      ? readError(NOT_FOUND_ERROR, undefined, false)
      : readError(thrown, request.presetStatus, options.debug);
    const map = options.map;
    const mapped = map === undefined || notFound ? undefined : checkMapped(callHook('map', () => map(thrown)));
    const status = mapped?.status ?? normalized.status;
    const entry = entryFor(status, locale);
    const typeHook = options.type;
    const type =
      mapped?.type ??
      (typeHook === undefined
        ? 'about:blank'
        : checkString(
            'type',
            callHook('type', () => typeHook(status, entry.key)),
            false,
          ));
    const problem: ProblemDetails = {
      type: type as string,
      title: mapped?.title ?? entry.title,
      status,
      detail: notFound ? entry.description : detailFor(normalized, mapped, entry),
    };
    if (options.instance) problem.instance = request.path;
    let members = addExtensions(problem, normalized.extensions);
    // The map hook's members come second: they win over the error's own.
    if (mapped?.extensions !== undefined) members += addExtensions(problem, toJsonSafe(mapped.extensions));
    if (requestId !== undefined) problem.requestId = requestId;
    const stack = options.debug && !notFound ? normalized.stack : undefined;
    if (stack !== undefined) problem.stack = stack.split('\n');
    const statusFromError = normalized.statusSource === 'error' && status === normalized.status;
    // Nothing but the status and the locale in the body: the same for every such error.
    const generic =
      options.transform === undefined &&
      mapped === undefined &&
      problem.detail === entry.description &&
      !options.instance &&
      members === 0 &&
      requestId === undefined &&
      stack === undefined;
    return {
      problem,
      entry,
      locale,
      generic,
      headers: statusFromError ? normalized.headers : NO_HEADERS,
      requestId,
    };
  }

  function render(built: Problem, format: Format): Buffer {
    const { entry, locale } = built;
    const key = built.generic ? `${entry.code}\u0000${locale}\u0000${format}\u0000${built.problem.type}` : undefined;
    const cached = key === undefined ? undefined : bodies.get(key);
    if (cached !== undefined) return cached;
    const body = Buffer.from(
      renderers[format]({
        problem: built.problem,
        locale,
        description: entry.description,
        classTitle: entry.classTitle,
        classDescription: entry.classDescription,
      }),
      'utf8',
    );
    if (key !== undefined) bodies.set(key, body);
    return body;
  }

  function entryFor(status: number, locale: string): CodeDescription {
    let byStatus = entries.get(locale);
    if (byStatus === undefined) {
      // A catalog only answers with its own locales; the bound is for a look-alike catalog that does not.
      if (entries.size >= 64) entries.clear();
      byStatus = new Map();
      entries.set(locale, byStatus);
    }
    let entry = byStatus.get(status);
    if (entry === undefined) {
      // Every integer 400–599 is in a class, so the catalog always answers.
      entry = catalog.describe(status, { locale }) as CodeDescription;
      byStatus.set(status, entry);
    }
    return entry;
  }

  function plan(built: Problem, request: ErrorRequest<Context>): ResponsePlan {
    const format = formats.negotiate(request.header('accept'));
    const head = request.method === 'HEAD';
    // Headers of the error's own and request ids make a response of its own.
    if (built.headers.length > 0 || built.requestId !== undefined) return planUncached(built, format, head);
    if (!built.generic) return contentPlan(built, format, head);
    // A generic problem gets the same response every time.
    const { type } = built.problem;
    let slot = planSlots.get(built.entry);
    if (slot === undefined || slot.type !== type) {
      slot = { type, get: {}, head: {} };
      planSlots.set(built.entry, slot);
    }
    return cachedPlan(slot, built, format, head);
  }

  function cachedPlan(set: PlanSet, built: Problem, format: Format, head: boolean): ResponsePlan {
    const plans = head ? set.head : set.get;
    let planned = plans[format];
    if (planned === undefined) {
      planned = planUncached(built, format, head);
      plans[format] = planned;
    }
    return planned;
  }

  function contentPlan(built: Problem, format: Format, head: boolean): ResponsePlan {
    // A stack is one of a kind: caching it would only push out what repeats.
    if (built.problem.stack !== undefined) return planUncached(built, format, head);
    const content = JSON.stringify(built.problem);
    if (content.length > MAX_CACHED_PROBLEM_LENGTH) return planUncached(built, format, head);
    let byLocale = contentPlans.get(content);
    if (byLocale === undefined) {
      byLocale = new Map();
      contentPlans.set(content, byLocale);
    }
    // The status and the locale pick the catalog words the page shows; the status is in the content. The
    // locales are the catalog's, so this map stays small.
    let set = byLocale.get(built.locale);
    if (set === undefined) {
      set = { get: {}, head: {} };
      byLocale.set(built.locale, set);
    }
    return cachedPlan(set, built, format, head);
  }

  function planUncached(built: Problem, format: Format, head: boolean): ResponsePlan {
    const body = render(built, format);
    const headers: Array<readonly [string, string | string[]]> = [...built.headers];
    headers.push(
      ['Content-Type', `${MEDIA_TYPES[format]}; charset=utf-8`],
      ['Content-Length', String(body.length)],
      ['Content-Language', built.locale],
      ['X-Content-Type-Options', 'nosniff'],
    );
    if (format === 'html') headers.push(['Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY]);
    const setting = options.requestId;
    if (built.requestId !== undefined && typeof setting === 'object') headers.push([setting.header, built.requestId]);
    // Frozen: a cached plan is shared by every response it answers.
    return Object.freeze({
      status: built.problem.status,
      reasonPhrase: reasonPhraseOf(built.problem.status),
      headers: Object.freeze(headers),
      removeHeaders: REPRESENTATION_HEADERS,
      vary: VARY,
      body,
      head,
    });
  }

  /** An earlier handler's phrase (Koa sets one with every status) must not stay: `500 OK` misleads. */
  function reasonPhraseOf(status: number): string {
    let phrase = reasonPhrases.get(status);
    if (phrase === undefined) {
      const title = catalog.describe(status, { locale: REFERENCE_LOCALE })?.title ?? '';
      phrase = PRINTABLE_ASCII.test(title) ? title : '';
      reasonPhrases.set(status, phrase);
    }
    return phrase;
  }

  function withTransform(built: Problem, request: ErrorRequest<Context>): Problem {
    const transform = options.transform;
    if (transform === undefined) return built;
    // The hook gets a copy: what it returns is checked, and the status stays the response's own.
    const copy = structuredClone(built.problem);
    const transformed = checkTransformed(callHook('transform', () => transform(copy, request.context)));
    const problem = { ...(toJsonSafe(transformed) as ProblemDetails), status: built.problem.status };
    return { ...built, problem, generic: false };
  }

  /** The response when a hook failed: the catalog's own 500, with no hook involved. */
  function safePlan(request: ErrorRequest<Context>): ResponsePlan {
    let locale = catalog.defaultLocale;
    try {
      locale = catalog.negotiateLocale(request.header('accept-language'));
    } catch {
      // A header getter that throws still gets the default language.
    }
    const entry = entryFor(500, locale);
    const problem = { type: 'about:blank', title: entry.title, status: 500, detail: entry.description };
    return plan({ problem, entry, locale, generic: true, headers: [], requestId: undefined }, request);
  }

  function respond(thrown: unknown, request: ErrorRequest<Context>): ResponsePlan {
    try {
      const built = withTransform(buildProblem(thrown, request), request);
      const { status } = built.problem;
      if (thrown !== NOT_FOUND && shouldLog(status)) {
        safeLog(thrown, request, {
          status,
          hookFailure: false,
          ...(built.requestId === undefined ? {} : { requestId: built.requestId }),
        });
      }
      return plan(built, request);
    } catch (failure) {
      const hookError = failure instanceof HookError ? failure : new HookError('error layer', 'failed', failure);
      if (thrown !== NOT_FOUND) safeLog(thrown, request, { status: 500, hookFailure: false });
      safeLog(hookError, request, { status: 500, hookFailure: true });
      return safePlan(request);
    }
  }

  return {
    respond,
    notFound: (request) => respond(NOT_FOUND, request),
    report(thrown, request) {
      let status = 500;
      try {
        status = readError(thrown, request.presetStatus, false).status;
      } catch {
        // readError does not throw; the guard keeps report() total even so.
      }
      if (shouldLog(status)) safeLog(thrown, request, { status, hookFailure: false });
    },
  };
}

/**
 * Adds the allowed members of `extensions` (a JSON-safe object, or anything else, which adds nothing).
 * @returns how many were added
 */
function addExtensions(problem: ProblemDetails, extensions: unknown): number {
  if (typeof extensions !== 'object' || extensions === null) return 0;
  let added = 0;
  for (const name of Object.keys(extensions)) {
    if (!isAllowedExtensionName(name)) continue;
    problem[name] = (extensions as Record<string, unknown>)[name];
    added++;
  }
  return added;
}

function reportLogFailure(error: unknown): void {
  try {
    console.error('status-i18n: the log hook failed:', error);
  } catch {
    // Nothing is left to report to.
  }
}
