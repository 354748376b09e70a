import type { Catalog } from '../catalog';
import { toJsonSafe } from '../error/extensions';
import { isErrorStatus } from '../error/status';
import { truncateText } from '../internal/text';
import { refusedLanguages } from '../locale/negotiate';
import { isLanguageTag } from '../locale/tags';
import {
  isMadeHere,
  type ProblemResolveContext,
  type ProblemResolver,
  problemResolverOf,
  type ResolvedProblem,
} from './member';
import { isStandardMember } from './params';

/**
 * The words of an application problem (from `problems.create()` or `validationProblem()`, made by any copy of
 * the package) for one response, or `undefined` when `thrown` is not one. `locale` is the locale negotiated
 * for the request; the result's `locale` is the one its words are actually in (the problem's fallback may
 * differ), for `Content-Language`.
 *
 * Never throws: a resolver that throws or answers something malformed (another copy's bug) gives `undefined`,
 * and the value is then handled as any other thrown value.
 *
 * @param thrown anything that was thrown
 * @param locale the negotiated locale, e.g. `'zh-TW'`
 * @param context `defaultLocale` (the catalog's) and optional extra validation words
 *
 * @example
 * ```ts
 * const words = resolveProblem(err, 'zh-CN', { defaultLocale: 'en' });
 * // { status: 403, type: 'https://api.example.com/problems/out-of-credit', title: '余额不足',
 * //   detail: '您的余额为 30，此操作需要 50。', extensions: { balance: 30, price: 50 }, locale: 'zh-CN' }
 * ```
 */
export function resolveProblem(
  thrown: unknown,
  locale: string,
  context: ProblemResolveContext,
): ResolvedProblem | undefined {
  return resolveWith(problemResolverOf(thrown), locale, context);
}

/**
 * {@link resolveProblem} with the resolver already read off the thrown value (`problemResolverOf`): the error
 * layer reads it once per error, where each read searches the thrown value's whole prototype chain for the
 * member.
 */
export function resolveWith(
  resolver: ProblemResolver | undefined,
  locale: string,
  context: ProblemResolveContext,
): ResolvedProblem | undefined {
  if (resolver === undefined) return undefined;
  let resolved: unknown;
  try {
    resolved = resolver.resolve(locale, context);
  } catch {
    return undefined;
  }
  // This copy's own answers are made JSON-safe and bounded where they are made: copying them again would be most
  // of the work of a validation problem's answer.
  return isMadeHere(resolver) ? (resolved as ResolvedProblem) : checked(resolved);
}

/** The parts of a resolver's answer that are what they claim to be, or `undefined` when a required one is not. */
function checked(resolved: unknown): ResolvedProblem | undefined {
  if (typeof resolved !== 'object' || resolved === null) return undefined;
  try {
    const { status, type, title, detail, extensions, locale } = resolved as Record<keyof ResolvedProblem, unknown>;
    if (!isErrorStatus(status) || typeof type !== 'string' || typeof title !== 'string') return undefined;
    if (typeof detail !== 'string' || typeof locale !== 'string' || !isLanguageTag(locale)) return undefined;
    return Object.freeze({
      status,
      type: truncateText(type),
      title: truncateText(title),
      detail: truncateText(detail),
      extensions: extensionMembers(extensions),
      locale,
    });
  } catch {
    return undefined;
  }
}

/** A JSON-safe copy without the standard members: the answer may come from a copy this one cannot vouch for. */
function extensionMembers(extensions: unknown): Readonly<Record<string, unknown>> {
  const members: Record<string, unknown> = {};
  const copy = toJsonSafe(extensions);
  if (typeof copy === 'object' && copy !== null && !Array.isArray(copy)) {
    for (const [name, value] of Object.entries(copy)) if (!isStandardMember(name)) members[name] = value;
  }
  return Object.freeze(members);
}

/**
 * What the error handler resolves an application problem with: `defaultLocale` and the catalog's validation words
 * (a catalog made by another copy of the package may have none of its own).
 */
export function resolveContextOf(
  catalog: Catalog,
  defaultLocale: string,
  validationStatus?: 400 | 422,
  timeZone?: string,
): ProblemResolveContext {
  const validationMessages: unknown = (catalog as Partial<Catalog>).validationMessages;
  return {
    defaultLocale,
    ...(validationStatus === undefined ? {} : { validationStatus }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(typeof validationMessages === 'object' && validationMessages !== null
      ? { validationMessages: validationMessages as Catalog['validationMessages'] }
      : {}),
  };
}

/**
 * A context made on another one, for one request: the other's default locale, validation words and status, and
 * its time zone read only when a problem asks (a `timeZone` hook behind it is asked then). The request's own
 * contexts build on it.
 */
export class RequestResolveContext implements ProblemResolveContext {
  readonly defaultLocale: string;
  readonly validationMessages: ProblemResolveContext['validationMessages'];
  readonly validationStatus: ProblemResolveContext['validationStatus'];
  readonly #base: ProblemResolveContext;

  constructor(base: ProblemResolveContext) {
    this.defaultLocale = base.defaultLocale;
    this.validationMessages = base.validationMessages;
    this.validationStatus = base.validationStatus;
    this.#base = base;
  }

  get timeZone(): string | undefined {
    return this.#base.timeZone;
  }
}

/**
 * The context of one request whose locale came from its `Accept-Language` header: the problem's words fall back
 * through the other locales the client accepts before the default (see `ProblemResolveContext.acceptedLocales`),
 * and never to one it refused (`refusedLanguages`).
 * Those are listed only when a problem lacks words for the negotiated locale: most have them, and listing them
 * walks the header again.
 */
export class AcceptingResolveContext extends RequestResolveContext {
  readonly #catalog: Pick<Catalog, 'rankLocales'>;
  readonly #acceptLanguage: string | undefined;
  readonly #negotiated: string;
  #accepted: readonly string[] | undefined;
  #refused: readonly string[] | undefined;

  constructor(
    base: ProblemResolveContext,
    catalog: Pick<Catalog, 'rankLocales'>,
    acceptLanguage: string | undefined,
    negotiated: string,
  ) {
    super(base);
    this.#catalog = catalog;
    this.#acceptLanguage = acceptLanguage;
    this.#negotiated = negotiated;
  }

  get refusedLanguages(): readonly string[] {
    this.#refused ??= this.#acceptLanguage === undefined ? [] : refusedLanguages(this.#acceptLanguage);
    return this.#refused;
  }

  get acceptedLocales(): readonly string[] {
    this.#accepted ??= this.#catalog.rankLocales(this.#acceptLanguage).filter((locale) => locale !== this.#negotiated);
    return this.#accepted;
  }
}
