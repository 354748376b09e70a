import type { CodeDescription } from '../catalog';
import { copiesTo, extensionsOf, isAllowedExtensionName, toJsonSafe } from '../error/extensions';
import type { NormalizedError, ReadError } from '../error/normalize';
import { isReasonPhrase } from '../error/reason-phrases';
import { truncateText } from '../internal/text';
import { type ProblemResolver, problemResolverOf, type ResolvedProblem } from '../problems/member';
import { AcceptingResolveContext, resolveContextOf, resolveWith } from '../problems/resolve';
import { recognizeValidationError } from '../problems/validation/read-validation-error';
import type { ValidationProblemError } from '../problems/validation/validation-error';
import type { ProblemDetails } from '../render/problem';
import { callHook, checkMapped, checkString, checkTransformed } from './hooks';
import type { Negotiated } from './negotiate';
import type { ResolvedOptions } from './options';
import type { ErrorRequest } from './request';
import { requestIdOf } from './request-id';
import type { ResponseCache } from './reuse';
import { HookTimeZoneContext } from './time-zone-context';

/** The problem of one error response, and what its response depends on besides the format. */
export interface BuiltProblem {
  readonly problem: ProblemDetails;
  /** The catalog's words for the status, in `locale`: the page shows its description and class. */
  readonly entry: CodeDescription;
  readonly locale: string;
  /** `err.headers` to send (`WWW-Authenticate`, `Retry-After`, …), when the status came from the error. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  readonly requestId: string | undefined;
  /**
   * What the log gets in place of the thrown value: the validation problem a validator's error was recognized as
   * without a call, logged as the same error made with `validationProblem()` is (express-validator's `.throw()`
   * throws an `Error` with no message that keeps every submitted value).
   */
  readonly logged?: ValidationProblemError | undefined;
}

/** What a problem is built from: the thrown value (for `map`), and what was read of it. */
export interface ProblemSource {
  readonly thrown: unknown;
  /** The problem the thrown value carries (`problemResolverOf`), read once: `undefined` for most errors. */
  readonly resolver: ProblemResolver | undefined;
  readonly error: ReadError;
  /** `false` for the 404 of a request no route answered: there is no error of the application to map. */
  readonly mappable: boolean;
}

const NO_HEADERS: ReadonlyArray<readonly [string, string]> = Object.freeze([]);

