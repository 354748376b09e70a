import { type Catalog, defaultCatalog, isCatalog } from '../catalog';
import { FORMATS, type Format } from '../format/negotiate';
import { FIELD_NAME } from '../internal/http-token';
import { unknownOptionError } from '../internal/known-keys';
import { isTimeZone } from '../internal/time-zone';
import type { ProblemDetails } from '../render/problem';

/** What a `map` hook may return to turn a domain error into a problem. */
export interface MappedProblem {
  /** An integer 400–599. */
  readonly status?: number;
  readonly title?: string;
  /** Shown to the client as is: the application chose it. */
  readonly detail?: string;
  readonly type?: string;
  /**
   * The body's extension members, JSON-safe. When given, they replace the error's own members (all of them;
   * `{}` leaves none); when left out, the error's own members stay as the exposure rules allow.
   */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** What the `map` and `transform` hooks get besides the error or problem and the request or context. */
export interface HookInfo {
  /** The locale the response is in: the `locale` hook's choice, else the one negotiated from `Accept-Language`. */
  readonly locale: string;
}

/** What the `log` hook gets besides the error and the request or context. */
export interface LogInfo {
  readonly status: number;
  readonly requestId?: string;
  /** `true` when the error came from one of the application's own hooks rather than from the request. */
  readonly hookFailure: boolean;
}

/**
 * Options shared by every adapter: Express's `errorHandler` and `notFound`, Koa's `errorHandler`, Fastify's
 * `statusI18n`, NestJS's `StatusI18nModule`, and the fetch adapter. `Context` is what the hooks receive: Express's
 * `req`, Koa's `ctx`, Fastify's or Nest's request, the `Request`, or Hono's `c`.
 */
export interface ErrorLayerOptions<Context> {
  /** A catalog from `createCatalog()`: added locales, overridden words, own codes. Default: the built-in one. */
  readonly catalog?: Catalog;
  /** The locale when nothing in the request matches. Default: the catalog's default (`'en'`). */
  readonly defaultLocale?: string;
  /** The application's choice of language (user profile, `?lang=`); wins over `Accept-Language`. */
  readonly locale?: (context: Context) => string | undefined;
  /** The formats that may be negotiated. Default: all four. */
  readonly formats?: readonly Format[];
  /** The format for a missing, `*` / `*` or unacceptable `Accept`. Default `'problem+json'`. */
  readonly defaultFormat?: Format;
  /** The problem `type` URI for a status. Default: `about:blank`. */
  readonly type?: (status: number, key: string) => string;
  /** Put the request path in `instance`. Default `false`. */
  readonly instance?: boolean;
  /** Put stacks and hidden messages in the body. Only when set: never from `NODE_ENV`. Default `false`. */
  readonly debug?: boolean;
  /** Called for every 5xx (and 4xx with `logClientErrors`); `false` turns logging off. */
  readonly log?: ((error: unknown, context: Context, info: LogInfo) => void) | false;
  /** Also log 4xx errors. Default `false`. */
  readonly logClientErrors?: boolean;
  /**
   * Turns domain errors into problems; `undefined` leaves the error to the standard rules. Gets the request or
   * context and the response's locale, to localize the application's own words.
   */
  readonly map?: (error: unknown, context: Context, info: HookInfo) => MappedProblem | undefined;
  /** The last change to the body before it is rendered. */
  readonly transform?: (problem: ProblemDetails, context: Context, info: HookInfo) => ProblemDetails;
  /** The status of validation problems read from validators' errors: `422` (default) or `400`. */
  readonly validationStatus?: 400 | 422;
  /**
   * What a thrown schema error (`ZodError`, Valibot's `ValiError`, ArkType's `TraversalError`, a Standard Schema
   * failure) is when the application did not mark it with `validationProblem()`: `'server'` (default), a hidden
   * 500, since a schema that fails in server code (a database row, an upstream answer) is the server's bug; or
   * `'request'`, a validation problem of the request body.
   */
  readonly schemaErrors?: 'server' | 'request';
  /**
   * The time zone the dates of application problems' messages are shown in (`{due, date}`, `{at, time}`): an
   * IANA name (`'Asia/Shanghai'`), or a function of the request (a user's own zone from their profile; one that
   * returns `undefined`, `null` or a name `Intl` does not know leaves the default). Default: the server's zone.
   */
  readonly timeZone?: string | ((context: Context) => string | null | undefined);
  /**
   * Adds `requestId` to the body, the log and a response header: `true` reads `X-Request-Id` (or makes one) and
   * sends it back in it, a string names the header to read and send back, a function computes it (sent back in
   * `X-Request-Id` when it is a plain token; called once per request; a number is taken as its digits, and none,
   * `undefined` or `null`, is replaced by a new id). Default `false`.
   */
  // The function's type takes what request ids are typed as (pino-http's `ReqId` is `number | string | object`);
  // what is not a string, a finite number or none makes the hook's failure, as for every hook.
  readonly requestId?: boolean | string | ((context: Context) => unknown);
}

/** The options after validation, with defaults filled in. */
export interface ResolvedOptions<Context> {
  readonly catalog: Catalog;
  readonly locale: ((context: Context) => string | undefined) | undefined;
  readonly formats: readonly Format[];
  readonly defaultFormat: Format;
  readonly type: ((status: number, key: string) => string) | undefined;
  readonly instance: boolean;
  readonly debug: boolean;
  readonly log: ((error: unknown, context: Context, info: LogInfo) => void) | false | undefined;
  readonly logClientErrors: boolean;
  readonly map: ErrorLayerOptions<Context>['map'];
  readonly transform: ErrorLayerOptions<Context>['transform'];
  readonly validationStatus: 400 | 422;
  readonly schemaErrors: 'server' | 'request';
  readonly requestId: false | { readonly header: string } | ((context: Context) => unknown);
  readonly timeZone: string | ((context: Context) => unknown) | undefined;
}

// Every option, once: a name added to ErrorLayerOptions and not here fails the type check.
const OPTION_NAMES: ReadonlySet<string> = new Set(
  Object.keys({
    catalog: true,
    defaultLocale: true,
    locale: true,
    formats: true,
    defaultFormat: true,
    type: true,
    instance: true,
    debug: true,
    log: true,
    logClientErrors: true,
    map: true,
    transform: true,
    requestId: true,
    validationStatus: true,
    schemaErrors: true,
    timeZone: true,
  } satisfies Record<keyof ErrorLayerOptions<unknown>, true>),
);

function fail(option: string, expected: string, value: unknown): never {
  throw new TypeError(`status-i18n: option "${option}" must be ${expected}, got ${shown(value)}`);
}

/** A wrong option's value, as its message shows it: `[]` and `{}` would print as nothing and `[object Object]`. */
function shown(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty array' : `[${value.slice(0, 10).map(shownItem).join(', ')}]`;
  }
  return shownItem(value);
}

