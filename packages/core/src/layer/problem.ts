import { randomUUID } from 'node:crypto';
import type { CodeDescription } from '../catalog';
import { isAllowedExtensionName, toJsonSafe } from '../error/extensions';
import { type NormalizedError, readError } from '../error/normalize';
import { isReasonPhrase } from '../error/reason-phrases';
import { truncateText } from '../internal/text';
import type { ProblemDetails } from '../render/problem';
import type { CatalogEntries } from './entries';
import { callHook, checkMapped, checkString, checkTransformed } from './hooks';
import type { MappedProblem, ResolvedOptions } from './options';
import type { ErrorRequest } from './plan';

/** The problem of one error response, and what its plan depends on. */
export interface Problem {
  readonly problem: ProblemDetails;
  readonly entry: CodeDescription;
  readonly locale: string;
  /** Nothing in the body depends on the error or the request, so the rendered body can be reused. */
  readonly generic: boolean;
  /** `err.headers` to send (`WWW-Authenticate`, `Retry-After`, …), when the status came from the error. */
  readonly headers: ReadonlyArray<readonly [string, string | string[]]>;
  readonly requestId: string | undefined;
}

/** Stands for "no route answered" where a thrown value is expected. */
export const NOT_FOUND: unique symbol = Symbol('not found');
const NOT_FOUND_ERROR = Object.freeze({ status: 404 });
const NO_HEADERS: ReadonlyArray<readonly [string, string]> = Object.freeze([]);
// A request id from a header is echoed into the body and the page: only a short, plain token is trusted.
const REQUEST_ID = /^[\w\-.:/+=@]{1,128}$/;

/** Builds problems from thrown values by the rules of docs/architecture.md, calling the application's hooks. */
export interface ProblemBuilder<Context> {
  /** The problem for a thrown value (or {@link NOT_FOUND}); a hook that fails throws a HookError. */
  build(thrown: unknown, request: ErrorRequest<Context>): Problem;
  /** The problem after the `transform` hook, if there is one. */
  transform(built: Problem, request: ErrorRequest<Context>): Problem;
}

export function createProblemBuilder<Context>(
  options: ResolvedOptions<Context>,
  entries: CatalogEntries,
): ProblemBuilder<Context> {
  const { catalog } = options;

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
    // Sent whole, a huge message would make a huge page: it is cut like an extension string.
    return meaningful ? truncateText(message) : entry.description;
  }

  function typeFor(status: number, entry: CodeDescription, mapped: MappedProblem | undefined): string {
    if (mapped?.type !== undefined) return mapped.type;
    const typeHook = options.type;
    if (typeHook === undefined) return 'about:blank';
    return checkString(
      'type',
      callHook('type', () => typeHook(status, entry.key)),
      false,
    ) as string;
  }

  function build(thrown: unknown, request: ErrorRequest<Context>): Problem {
    const requestId = requestIdFor(request);
    const locale = localeFor(request);
    const notFound = thrown === NOT_FOUND;
    const normalized = notFound
      ? readError(NOT_FOUND_ERROR, undefined, false)
      : readError(thrown, request.presetStatus, options.debug);
    const map = options.map;
    const mapped = map === undefined || notFound ? undefined : checkMapped(callHook('map', () => map(thrown)));
    const status = mapped?.status ?? normalized.status;
    const entry = entries.get(status, locale);
    const problem: ProblemDetails = {
      type: typeFor(status, entry, mapped),
      title: mapped?.title ?? entry.title,
      status,
      detail: notFound ? entry.description : detailFor(normalized, mapped, entry),
    };
    if (options.instance) problem.instance = request.path;
    // Members that `map` returns replace the error's own, all of them: the application decides what is shown,
    // and `extensions: {}` shows none.
    const extensions = mapped?.extensions === undefined ? normalized.extensions : toJsonSafe(mapped.extensions);
    const members = addExtensions(problem, extensions);
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

  function transform(built: Problem, request: ErrorRequest<Context>): Problem {
    const hook = options.transform;
    if (hook === undefined) return built;
    // The hook gets a copy. What it returns is copied JSON-safe first and the copy is checked: a getter read
    // twice could answer differently, and a class instance would copy to nothing. The status stays the response's.
    const copy = structuredClone(built.problem);
    const returned = callHook('transform', () => hook(copy, request.context));
    const problem = { ...checkTransformed(toJsonSafe(returned)), status: built.problem.status };
    return { ...built, problem, generic: false };
  }

  return { build, transform };
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
