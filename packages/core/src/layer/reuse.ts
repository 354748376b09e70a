import type { Format } from '../format/negotiate';
import { BoundedCache } from '../internal/bounded-cache';
import type { ProblemDetails } from '../render/problem';
import { type PlanSettings, planResponse, type ResponsePlan } from './plan';
import type { BuiltProblem } from './problem';

/** The finished responses of one problem in one locale, by format, for GET and for HEAD. */
interface Variant {
  readonly problem: ProblemDetails;
  /** The problem's members in their order, listed once: compared with every problem of the same detail. */
  readonly members: readonly string[];
  readonly locale: string;
  /**
   * The language of the catalog's words around it (the page's description and labels): the problem's own, unless
   * the catalog has none of its words in that one (an application problem written only in ja), then the client's.
   */
  readonly catalogLocale: string;
  readonly get: Partial<Record<Format, ResponsePlan>>;
  readonly head: Partial<Record<Format, ResponsePlan>>;
}

// Details kept. Most responses carry the catalog's description (one detail per status and locale); the rest
// carry an exposed message, and the same validation error or conflict repeats too.
const MAX_DETAILS = 128;
// Problems kept per detail: the same words under other members (other field errors), statuses or `type`s, and
// an exposed message sent in several languages. The oldest goes first.
const MAX_VARIANTS = 4;
// Problems bigger than this (long messages, big members) are rendered every time: the cache stays small.
const MAX_REUSED_SIZE = 2048;

/**
 * Whether a problem's response can be reused: nothing in it is unique to one request. The error's own headers,
 * a request id and a debug stack make a response of its own. The one place this is decided.
 */
function isReusable(built: BuiltProblem): boolean {
  return built.headers.length === 0 && built.requestId === undefined && built.problem.stack === undefined;
}

/**
 * The one cache of finished responses. Most error responses repeat exactly (the same 404 or 500 in the same
 * language and format), and so do many that carry the error's words: a response is rendered once and then
 * costs a lookup. Found by the problem's detail and then compared member by member: serializing the problem
 * into a key would cost a new long string to build and hash on every request, which is most of what rendering
 * costs.
 */
export class ResponseCache {
  readonly #byDetail = new BoundedCache<Variant[]>(MAX_DETAILS);
  readonly #settings: PlanSettings;

  constructor(settings: PlanSettings) {
    this.#settings = settings;
  }

  /** The plan of `built` in `format`: a reused one, or a new one (kept when it may be reused). */
  plan(built: BuiltProblem, format: Format, head: boolean): ResponsePlan {
    if (!isReusable(built)) return planResponse(built, format, head, this.#settings);
    const variant = this.#variantOf(built);
    if (variant === undefined) return planResponse(built, format, head, this.#settings);
    const plans = head ? variant.head : variant.get;
    let planned = plans[format];
    if (planned === undefined) {
      planned = planResponse(built, format, head, this.#settings);
      plans[format] = planned;
    }
    return planned;
  }

  /**
   * A problem kept for `detail` in `locale` that `matches` (given the problem and its members' names, in order):
   * for the problem builder, which can tell that an error would give one of these without building its own.
   * Answering with the kept problem itself, the plan is then found by identity.
   */
  kept(
    detail: string,
    locale: string,
    matches: (problem: ProblemDetails, members: readonly string[]) => boolean,
  ): ProblemDetails | undefined {
    const variants = this.#byDetail.get(detail);
    if (variants === undefined) return undefined;
    for (const variant of variants) {
      if (variant.locale === locale && matches(variant.problem, variant.members)) return variant.problem;
    }
    return undefined;
  }

  #variantOf({ problem, locale, entry }: BuiltProblem): Variant | undefined {
    const { detail } = problem;
    const variants = this.#byDetail.get(detail);
    const catalogLocale = entry.locale;
    // A problem of the catalog's words alone is shared (see createProblemBuilder), and found by identity.
    const known = variants?.find(
      (variant) =>
        variant.locale === locale &&
        variant.catalogLocale === catalogLocale &&
        (variant.problem === problem || sameProblem(variant, problem)),
    );
    if (known !== undefined) return known;
    if (!fitsIn(problem, MAX_REUSED_SIZE)) return undefined;
    const variant: Variant = { problem, members: Object.keys(problem), locale, catalogLocale, get: {}, head: {} };
    this.#byDetail.set(detail, [variant, ...(variants ?? []).slice(0, MAX_VARIANTS - 1)]);
    return variant;
  }
}

/**
 * Whether `problem` serializes to the same JSON as a kept one: {@link sameJson} at the top level without listing
 * the members of either again (the kept one's are listed once; the new one's are walked in place), since this
 * runs for nearly every error response.
 */
function sameProblem(variant: Variant, problem: ProblemDetails): boolean {
  const { members } = variant;
  let index = 0;
  for (const name in problem) {
    if (members[index] !== name) return false;
    if (!sameJson(variant.problem[name], problem[name])) return false;
    index++;
  }
  return index === members.length;
}

/**
 * Whether two JSON-safe values serialize to the same JSON: the same members in the same order, the same
 * primitives.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let index = 0; index < keysA.length; index++) {
    const key = keysA[index] as string;
    if (key !== keysB[index]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Whether a JSON-safe value is about `limit` characters of JSON or less; stops counting past the limit. */
function fitsIn(value: unknown, limit: number): boolean {
  let left = limit;
  const visit = (item: unknown): boolean => {
    if (typeof item === 'string') left -= item.length + 2;
    else if (typeof item !== 'object' || item === null) left -= 8;
    else if (Array.isArray(item)) {
      left -= 2;
      for (const element of item) if (!visit(element)) return false;
    } else {
      left -= 2;
      for (const key of Object.keys(item)) {
        left -= key.length + 4;
        if (!visit((item as Record<string, unknown>)[key])) return false;
      }
    }
    return left >= 0;
  };
  return visit(value);
}