function shownItem(value: unknown): string {
  // A long string (a config value read from the wrong place) is cut: the message names the option, not the value.
  if (typeof value === 'string')
    return value.length > 64 ? `'${value.slice(0, 64)}…' (${value.length} characters)` : `'${value}'`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

function optionalFunction<T>(options: Record<string, unknown>, name: string): T | undefined {
  const value = options[name];
  if (value !== undefined && typeof value !== 'function') fail(name, 'a function', value);
  return value as T | undefined;
}

function optionalBoolean(options: Record<string, unknown>, name: string): boolean {
  const value = options[name];
  if (value !== undefined && typeof value !== 'boolean') fail(name, 'a boolean', value);
  return value === true;
}

function isFormat(value: unknown): value is Format {
  return FORMATS.includes(value as Format);
}

/**
 * Checks the options once, when the middleware is created, so a mistake fails at startup with a `TypeError`
 * that names the option, not at the first error in production.
 */
export function resolveOptions<Context>(input: ErrorLayerOptions<Context> | undefined): ResolvedOptions<Context> {
  if (input !== undefined && (typeof input !== 'object' || input === null)) fail('options', 'an object', input);
  const options = (input ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) throw unknownOptionError(undefined, name, OPTION_NAMES);
  }

  if (options.catalog !== undefined && !isCatalog(options.catalog)) {
    fail('catalog', 'a Catalog from createCatalog()', options.catalog);
  }
  let catalog = (options.catalog as Catalog | undefined) ?? defaultCatalog;
  const defaultLocale = options.defaultLocale;
  if (defaultLocale !== undefined) {
    if (typeof defaultLocale !== 'string' || defaultLocale === '')
      fail('defaultLocale', 'a language tag', defaultLocale);
    // A tag that means one of them (`zh-HK` → `zh-TW`) names that one, as in a request.
    const matched = catalog.matchLocale(defaultLocale);
    if (matched === undefined) {
      fail(
        'defaultLocale',
        `one of the catalog's locales (${catalog.locales.join(', ')}) or a tag that means one (zh-HK)`,
        defaultLocale,
      );
    }
    catalog = catalog.withDefaultLocale(matched as string);
  }

  const formats = options.formats ?? FORMATS;
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every(isFormat)) {
    fail('formats', `a non-empty array of ${FORMATS.map((format) => `'${format}'`).join(', ')}`, formats);
  }
  const defaultFormat = options.defaultFormat ?? (formats.includes('problem+json') ? 'problem+json' : formats[0]);
  if (!isFormat(defaultFormat) || !formats.includes(defaultFormat)) {
    fail('defaultFormat', `one of the formats (${formats.join(', ')})`, defaultFormat);
  }

  const log = options.log;
  if (log !== undefined && log !== false && typeof log !== 'function') fail('log', 'a function or false', log);

  const requestIdOption = options.requestId;
  let requestId: ResolvedOptions<Context>['requestId'] = false;
  if (requestIdOption === true) requestId = { header: 'x-request-id' };
  else if (typeof requestIdOption === 'string' && FIELD_NAME.test(requestIdOption)) {
    requestId = { header: requestIdOption.toLowerCase() };
  } else if (typeof requestIdOption === 'function') requestId = requestIdOption as (context: Context) => string;
  else if (requestIdOption !== undefined && requestIdOption !== false) {
    fail('requestId', 'a boolean, a header name or a function', requestIdOption);
  }

  const timeZone = options.timeZone;
  if (timeZone !== undefined && typeof timeZone !== 'function' && !isTimeZone(timeZone)) {
    fail('timeZone', "an IANA time zone such as 'Asia/Shanghai', or a function", timeZone);
  }

  const validationStatus = options.validationStatus ?? 422;
  if (validationStatus !== 400 && validationStatus !== 422) fail('validationStatus', '400 or 422', validationStatus);
  const schemaErrors = options.schemaErrors ?? 'server';
  if (schemaErrors !== 'server' && schemaErrors !== 'request') {
    fail('schemaErrors', "'server' or 'request'", schemaErrors);
  }

  return {
    catalog,
    locale: optionalFunction(options, 'locale'),
    formats,
    defaultFormat,
    type: optionalFunction(options, 'type'),
    instance: optionalBoolean(options, 'instance'),
    debug: optionalBoolean(options, 'debug'),
    log: log as ResolvedOptions<Context>['log'],
    logClientErrors: optionalBoolean(options, 'logClientErrors'),
    map: optionalFunction(options, 'map'),
    transform: optionalFunction(options, 'transform'),
    requestId,
    validationStatus,
    schemaErrors,
    timeZone: timeZone as ResolvedOptions<Context>['timeZone'],
  };
}