// `instance` is a URI reference (RFC 9457, 3.1.5), resolved against the response's URL: an absolute path of RFC
// 3986's characters and whole percent-escapes. A path that is not one (`/files/%%…`, which Fastify cannot decode,
// raw bytes) is left out rather than repeated, and so is one that would name another host (`//evil.example/x`,
// a network-path reference) or is a whole URL (a request in absolute form, `http://…`).
const URI_PATH = /^\/(?!\/)(?:[\w\-.~!$&'()*+,;=:@/]|%[\dA-Fa-f]{2})*$/;

/** The language part of what a request negotiated (see layer/negotiate.ts). */
type NegotiatedLocale = Pick<Negotiated, 'locale' | 'fromHeader'>;

/**
 * Builds the problem of a response by the rules of docs/architecture.md ("The body"), calling the application's
 * hooks: `map`, `type`, `requestId`, then `transform` last. `responses` is the layer's response cache, asked
 * whether an exposed error's members equal those of an answer it kept. An application problem (`problems.create()`,
 * `validationProblem()`, a validator's error recognized without a call) brings its own status, type, words in
 * the negotiated language (or its fallback) and members; `map` still wins. A hook that fails throws a HookError.
 */
export function createProblemBuilder<Context>(
  options: ResolvedOptions<Context>,
  responses: Pick<ResponseCache, 'kept'>,
): (source: ProblemSource, request: ErrorRequest<Context>, negotiated: NegotiatedLocale) => BuiltProblem {
  const { catalog } = options;

  /**
   * The catalog's words for `status` in `locale`, or where that locale lacks them (a locale the app added for a
   * few codes) and the client's `Accept-Language` chose it, in the next locale the client accepts that has them
   * (`ko, en;q=0.9`: English rather than the default), before the catalog's own fallback (the default, English).
   */
  function catalogEntry(
    status: number,
    locale: string,
    fromHeader: boolean,
    request: ErrorRequest<Context>,
  ): CodeDescription {
    // Every integer 400–599 is in a class, so the catalog always answers.
    const entry = catalog.describe(status, { locale }) as CodeDescription;
    if (entry.locale === locale || !fromHeader) return entry;
    const ranked = catalog.rankLocales(request.header('accept-language'));
    for (const next of ranked) {
      if (next === locale) continue;
      const nextEntry = catalog.describe(status, { locale: next }) as CodeDescription;
      if (nextEntry.locale === next) return nextEntry;
    }
    // Words from the locale the added one falls back to (`zh-HK` → `zh-TW`), which the client refused (it is not
    // among those it accepts): the default's, as when the client accepts nothing the catalog has.
    if (entry.locale !== catalog.defaultLocale && !ranked.includes(entry.locale)) {
      return catalog.describe(status, { locale: catalog.defaultLocale }) as CodeDescription;
    }
    return entry;
  }

  function detailOf(error: NormalizedError, entry: CodeDescription): string {
    if (!error.exposed && !options.debug) return entry.description;
    const message = error.message?.trim();
    const meaningful = message !== undefined && message !== '' && !isReasonPhrase(message, entry.code, entry.title);
    // Sent whole, a huge message would make a huge page: it is cut like an extension string.
    return meaningful ? truncateText(message) : entry.description;
  }

  function typeOf(status: number, entry: CodeDescription): string {
    const typeHook = options.type;
    if (typeHook === undefined) return 'about:blank';
    return checkString(
      'type',
      callHook('type', () => typeHook(status, entry.key)),
      false,
    ) as string;
  }

  function transformed(problem: ProblemDetails, request: ErrorRequest<Context>, locale: string): ProblemDetails {
    const hook = options.transform;
    if (hook === undefined) return problem;
    // The hook gets a copy. What it returns is copied JSON-safe first and the copy is checked: a getter read
    // twice could answer differently, and a class instance would copy to nothing. The status stays the response's.
    const returned = callHook('transform', () => hook(structuredClone(problem), request.context, { locale }));
    return { ...checkTransformed(toJsonSafe(returned), returned), status: problem.status };
  }

  // With none of the options that shape a problem, one made of the catalog's words alone (the status's title and
  // description: nothing exposed, no members, no headers of the error's) is the same for every response of its
  // status and language. It is built once and shared: the response cache then finds its plan by identity, where
  // most error responses would otherwise build the same four members and compare them one by one.
  const catalogOnly =
    options.map === undefined &&
    options.type === undefined &&
    options.transform === undefined &&
    !options.instance &&
    !options.debug &&
    options.requestId === false;
  // By status, then locale: both come from the catalog (a negotiated locale is one of its own), so this stays small.
  const catalogProblems = new Map<number, Map<string, BuiltProblem>>();

  function catalogProblem(status: number, entry: CodeDescription, locale: string): BuiltProblem {
    let byLocale = catalogProblems.get(status);
    if (byLocale === undefined) {
      byLocale = new Map();
      catalogProblems.set(status, byLocale);
    }
    let built = byLocale.get(locale);
    if (built === undefined) {
      // Frozen: every response of this status and language shares it.
      const problem: ProblemDetails = Object.freeze({
        type: 'about:blank',
        title: entry.title,
        status,
        detail: entry.description,
      });
      built = Object.freeze({ problem, entry, locale, headers: NO_HEADERS, requestId: undefined });
      byLocale.set(locale, built);
    }
    return built;
  }

  const { timeZone } = options;
  const resolveContext = resolveContextOf(
    catalog,
    catalog.defaultLocale,
    options.validationStatus,
    typeof timeZone === 'string' ? timeZone : undefined,
  );

  const validationReading = {
    status: options.validationStatus,
    schemaErrorsAreRequestErrors: options.schemaErrors === 'request',
  };

  /**
   * The words of an application problem (`problems.create()`, `validationProblem()`, or a validator's error
   * recognized without a call) in the negotiated locale, or `undefined` if it cannot give them. Where the problem
   * has no words in that locale and the client's header chose it, the client's next accepted locale it has words
   * for answers, before the default, as for the catalog's words; a locale the `locale` hook chose falls back to
   * the default.
   */
  function applicationProblemOf(
    resolver: ProblemResolver,
    request: ErrorRequest<Context>,
    { locale, fromHeader }: NegotiatedLocale,
  ): ResolvedProblem | undefined {
    // A `timeZone` hook is asked only if the problem shows a date (see HookTimeZoneContext).
    const zoned =
      typeof timeZone === 'function' ? new HookTimeZoneContext(resolveContext, timeZone, request.context) : undefined;
    const base = zoned ?? resolveContext;
    const context = fromHeader
      ? new AcceptingResolveContext(base, catalog, request.header('accept-language'), locale)
      : base;
    const resolved = resolveWith(resolver, locale, context);
    if (zoned?.failure !== undefined) throw zoned.failure;
    return resolved;
  }

  /**
   * The problem kept in the response cache that an exposed error with members of its own would give with no
   * option shaping it (`catalogOnly`): the catalog's type and title, its status and detail, and members that
   * copy to the kept ones. Found without copying the members (`copiesTo`), so the plan is then found by identity.
   */
  function keptProblem(
    memberSource: object,
    status: number,
    entry: CodeDescription,
    detail: string,
    locale: string,
  ): BuiltProblem | undefined {
    const problem = responses.kept(
      detail,
      locale,
      (kept, names) =>
        kept.status === status &&
        kept.title === entry.title &&
        kept.type === 'about:blank' &&
        names[3] === 'detail' &&
        copiesTo(memberSource, kept, names, 4),
    );
    return problem === undefined ? undefined : { problem, entry, locale, headers: NO_HEADERS, requestId: undefined };
  }

  return function buildProblem(source, request, { locale: negotiatedLocale, fromHeader }) {
    const { thrown, error, mappable } = source;
    // A validator's error has no status of its own, or declares a 400 or 422: any other is none, and is not read
    // again (this runs for every error).
    const recognized =
      mappable &&
      source.resolver === undefined &&
      (error.statusSource !== 'error' || error.status === 400 || error.status === 422)
        ? recognizeValidationError(thrown, validationReading)
        : undefined;
    const resolver = recognized === undefined ? source.resolver : problemResolverOf(recognized);
    const application =
      mappable && resolver !== undefined
        ? applicationProblemOf(resolver, request, { locale: negotiatedLocale, fromHeader })
        : undefined;
    // The language the problem's own words came in (its fallback may differ): what Content-Language says.
    const locale = application?.locale ?? negotiatedLocale;
    const map = options.map;
    const mapped =
      map === undefined || !mappable
        ? undefined
        : checkMapped(callHook('map', () => map(thrown, request.context, { locale })));
    const status = mapped?.status ?? application?.status ?? error.status;
    // The catalog's words may come from the client's next language (`catalogEntry`). An application problem's or
    // `map`'s own words keep their locale, and the catalog's follow it, unless the catalog has none of its words
    // (a problem written only in ja, without the ja pack): then they are the negotiated language's, the client's.
    const entry =
      application === undefined && mapped?.title === undefined
        ? catalogEntry(status, locale, fromHeader, request)
        : (catalog.describe(status, {
            locale: catalog.matchLocale(locale) === undefined ? negotiatedLocale : locale,
          }) as CodeDescription);
    // The language of the answer: the catalog's title is in `entry.locale`, which for a locale the app added for a
    // few codes is a fallback's; a title of the app's own (`map`, an application problem) is in `locale`.
    const answered = application === undefined && mapped?.title === undefined ? entry.locale : locale;
    const statusFromError = error.statusSource === 'error' && status === error.status;
    const headers = statusFromError ? error.headers : NO_HEADERS;
    const detail = mapped?.detail ?? application?.detail ?? detailOf(error, entry);
    const { memberSource } = error;
    const plain = catalogOnly && mapped === undefined && application === undefined && headers.length === 0;
    if (plain && memberSource !== undefined && detail !== entry.description) {
      const kept = keptProblem(memberSource, status, entry, detail, answered);
      if (kept !== undefined) return kept;
    }
    // Members `map` or an application problem replace are not copied at all.
    const ownMembers =
      memberSource === undefined || mapped?.extensions !== undefined || application !== undefined
        ? error.extensions
        : extensionsOf(memberSource);
    if (plain && detail === entry.description && hasNoMembers(ownMembers)) {
      return catalogProblem(status, entry, answered);
    }
    const problem: ProblemDetails = {
      type: mapped?.type ?? application?.type ?? typeOf(status, entry),
      title: mapped?.title ?? application?.title ?? entry.title,
      status,
      detail,
    };
    if (options.instance) {
      const { path } = request;
      if (URI_PATH.test(path)) problem.instance = path;
    }
    // Members that `map` returns replace the error's own, all of them: the application decides what is shown,
    // and `extensions: {}` shows none. An application problem's members are its params or field errors.
    const extensions =
      mapped?.extensions !== undefined ? toJsonSafe(mapped.extensions) : (application?.extensions ?? ownMembers);
    addExtensions(problem, extensions);
    const requestId = requestIdOf(options.requestId, request);
    if (requestId !== undefined) problem.requestId = requestId;
    if (options.debug && error.stack !== undefined) problem.stack = error.stack.split('\n');
    // A recognized validator's error is logged as the validation problem it is, whatever `map` made of the answer:
    // the thrown error can keep what the client submitted (express-validator's does, each value).
    return {
      problem: transformed(problem, request, answered),
      entry,
      locale: answered,
      headers,
      requestId,
      logged: recognized,
    };
  };
}

/** Adds the allowed members of `extensions` (a JSON-safe object, or anything else, which adds nothing). */
function addExtensions(problem: ProblemDetails, extensions: unknown): void {
  if (typeof extensions !== 'object' || extensions === null) return;
  for (const name of Object.keys(extensions)) {
    if (isAllowedExtensionName(name)) problem[name] = (extensions as Record<string, unknown>)[name];
  }
}

/** Whether an object has no enumerable member (an error's extensions: most have none). */
function hasNoMembers(object: Readonly<Record<string, unknown>>): boolean {
  for (const _ in object) return false;
  return true;
}
