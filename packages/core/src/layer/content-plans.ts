import type { Format } from '../format/negotiate';
import { BoundedCache } from '../internal/lru';
import type { ProblemDetails } from '../render/problem';
import type { ResponsePlan } from './plan';

/** Finished plans of one problem, by method and format. */
export interface PlanSet {
  readonly get: Partial<Record<Format, ResponsePlan>>;
  readonly head: Partial<Record<Format, ResponsePlan>>;
}

/** One problem the cache knows, and its plans by locale (the catalog's words on the page differ by locale). */
interface Variant {
  readonly problem: ProblemDetails;
  readonly byLocale: Map<string, PlanSet>;
}

// Problems bigger than this (long messages, big extension members) are not kept: entries stay small.
const MAX_CACHED_SIZE = 2048;
// Problems with the same detail but other members (other field errors): two are kept, the older goes first.
// With the planner's 128 details, at most 256 problems are kept, each with a few rendered bodies per locale.
const MAX_VARIANTS = 2;

/**
 * Plans of problems that carry the error's own words (an exposed message, field errors). These repeat too: the
 * same validation error, the same conflict. They are found by their detail and then compared member by member.
 * Serializing the problem into a key would cost more than most of the response: a long, new string to build and
 * hash on every request.
 */
export class ContentPlans {
  readonly #byDetail: BoundedCache<Variant[]>;

  constructor(capacity: number) {
    this.#byDetail = new BoundedCache(capacity);
  }

  /** The plans of `problem` in `locale`, or `undefined` when it is too big to keep. */
  setFor(problem: ProblemDetails, locale: string): PlanSet | undefined {
    const { detail } = problem;
    let variants = this.#byDetail.get(detail);
    let variant = variants?.find((known) => sameJson(known.problem, problem));
    if (variant === undefined) {
      if (!fitsIn(problem, MAX_CACHED_SIZE)) return undefined;
      variant = { problem, byLocale: new Map() };
      variants = variants === undefined ? [] : variants.slice(0, MAX_VARIANTS - 1);
      variants.unshift(variant);
      this.#byDetail.set(detail, variants);
    }
    // The catalog's locales only, so this map stays small.
    let set = variant.byLocale.get(locale);
    if (set === undefined) {
      set = { get: {}, head: {} };
      variant.byLocale.set(locale, set);
    }
    return set;
  }
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
