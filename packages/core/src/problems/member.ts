/**
 * The member that makes a thrown value an application problem, whichever copy of the package made it: an
 * application can end up with two copies of `@status-i18n/core` (a library bundles its own), and an
 * `instanceof` test would miss the other copy's errors. `Symbol.for` gives every copy the same key, and the
 * value under it carries its own words and formatting, so the copy that renders needs no knowledge of the one
 * that threw.
 */

import type { ValidationMessages } from '../locales/validation-types';

/** The key of the member (`Symbol.for('status-i18n.problem')`). */
export const PROBLEM_MEMBER: unique symbol = Symbol.for('status-i18n.problem');

/** The words of an application problem in one language, ready for a response. */
export interface ResolvedProblem {
  readonly status: number;
  /** The problem type URI. */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  /** Extension members: a defined problem's params, a validation problem's `errors`. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** The language `title` and `detail` are in: a `Content-Language` value. */
  readonly locale: string;
}

/** What the renderer tells a problem about the response. */
export interface ProblemResolveContext {
  /** The locale to use when the problem has no words for the requested one (the catalog's default). */
  readonly defaultLocale: string;
  /**
   * Words for validation problems in more locales, or replacements for the shipped ones, by locale (see
   * `ValidationMessages`). A locale here is one the validation problem can answer in.
   */
  readonly validationMessages?: Readonly<Record<string, Partial<ValidationMessages>>> | undefined;
  /**
   * The status of a validation problem whose `validationProblem()` call gave none: the error handler's
   * `validationStatus` (422 when absent).
   */
  readonly validationStatus?: 400 | 422 | undefined;
  /**
   * The other locales the client accepts (`Accept-Language`), best first, without the requested one: where the
   * problem has no words for that one, the first of these it has words for comes before `defaultLocale`. Absent
   * when the application chose the locale (the `locale` hook): then the problem falls back to `defaultLocale`.
   */
  readonly acceptedLocales?: readonly string[] | undefined;
  /**
   * The language ranges the client refused (`zh-CN;q=0`), in lower case: the problem's fallbacks never answer in
   * one of those (a `zh-TW` reader who refused Simplified Chinese is not given it as "another region of Chinese").
   * Absent when the application chose the locale.
   */
  readonly refusedLanguages?: readonly string[] | undefined;
  /**
   * The time zone a problem's dates are shown in (an IANA name `Intl` knows, e.g. `'Asia/Shanghai'`): the error
   * handler's `timeZone`. Absent: the server's. A resolver reads it only for a message that shows a date: it may
   * be a getter that asks the application's hook.
   */
  readonly timeZone?: string | undefined;
}

/**
 * The value under {@link PROBLEM_MEMBER}. Its shape is a contract between copies and versions of the package:
 * members may be added, never changed.
 */
export interface ProblemResolver {
  /** The problem's words in the best language it has for `locale` (a catalog locale, e.g. `'zh-TW'`). */
  resolve(locale: string, context: ProblemResolveContext): ResolvedProblem;
}

/** A value that carries a {@link ProblemResolver}. */
export interface ProblemCarrier {
  readonly [PROBLEM_MEMBER]: ProblemResolver;
}

/** The resolver a thrown value carries, or `undefined`; reading a hostile value (a throwing getter) never throws. */
export function problemResolverOf(thrown: unknown): ProblemResolver | undefined {
  if ((typeof thrown !== 'object' && typeof thrown !== 'function') || thrown === null) return undefined;
  try {
    const resolver: unknown = (thrown as Partial<ProblemCarrier>)[PROBLEM_MEMBER];
    if (typeof resolver !== 'object' || resolver === null) return undefined;
    return typeof (resolver as Partial<ProblemResolver>).resolve === 'function'
      ? (resolver as ProblemResolver)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Marks the resolvers this copy of the package makes (`problems.create()`, `validationProblem()`): their answers
 * are built JSON-safe and bounded already, so `resolveProblem` takes them as they are. Not `Symbol.for`: another
 * copy's resolvers, whatever they carry, are checked.
 */
const MADE_HERE: unique symbol = Symbol('status-i18n.resolver-made-here');

/** A resolver of this copy's own (see {@link isMadeHere}). */
export function ownResolver(resolve: ProblemResolver['resolve']): ProblemResolver {
  return { resolve, [MADE_HERE]: true } as ProblemResolver;
}

/** Whether `resolver` was made by {@link ownResolver} in this copy of the package. */
export function isMadeHere(resolver: ProblemResolver): boolean {
  return (resolver as ProblemResolver & { [MADE_HERE]?: true })[MADE_HERE] === true;
}

/** Puts `resolver` on `target` under {@link PROBLEM_MEMBER}, hidden from enumeration and JSON. */
export function attachResolver(target: object, resolver: ProblemResolver): void {
  Object.defineProperty(target, PROBLEM_MEMBER, { value: resolver, enumerable: false });
}
